import { useResource } from '../../api/use-resource';
import { fetchEtiquette } from './etiquette-api';

/**
 * How to address this conversation's customer. Read again when the customer writes (the language may change)
 * and after an agent chooses a form of address.
 */
export function useEtiquette(conversationId: string, inboundCount: number) {
  return useResource((signal) => fetchEtiquette(conversationId, signal), [conversationId, inboundCount]);
}
