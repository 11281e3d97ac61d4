import { useTranslation } from 'react-i18next';
import type { PersonActivity, PersonState } from './conversation-activity';
import type { ConversationActivity } from './use-conversation-activity';

const PHRASE = {
  viewing: 'activity.viewing',
  typing_reply: 'activity.typingReply',
  typing_note: 'activity.typingNote',
} as const satisfies Record<PersonState, string>;

/** Keeps a right-to-left name from reordering the sentence around it (first-strong isolate … pop). */
const isolated = (name: string) => `\u2068${name}\u2069`;

function initials(name: string): string {
  const words = name.trim().split(/\s+/u);
  return words
    .slice(0, 2)
    .map((word) => [...word][0] ?? '')
    .join('')
    .toLocaleUpperCase();
}

/**
 * Who else has the conversation open and who is writing in it. The region is
 * always present so that screen readers announce, politely, what changes.
 */
export function ActivityIndicator({ people }: { people: PersonActivity[] }) {
  const { t } = useTranslation();
  return (
    <div className="activity" aria-live="polite" data-testid="conversation-activity">
      {people.length > 0 ? (
        <ul className="activity__people" aria-label={t('activity.label')}>
          {people.map(({ user, state }) => (
            <li key={user.id} className={`activity__person activity__person--${state}`}>
              <span className="activity__avatar" aria-hidden="true">
                {initials(user.name)}
              </span>
              {t(PHRASE[state], { name: isolated(user.name) })}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/**
 * Shown above the composer's text: another agent is writing a reply too, or
 * replied while this one was writing. A warning, never a block: sending works.
 */
export function CollisionWarning({ activity }: { activity: ConversationActivity }) {
  const { t } = useTranslation();
  const replied = activity.repliedWhileWriting;
  const writer =
    activity.mode === 'outbound'
      ? activity.people.find(({ state, customer }) => state === 'typing_reply' && !customer)
      : null;
  return (
    <div className="composer__collision" aria-live="polite" data-testid="collision-warning">
      {replied ? (
        <p className="notice notice--warning composer__notice">
          <span>{t('collision.replied', { name: isolated(replied.author?.name ?? t('inbox.system')) })}</span>
          <button type="button" className="button button--quiet button--small" onClick={activity.acknowledgeReply}>
            {t('collision.dismiss')}
          </button>
        </p>
      ) : writer ? (
        <p className="notice notice--warning composer__notice">
          {t('collision.typing', { name: isolated(writer.user.name) })}
        </p>
      ) : null}
    </div>
  );
}
