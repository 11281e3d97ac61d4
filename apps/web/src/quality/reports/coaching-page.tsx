import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorText } from '../../api/use-error-text';
import { useResource } from '../../api/use-resource';
import { navigate } from '../../router/navigation';
import { useSignedIn } from '../../session/session-context';
import { CoachingContent } from './coaching-content';
import { categoryNames, scorecardInUse } from './report-format';
import { PeriodPicker } from './report-toolbar';
import { loadAgents, loadCoaching, loadScorecards, type PeriodWeeks } from './quality-reports-api';
import './quality-reports.css';

/** Coaching for one agent (null: the signed-in person). Reviewers, leads and admins may pick anyone. */
export function CoachingPage({ agentId }: { agentId: string | null }) {
  const { t, i18n } = useTranslation();
  const errorText = useErrorText();
  const { user } = useSignedIn().session;
  const pickAnyone = user.role !== 'agent';
  const [weeks, setWeeks] = useState<PeriodWeeks>(12);
  const coaching = useResource((signal) => loadCoaching({ agentId, weeks }, signal), [agentId, weeks]);
  const scorecards = useResource(loadScorecards, []);
  const cards = scorecards.data?.scorecards ?? [];
  const own = (agentId ?? user.id) === user.id;
  const name = coaching.data?.agent.name ?? '';

  return (
    <section className="quality-report" aria-labelledby="coaching-title" aria-busy={coaching.loading}>
      <h2 id="coaching-title" tabIndex={-1}>
        {own ? t('qualityReports.coaching.titleOwn') : t('qualityReports.coaching.title', { name })}
      </h2>
      <div className="quality-report__toolbar">
        <PeriodPicker value={weeks} onChange={setWeeks} />
        {pickAnyone ? <AgentPicker agentId={agentId ?? user.id} ownId={user.id} name={name} /> : null}
      </div>
      {coaching.error ? (
        <p className="notice notice--error" role="alert">
          {errorText(coaching.error)}
        </p>
      ) : coaching.data ? (
        <CoachingContent
          coaching={coaching.data}
          scorecard={scorecardInUse(cards)}
          names={categoryNames(cards, i18n.language)}
          own={own}
          canScore={pickAnyone}
        />
      ) : (
        <p className="muted">
          <span className="spinner" aria-hidden="true" /> {t('common.loading')}
        </p>
      )}
    </section>
  );
}

/** Whose coaching to show; the choice is part of the address, so it can be bookmarked and sent. */
function AgentPicker({ agentId, ownId, name }: { agentId: string; ownId: string; name: string }) {
  const { t } = useTranslation();
  const id = useId();
  const agents = useResource(loadAgents, []);
  const people = agents.data?.items ?? [];
  return (
    <div className="inline-field">
      <label htmlFor={id}>{t('qualityReports.coaching.agent')}</label>
      <select
        id={id}
        className="select select--compact"
        value={agentId}
        disabled={agents.loading && people.length === 0}
        onChange={(event) => {
          const next = event.target.value;
          navigate(next === ownId ? '/quality/coaching' : `/quality/coaching/${encodeURIComponent(next)}`);
        }}
      >
        {/* Someone no conversation is assigned to (a reviewer) is not in the list, but may still be shown. */}
        {people.some((person) => person.id === agentId) ? null : (
          <option value={agentId}>{name || t('common.loading')}</option>
        )}
        {people.map((person) => (
          <option key={person.id} value={person.id}>
            {person.id === ownId ? t('qualityReports.coaching.me', { name: person.name }) : person.name}
          </option>
        ))}
      </select>
    </div>
  );
}
