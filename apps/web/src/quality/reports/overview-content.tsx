import type { QualityOverview } from '@sincere/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from '../../router/link';
import { BarChart } from '../../ui/charts/bar-chart';
import { CategoryScoresChart, CategoryTrendTable, WeeklyTrendChart } from './quality-charts';
import { formatScore, formatShare } from './report-format';
import { Stat } from './report-toolbar';

interface OverviewContentProps {
  overview: QualityOverview;
  /** Category key → name in the UI language. */
  names: ReadonlyMap<string, string>;
  /** Leads and admins settle disputes; others get no link to a page they cannot use. */
  canSettle: boolean;
}

/** The team's quality figures; apart from the page so it can be rendered (and tested) from data alone. */
export function OverviewContent({ overview, names, canSettle }: OverviewContentProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const score = (value: number) => formatScore(value, locale);
  const agents = [...overview.byAgent].sort(
    (a, b) => (b.iqs ?? -1) - (a.iqs ?? -1) || a.agent.name.localeCompare(b.agent.name, locale),
  );
  const sentiment = overview.sentiment;
  const sentimentTotal = sentiment.improved + sentiment.unchanged + sentiment.worsened;
  const share = (count: number) => (sentimentTotal === 0 ? null : (count / sentimentTotal) * 100);
  const series = { iqs: t('qualityReports.iqs'), automatic: t('qualityReports.automatic') };

  return (
    <>
      <dl className="quality-stats">
        <Stat
          label={t('qualityReports.iqs')}
          value={formatScore(overview.iqs, locale, 1)}
          detail={t('qualityReports.fromReviews', { count: overview.reviews })}
        />
        <Stat
          label={t('qualityReports.automatic')}
          value={formatScore(overview.automatic, locale, 1)}
          detail={t('qualityReports.fromAutomaticReviews', { count: overview.automaticReviews })}
        />
        <Stat
          label={t('qualityReports.overview.pending')}
          value={String(overview.pendingAssignments)}
          detail={<Link href="/quality/queue">{t('qualityReports.overview.openQueue')}</Link>}
        />
        {canSettle ? (
          <Stat
            label={t('qualityReports.overview.disputes')}
            value={String(overview.openDisputes)}
            detail={<Link href="/quality/disputes">{t('qualityReports.overview.openDisputes')}</Link>}
          />
        ) : null}
      </dl>
      <p className="field__hint">{t('qualityReports.iqsExplained')}</p>

      <WeeklyTrendChart weeks={overview.trend} />
      <CategoryTrendTable figures={overview.categoryTrend} names={names} />

      <div className="quality-report__charts">
        <BarChart
          texts={{
            title: t('qualityReports.overview.byAgent'),
            rowHeader: t('qualityReports.overview.agent'),
            numbers: t('qualityReports.overview.agentsTable'),
            empty: t('qualityReports.overview.noAgents'),
          }}
          numbers="open"
          series={[{ name: series.iqs }, { name: series.automatic }]}
          rows={agents.map(({ agent, iqs, automatic }) => ({
            key: agent.id,
            label: agent.name,
            header: (
              <Link href={`/quality/coaching/${encodeURIComponent(agent.id)}`}>
                <bdi>{agent.name}</bdi>
                <span className="visually-hidden"> — {t('qualityReports.overview.coachingLink')}</span>
              </Link>
            ),
            values: [iqs, automatic],
          }))}
          format={score}
        />
        <CategoryScoresChart figures={overview.byCategory} names={names} />
        <BarChart
          texts={{
            title: t('qualityReports.sentiment.title'),
            rowHeader: t('qualityReports.sentiment.change'),
            numbers: t('qualityReports.numbers'),
            empty: t('qualityReports.sentiment.empty'),
          }}
          series={[{ name: t('qualityReports.sentiment.share') }]}
          rows={
            sentimentTotal === 0
              ? []
              : (['improved', 'unchanged', 'worsened'] as const).map((change) => ({
                  key: change,
                  label: t(`qualityReports.sentiment.${change}`, { count: sentiment[change] }),
                  values: [share(sentiment[change])],
                }))
          }
          format={(value) => formatShare(value / 100, locale)}
        />
      </div>
    </>
  );
}
