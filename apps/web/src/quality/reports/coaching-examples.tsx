import type { Coaching } from '@sincere/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from '../../router/link';
import { useRuleText } from '../evidence-list';

export type Example = Coaching['weakest'][number]['examples'][number];

interface CoachingExamplesProps {
  title: string;
  empty: string;
  examples: readonly Example[];
  /** The top point of the category's scale, to say "1 of 3"; null when the scorecard is not known. */
  topPoint: number | null;
  /** Where an example opens: the scoring screen for reviewers; for an agent, what they may open. */
  linkOf: (example: Example) => string;
}

/** Conversations that show a category at its worst or at its best: the words, why, and a way to open them. */
export function CoachingExamples({ title, empty, examples, topPoint, linkOf }: CoachingExamplesProps) {
  const { t } = useTranslation();
  const ruleText = useRuleText();
  return (
    <div className="coaching-examples">
      <h4 className="coaching-examples__title">{title}</h4>
      {examples.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="plain-list coaching-examples__list">
          {examples.map((example) => {
            const rules = [...new Set(example.evidence.map((item) => item.rule))];
            return (
              <li key={example.reviewId} className="coaching-example">
                <p className="coaching-example__head">
                  <Link href={linkOf(example)}>
                    {example.conversationSubject ? (
                      <bdi dir="auto">{example.conversationSubject}</bdi>
                    ) : (
                      t('qualityReports.coaching.noSubject')
                    )}
                  </Link>
                  <span className="badge">
                    {example.value === 'na'
                      ? t('qualityReports.coaching.na')
                      : topPoint === null
                        ? t('qualityReports.coaching.rated', { value: example.value })
                        : t('qualityReports.coaching.ratedOf', { value: example.value, top: topPoint })}
                  </span>
                </p>
                {example.quote ? (
                  <blockquote className="coaching-example__quote" dir="auto">
                    {example.quote}
                  </blockquote>
                ) : null}
                {rules.length > 0 ? (
                  <ul className="coaching-example__rules">
                    {rules.map((rule) => (
                      <li key={rule}>{ruleText(rule)}</li>
                    ))}
                  </ul>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
