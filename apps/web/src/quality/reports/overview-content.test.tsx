import type { QualityOverview } from '@sincere/contracts';
import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { resources } from '../../i18n/i18n';
import { OverviewContent } from './overview-content';

async function instance(lng: 'en' | 'ru') {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({ resources, lng, initAsync: false, interpolation: { escapeValue: false } });
  return i18n;
}
const en = await instance('en');
const ru = await instance('ru');

const anna = { id: '00000000-0000-4000-8000-000000000001', name: 'Anna Smirnova' };
const boris = { id: '00000000-0000-4000-8000-000000000002', name: 'Boris' };
const overview: QualityOverview = {
  iqs: 81.25,
  automatic: 74.5,
  reviews: 12,
  automaticReviews: 140,
  openDisputes: 2,
  pendingAssignments: 7,
  byAgent: [
    { agent: boris, iqs: null, automatic: 70, reviews: 0 },
    { agent: anna, iqs: 88, automatic: 79, reviews: 12 },
  ],
  byCategory: [
    { category: 'greeting', score: 90, count: 150 },
    { category: 'ownership', score: 61.2, count: 150 },
  ],
  categoryTrend: [{ week: '2025-03-03', category: 'closing', score: 25, count: 4 }],
  trend: [
    { week: '2025-03-03', iqs: 80, automatic: 72, reviews: 5 },
    { week: '2025-03-10', iqs: null, automatic: 75, reviews: 0 },
  ],
  sentiment: { improved: 30, unchanged: 60, worsened: 10 },
};
const names = new Map([
  ['greeting', 'Greeting and form of address'],
  ['ownership', 'Ownership'],
]);

const render = (i18n: typeof en, canSettle: boolean, data: QualityOverview = overview) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <OverviewContent overview={data} names={names} canSettle={canSettle} />
    </I18nextProvider>,
  );

describe('the quality overview', () => {
  it('puts IQS beside the automatic score, each with the number of reviews behind it', () => {
    const html = render(en, true);
    expect(html).toContain('81.3');
    expect(html).toContain('from 12 human reviews');
    expect(html).toContain('74.5');
    expect(html).toContain('from 140 automatic reviews');
  });

  it('links the pending and disputed counts to their pages, disputes only for those who settle them', () => {
    expect(render(en, true)).toContain('href="/quality/disputes"');
    const reviewer = render(en, false);
    expect(reviewer).toContain('href="/quality/queue"');
    expect(reviewer).not.toContain('href="/quality/disputes"');
  });

  it('lists agents best first, each linking to their coaching, with a dash where nobody reviewed them', () => {
    const html = render(en, false);
    expect(html.indexOf('Anna Smirnova')).toBeLessThan(html.indexOf('Boris'));
    expect(html).toContain(`href="/quality/coaching/${anna.id}"`);
    expect(html).toMatch(/Boris<\/bdi>.*?<\/th><td class="chart__number">—<\/td><td class="chart__number">70<\/td>/);
  });

  it('names categories from the scorecard and shows the customer mood change as shares', () => {
    const html = render(en, false);
    expect(html).toContain('Greeting and form of address');
    expect(html).toContain('Better: 30');
    expect(html).toContain('60%');
  });

  it('speaks Russian, with Russian plurals', () => {
    const html = render(ru, false);
    expect(html).toContain('по 12 ручным проверкам');
    expect(html).toContain('По сотрудникам');
    expect(html).toContain('Лучше: 30');
  });

  it('says there is nothing yet rather than drawing empty charts', () => {
    const html = render(en, false, {
      ...overview,
      iqs: null,
      automatic: null,
      byAgent: [],
      byCategory: [],
      trend: [],
      sentiment: { improved: 0, unchanged: 0, worsened: 0 },
    });
    expect(html).toContain('No reviews in this period yet.');
    expect(html).toContain('No customer mood was read in this period.');
    expect(html).not.toContain('<svg');
  });
});
