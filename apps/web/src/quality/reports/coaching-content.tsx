import { SCALE_POINTS, type Coaching, type ScorecardEntry } from '@sincere/contracts';
import { useTranslation } from 'react-i18next';
import { CategoryScoresChart, CategoryTrendTable, WeeklyTrendChart } from './quality-charts';
import { CoachingExamples, type Example } from './coaching-examples';
import { formatScore, nameOf, topPointText, uiLocale } from './report-format';
import { Stat } from './report-toolbar';

type Weak = Coaching['weakest'][number];

/**
 * "The better pattern" must be better: an example rated no higher than the agent's own best among the lowest
 * (their own conversation, again) teaches nothing, so it is left out.
 */
export function betterThan(examples: Weak['examples'], better: Weak['better']): Weak['better'] {
  const rated = examples.flatMap((example) => (example.value === 'na' ? [] : [example.value]));
  const floor = rated.length > 0 ? Math.max(...rated) : -1;
  return better.filter((example) => example.value !== 'na' && example.value > floor);
}

interface CoachingContentProps {
  coaching: Coaching;
  /** The scorecard in use: what each category's best looks like, and its scale. */
  scorecard: ScorecardEntry | null;
  names: ReadonlyMap<string, string>;
  /** The agent reads their own coaching: "you", not their name. */
  own: boolean;
  /** Reviewers, leads and admins open examples on the scoring screen; agents cannot. */
  canScore: boolean;
}

const scoreLink = (example: Example) => `/quality/conversations/${encodeURIComponent(example.conversationId)}`;
// An agent may open their own reviews, and any conversation in the inbox, but not the scoring screen.
const reviewLink = (example: Example) => `/quality/reviews/${encodeURIComponent(example.reviewId)}`;
const inboxLink = (example: Example) => `/inbox/${encodeURIComponent(example.conversationId)}`;

/** An agent's coaching: where they stand, where they are weakest, and what better looks like there. */
export function CoachingContent({ coaching, scorecard, names, own, canScore }: CoachingContentProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const score = (value: number) => formatScore(value, locale);
  const categoryOf = (key: string) => scorecard?.categories.find((category) => category.key === key) ?? null;

  return (
    <>
      <dl className="quality-stats">
        <Stat
          label={t('qualityReports.iqs')}
          value={formatScore(coaching.iqs, locale, 1)}
          detail={t('qualityReports.fromReviews', { count: coaching.reviews })}
        />
        <Stat label={t('qualityReports.automatic')} value={formatScore(coaching.automatic, locale, 1)} />
      </dl>

      <section className="coaching-weakest" aria-labelledby="coaching-weakest-title">
        <h3 id="coaching-weakest-title">{t('qualityReports.coaching.weakestTitle')}</h3>
        {coaching.weakest.length === 0 ? (
          <p className="empty">{t('qualityReports.coaching.noWeakest')}</p>
        ) : (
          coaching.weakest.map((weak) => {
            const category = categoryOf(weak.category);
            const name = nameOf(names, weak.category);
            const best = category ? topPointText(category.description[uiLocale(locale)], category.scale) : null;
            const topPoint = category ? SCALE_POINTS[category.scale] - 1 : null;
            return (
              <article key={weak.category} className="panel coaching-category">
                <h4 className="panel__title">
                  {name} <span className="coaching-category__score">{score(weak.score)}</span>
                </h4>
                {best ? (
                  <p className="coaching-category__best">
                    <strong>{t('qualityReports.coaching.bestLooksLike')}</strong> {best}
                  </p>
                ) : null}
                <div className="coaching-category__examples">
                  <CoachingExamples
                    title={own ? t('qualityReports.coaching.yourLowest') : t('qualityReports.coaching.theirLowest')}
                    empty={t('qualityReports.coaching.noExamples')}
                    examples={weak.examples}
                    topPoint={topPoint}
                    linkOf={canScore ? scoreLink : reviewLink}
                  />
                  <CoachingExamples
                    title={t('qualityReports.coaching.betterPattern')}
                    empty={t('qualityReports.coaching.noBetter')}
                    examples={betterThan(weak.examples, weak.better)}
                    topPoint={topPoint}
                    linkOf={canScore ? scoreLink : inboxLink}
                  />
                </div>
              </article>
            );
          })
        )}
      </section>

      <div className="quality-report__charts">
        <CategoryScoresChart figures={coaching.byCategory} names={names} />
        <WeeklyTrendChart weeks={coaching.trend} />
      </div>
      <CategoryTrendTable figures={coaching.categoryTrend} names={names} />
    </>
  );
}
