import type { Calibration } from '@sincere/contracts';
import { useTranslation } from 'react-i18next';
import { BarChart } from '../../ui/charts/bar-chart';
import { formatKappa, formatShare, nameOf } from './report-format';

/** κ from 0.6 up is "substantial agreement" (Landis & Koch): below it, reviewers read a category differently. */
export const KAPPA_TARGET = 0.6;

type Agreement = NonNullable<Calibration['agreement']>;

/** κ can go below 0 (worse than chance); the axis then starts low enough to show it, in steps of 0.2. */
export function kappaAxisMin(agreement: Agreement): number {
  const lowest = Math.min(0, ...agreement.map((row) => row.kappa ?? 0));
  return Math.max(-1, Math.floor(lowest * 5) / 5);
}

/** How well the round's reviewers agreed, per category: κ as bars against the 0.6 line, and the details in a table. */
export function CalibrationAgreement({
  agreement,
  names,
}: {
  agreement: Agreement;
  names: ReadonlyMap<string, string>;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const kappa = (value: number | null) => formatKappa(value, locale);
  const below = agreement.filter((row) => row.kappa !== null && row.kappa < KAPPA_TARGET);

  return (
    <section className="calibration-agreement" aria-labelledby="calibration-agreement-title">
      <h3 id="calibration-agreement-title">{t('qualityReports.calibration.agreementTitle')}</h3>
      <p className="field__hint">{t('qualityReports.calibration.agreementHint', { target: kappa(KAPPA_TARGET) })}</p>
      <BarChart
        texts={{
          title: t('qualityReports.calibration.kappaChart'),
          rowHeader: t('qualityReports.category'),
          numbers: t('qualityReports.numbers'),
          empty: t('qualityReports.calibration.noAgreement'),
        }}
        numbers="elsewhere"
        series={[{ name: 'κ' }]}
        // Nothing to draw until some category could be compared: the table and the note say so.
        rows={(agreement.some((row) => row.kappa !== null) ? agreement : []).map((row) => ({
          key: row.category,
          label: nameOf(names, row.category),
          values: [row.kappa],
        }))}
        min={kappaAxisMin(agreement)}
        max={1}
        step={0.2}
        reference={{ value: KAPPA_TARGET, label: kappa(KAPPA_TARGET) }}
        format={(value) => kappa(value)}
      />
      {below.length > 0 ? (
        <p className="notice notice--warning">
          {t('qualityReports.calibration.belowTarget', {
            categories: below.map((row) => nameOf(names, row.category)).join(', '),
          })}
        </p>
      ) : null}
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">{t('qualityReports.calibration.agreementTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('qualityReports.category')}</th>
              <th scope="col" className="chart__number">
                κ
              </th>
              <th scope="col" className="chart__number">
                {t('qualityReports.calibration.exact')}
              </th>
              <th scope="col" className="chart__number">
                {t('qualityReports.calibration.compared')}
              </th>
              <th scope="col">{t('qualityReports.calibration.method')}</th>
            </tr>
          </thead>
          <tbody>
            {agreement.map((row) => (
              <tr key={row.category} data-below={row.kappa !== null && row.kappa < KAPPA_TARGET ? 'true' : undefined}>
                <th scope="row">{nameOf(names, row.category)}</th>
                <td className="chart__number">{kappa(row.kappa)}</td>
                <td className="chart__number">{formatShare(row.exact, locale)}</td>
                <td className="chart__number">{row.compared}</td>
                <td>
                  {row.weighted ? t('qualityReports.calibration.weighted') : t('qualityReports.calibration.unweighted')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
