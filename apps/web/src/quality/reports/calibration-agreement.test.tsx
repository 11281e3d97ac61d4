import type { Calibration } from '@sincere/contracts';
import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { resources } from '../../i18n/i18n';
import { CalibrationAgreement, kappaAxisMin } from './calibration-agreement';

const i18n = i18next.createInstance();
await i18n
  .use(initReactI18next)
  .init({ resources, lng: 'en', initAsync: false, interpolation: { escapeValue: false } });

type Agreement = NonNullable<Calibration['agreement']>;
const agreement: Agreement = [
  { category: 'greeting', compared: 12, exact: 0.917, kappa: 0.82, weighted: true },
  { category: 'empathy', compared: 10, exact: 0.4, kappa: 0.31, weighted: true },
  { category: 'promise_kept', compared: 0, exact: null, kappa: null, weighted: false },
];
const names = new Map([
  ['greeting', 'Greeting'],
  ['empathy', 'Empathy'],
  ['promise_kept', 'Promise kept'],
]);

const render = (rows: Agreement) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <CalibrationAgreement agreement={rows} names={names} />
    </I18nextProvider>,
  );

describe('calibration agreement', () => {
  it('draws κ per category against the 0.6 line, and names the categories below it', () => {
    const html = render(agreement);
    expect(html).toContain('role="img" aria-label="κ per category"');
    expect(html).toContain('class="chart__reference"');
    expect(html).toContain('Talk these through with the reviewers: Empathy.');
  });

  it('gives κ, exact agreement and pairs compared in a table, a dash where nothing could be compared', () => {
    const html = render(agreement);
    expect(html).toMatch(
      /Greeting<\/th><td class="chart__number">0.82<\/td><td class="chart__number">92%<\/td><td class="chart__number">12<\/td>/,
    );
    expect(html).toMatch(
      /Promise kept<\/th><td class="chart__number">—<\/td><td class="chart__number">—<\/td><td class="chart__number">0<\/td><td>Unweighted/,
    );
    expect(html).toContain('<tr data-below="true"><th scope="row">Empathy</th>');
  });

  it('draws no empty chart while nothing could be compared', () => {
    const html = render(agreement.map((row) => ({ ...row, kappa: null, exact: null, compared: 0 })));
    expect(html).not.toContain('<svg');
    expect(html).toContain('No ratings to compare yet.');
  });

  it('starts the axis below zero only when some κ is worse than chance', () => {
    expect(kappaAxisMin(agreement)).toBe(0);
    expect(kappaAxisMin([{ category: 'tone', compared: 4, exact: 0, kappa: -0.25, weighted: false }])).toBe(-0.4);
    expect(kappaAxisMin([{ category: 'tone', compared: 4, exact: 0, kappa: -1, weighted: false }])).toBe(-1);
  });
});
