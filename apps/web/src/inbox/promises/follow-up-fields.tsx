import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ScheduledCheck } from '../etiquette/scheduled-check';
import { followUpDueAt, formatDue } from './promise-format';

export interface FollowUpDraft {
  days: string;
  mode: 'send' | 'remind';
  body: string;
}

export const FOLLOW_UP_MAX_DAYS = 60;

/** The follow-up as the server takes it, or what is wrong with the draft. */
export function followUpRequest(
  draft: FollowUpDraft,
  now: Date = new Date(),
):
  | { ok: true; data: { dueAt: string; mode: 'send' | 'remind'; body: string } }
  | { ok: false; problem: 'days' | 'body' } {
  const days = Number(draft.days);
  if (!Number.isInteger(days) || days < 1 || days > FOLLOW_UP_MAX_DAYS) return { ok: false, problem: 'days' };
  const body = draft.body.trim();
  if (!body) return { ok: false, problem: 'body' };
  return { ok: true, data: { dueAt: followUpDueAt(days, now), mode: draft.mode, body } };
}

interface Props {
  /** When given, the text is checked for the customer's culture at the time it goes out (a quiet period…). */
  conversationId?: string;
  draft: FollowUpDraft;
  onChange: (draft: FollowUpDraft) => void;
  problem: 'days' | 'body' | null;
  disabled?: boolean;
}

/** In how many days (at 10:00 the agent's time), sent in the agent's name or as a reminder, and the text. */
export function FollowUpFields({ conversationId, draft, onChange, problem, disabled = false }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const checked = followUpRequest({ ...draft, body: draft.body || '-' });
  const when = checked.ok ? formatDue(checked.data.dueAt, i18n.language) : null;
  return (
    <fieldset className="follow-up-fields" disabled={disabled}>
      <div className="field">
        <label htmlFor={`${id}-days`}>{t('promises.followUp.inDays')}</label>
        <input
          id={`${id}-days`}
          className="input input--number"
          type="number"
          inputMode="numeric"
          min={1}
          max={FOLLOW_UP_MAX_DAYS}
          value={draft.days}
          aria-invalid={problem === 'days' ? true : undefined}
          aria-describedby={`${id}-when`}
          onChange={(event) => onChange({ ...draft, days: event.target.value })}
        />
        <p id={`${id}-when`} className={problem === 'days' ? 'field__error' : 'field__hint'}>
          {problem === 'days' || !when ? t('promises.followUp.daysInvalid') : t('promises.followUp.atTime', { when })}
        </p>
      </div>
      <div className="field" role="radiogroup" aria-labelledby={`${id}-mode`}>
        <span id={`${id}-mode`}>{t('promises.followUp.mode')}</span>
        {(['send', 'remind'] as const).map((mode) => (
          <label key={mode} className="choice">
            <input
              type="radio"
              name={`${id}-mode`}
              value={mode}
              checked={draft.mode === mode}
              onChange={() => onChange({ ...draft, mode })}
            />
            {mode === 'send' ? t('promises.followUp.modeSend') : t('promises.followUp.modeRemind')}
          </label>
        ))}
      </div>
      <div className="field">
        <label htmlFor={`${id}-body`}>{t('promises.followUp.body')}</label>
        <textarea
          id={`${id}-body`}
          className="input"
          rows={3}
          dir="auto"
          maxLength={5000}
          value={draft.body}
          aria-invalid={problem === 'body' ? true : undefined}
          aria-describedby={problem === 'body' ? `${id}-body-error` : undefined}
          onChange={(event) => onChange({ ...draft, body: event.target.value })}
        />
        {problem === 'body' ? (
          <p id={`${id}-body-error`} className="field__error">
            {t('promises.followUp.bodyRequired')}
          </p>
        ) : null}
      </div>
      {conversationId && checked.ok && draft.mode === 'send' && draft.body.trim() ? (
        <ScheduledCheck conversationId={conversationId} text={draft.body} scheduledAt={checked.data.dueAt} />
      ) : null}
    </fieldset>
  );
}
