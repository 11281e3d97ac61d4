import { AgentList, API } from '@sincere/contracts';
import { useTranslation } from 'react-i18next';
import { apiGet } from '../api/client';
import { useResource } from '../api/use-resource';

/** Names of the account's people for the history; an unknown id (a deactivated person) reads "someone". */
export function useAgentNames(): (userId: string | null) => string {
  const { t } = useTranslation();
  const agents = useResource((signal) => apiGet(API.agents, AgentList, signal), []);
  const byId = new Map(agents.data?.items.map((agent) => [agent.id, agent.name]));
  return (userId) => (userId ? (byId.get(userId) ?? t('timeline.someone')) : t('inbox.system'));
}
