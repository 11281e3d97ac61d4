import { useTranslation } from 'react-i18next';
import { CultureNote } from '../etiquette/culture-note';
import { PromiseProposal } from './promise-proposal';
import { CoachingNote, PromiseLine } from './reply-insights-lines';
import type { ReplyCheckState } from './use-reply-check';
import './promises.css';

interface Props {
  state: ReplyCheckState;
  customerTimeZone: string | null;
}

/**
 * Under the reply being written: the promises it makes, warnings for the customer's culture and coaching advice (never blocking the send); after it
 * went out, its promises as cards to track.
 */
export function ReplyInsights({ state, customerTimeZone }: Props) {
  const { t } = useTranslation();
  const { check, proposals } = state;
  const promises = check?.promises ?? [];
  const coaching = check?.coaching ?? [];
  const culture = check?.culture ?? [];
  if (promises.length === 0 && coaching.length === 0 && culture.length === 0 && proposals.length === 0) return null;
  return (
    <div className="reply-insights" data-testid="reply-insights">
      {proposals.map((proposal) => (
        <PromiseProposal
          key={proposal.key}
          proposal={proposal}
          customerTimeZone={customerTimeZone}
          onDone={state.dismiss}
        />
      ))}
      {promises.length > 0 && check ? (
        // Proposed while typing; once sent, each becomes a card to track (the same test id: it is one proposal).
        <ul
          className="plain-list reply-insights__promises"
          aria-label={t('promises.check.label')}
          data-testid="promise-proposal"
        >
          {promises.map((suggestion) => (
            <li key={`${suggestion.start}-${suggestion.end}`} data-testid="promise-suggestion">
              <PromiseLine
                suggestion={suggestion}
                defaultDueAt={check.defaultDueAt}
                customerTimeZone={customerTimeZone}
              />
            </li>
          ))}
        </ul>
      ) : null}
      {coaching.length > 0 || culture.length > 0 ? (
        <section className="reply-insights__coaching" aria-label={t('promises.check.coaching')}>
          {culture.map((warning) => (
            <CultureNote key={`${warning.check}-${warning.start}`} warning={warning} />
          ))}
          {coaching.map((warning) => (
            <CoachingNote key={`${warning.check}-${warning.start}`} warning={warning} />
          ))}
          <p className="field__hint">{t('promises.check.notBlocking')}</p>
        </section>
      ) : null}
    </div>
  );
}
