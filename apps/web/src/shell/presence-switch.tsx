import { AgentPresence, API, Presence } from '@sincere/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiGet, apiSend } from '../api/client';
import { useErrorText } from '../api/use-error-text';
import { useResource } from '../api/use-resource';
import { useServerEvents } from '../realtime/realtime-context';
import { useSignedIn } from '../session/session-context';
import { useToast } from '../ui/toast-context';

/**
 * The signed-in person's own presence: automatic assignment gives conversations only to those
 * online. Reviewers do not take conversations, so they have none to set.
 */
export function PresenceSwitch() {
  const { t } = useTranslation();
  const { session } = useSignedIn();
  const toast = useToast();
  const errorText = useErrorText();
  const id = useId();
  const takesConversations = session.user.role !== 'reviewer';
  const mine = useResource(
    (signal) => (takesConversations ? apiGet(API.myPresence, AgentPresence, signal) : Promise.resolve(null)),
    [takesConversations],
  );
  const [saving, setSaving] = useState(false);
  const { setData } = mine;

  // Changed in another tab, or by the server: follow it here.
  useServerEvents((event) => {
    if (event.type === 'presence.changed' && event.agent.userId === session.user.id) setData(() => event.agent);
  });

  if (!mine.data) return null;
  const before = mine.data;

  const change = async (presence: Presence) => {
    // Show the choice at once; put the old one back if saving fails.
    setData(() => ({ ...before, presence }));
    setSaving(true);
    try {
      const saved = await apiSend('PUT', API.myPresence, { presence }, AgentPresence);
      setData(() => saved);
    } catch (error) {
      setData(() => before);
      toast.error(errorText(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <span className={`presence-switch presence--${mine.data.presence}`}>
      <span className="presence__dot" aria-hidden="true" />
      <label htmlFor={id} className="visually-hidden">
        {t('presence.label')}
      </label>
      <select
        id={id}
        className="select select--compact"
        value={mine.data.presence}
        aria-busy={saving || undefined}
        data-testid="presence-switch"
        onChange={(event) => {
          const parsed = Presence.safeParse(event.target.value);
          if (parsed.success) void change(parsed.data);
        }}
      >
        {Presence.options.map((presence) => (
          <option key={presence} value={presence}>
            {t(`presence.states.${presence}`)}
          </option>
        ))}
      </select>
    </span>
  );
}
