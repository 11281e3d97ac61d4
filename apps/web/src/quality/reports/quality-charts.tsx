import type { QualityOverview } from '@sincere/contracts';
import { useTranslation } from 'react-i18next';
import { BarChart } from '../../ui/charts/bar-chart';
import { HeatmapTable } from '../../ui/charts/heatmap-table';
import { LineChart } from '../../ui/charts/line-chart';
import { formatScore, nameOf, weekLabel } from './report-format';

type CategoryFigures = QualityOverview['byCategory'];
type WeekFigures = QualityOverview['trend'];
type CategoryWeekFigures = QualityOverview['categoryTrend'];

/** Mean score per category, 0–100: the overview's and an agent's coaching alike. */
export function CategoryScoresChart({
  figures,
  names,
}: {
  figures: CategoryFigures;
  /** Category key → name in the UI language. */
  names: ReadonlyMap<string, string>;
}) {
  const { t, i18n } = useTranslation();
  return (
    <BarChart
      texts={{
        title: t('qualityReports.byCategory'),
        rowHeader: t('qualityReports.category'),
        numbers: t('qualityReports.numbers'),
        empty: t('qualityReports.noCategories'),
      }}
      series={[{ name: t('qualityReports.score') }]}
      rows={figures.map((figure) => ({
        key: figure.category,
        label: nameOf(names, figure.category),
        values: [figure.score],
      }))}
      format={(value: number) => formatScore(value, i18n.language)}
    />
  );
}

/** IQS beside the automatic score, week by week. */
export function WeeklyTrendChart({ weeks }: { weeks: WeekFigures }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return (
    <LineChart
      texts={{
        title: t('qualityReports.trend.title'),
        rowHeader: t('qualityReports.trend.week'),
        numbers: t('qualityReports.numbers'),
        empty: t('qualityReports.trend.empty'),
      }}
      labels={weeks.map((week) => weekLabel(week.week, locale))}
      series={[
        { name: t('qualityReports.iqs'), values: weeks.map((week) => week.iqs) },
        { name: t('qualityReports.automatic'), values: weeks.map((week) => week.automatic) },
      ]}
      format={(value: number) => formatScore(value, locale)}
    />
  );
}

/** Every category week by week, as a shaded table: is a weak category getting better? */
export function CategoryTrendTable({
  figures,
  names,
}: {
  figures: CategoryWeekFigures;
  names: ReadonlyMap<string, string>;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const weeks = [...new Set(figures.map((figure) => figure.week))].sort();
  const categories = [...new Set(figures.map((figure) => figure.category))];
  const scoreOf = new Map(figures.map((figure) => [`${figure.category} ${figure.week}`, figure.score]));
  return (
    <HeatmapTable
      texts={{
        title: t('qualityReports.categoryTrend.title'),
        rowHeader: t('qualityReports.category'),
        empty: t('qualityReports.categoryTrend.empty'),
      }}
      columns={weeks.map((week) => ({ key: week, label: weekLabel(week, locale) }))}
      rows={categories.map((category) => ({
        key: category,
        label: nameOf(names, category),
        values: weeks.map((week) => scoreOf.get(`${category} ${week}`) ?? null),
      }))}
      format={(value: number) => formatScore(value, locale)}
    />
  );
}
