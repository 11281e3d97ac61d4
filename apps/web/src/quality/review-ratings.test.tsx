import type { Review, ScorecardCategory } from '@sincere/contracts';
import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { resources } from '../i18n/i18n';
import { ReviewRatings } from './review-ratings';

const i18n = i18next.createInstance();
await i18n
  .use(initReactI18next)
  .init({ resources, lng: 'en', initAsync: false, interpolation: { escapeValue: false } });

const category = (key: string, name: string, overrides: Partial<ScorecardCategory> = {}): ScorecardCategory => ({
  key,
  name: { en: name, ru: name },
  description: {
    en: '0: nothing offered. 1: a workaround. 2: a full solution.',
    ru: '0: ничего. 1: обходной путь. 2: полное решение.',
  },
  weight: 10,
  scale: 'three',
  allowNa: false,
  critical: false,
  automatic: 'auto',
  ...overrides,
});
const categories = [category('greeting', 'Greeting'), category('solution_offered', 'Solution offered')];
const person = (name: string) => ({ id: '00000000-0000-4000-8000-0000000000aa', name });

const review: Review = {
  id: '00000000-0000-4000-8000-000000000001',
  conversationId: '00000000-0000-4000-8000-000000000002',
  conversationSubject: 'Refund for the kettle',
  cycle: 1,
  kind: 'manual',
  scorecardId: '00000000-0000-4000-8000-000000000003',
  scorecardVersion: 1,
  reviewer: person('Sofía Reyes'),
  agent: person('Diego Fernández'),
  calibrationId: null,
  // Stored out of scorecard order: the page shows them in scorecard order.
  ratings: [
    { category: 'solution_offered', value: 2, comment: 'gave the refund link right away', evidence: [] },
    { category: 'greeting', value: 1, evidence: [] },
  ],
  score: 75,
  criticalFailed: false,
  byCategory: [],
  humanOnly: [],
  sentiment: null,
  comment: null,
  acknowledgedAt: null,
  disputes: [
    {
      id: '00000000-0000-4000-8000-000000000004',
      reviewId: '00000000-0000-4000-8000-000000000001',
      conversationId: '00000000-0000-4000-8000-000000000002',
      category: 'solution_offered',
      raisedBy: person('Diego Fernández'),
      reason: 'the customer said thx it works',
      status: 'accepted',
      originalValue: 1,
      decidedValue: 2,
      decidedBy: person('Layla Haddad'),
      decisionComment: 'Fair, the refund went through',
      decidedAt: '2026-11-26T10:00:00.000Z',
      createdAt: '2026-11-26T09:00:00.000Z',
    },
  ],
  resolvedAt: '2026-11-20T10:00:00.000Z',
  createdAt: '2026-11-25T10:00:00.000Z',
};

const render = (onDispute: ((category: string) => void) | null) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <ReviewRatings review={review} categories={categories} locale="en" onDispute={onDispute} />
    </I18nextProvider>,
  );
const text = (markup: string) => markup.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('the ratings of one review', () => {
  it('lists the categories in scorecard order, each with what its point means', () => {
    const out = text(render(null));
    expect(out.indexOf('Greeting')).toBeLessThan(out.indexOf('Solution offered'));
    expect(out).toContain('1 — a workaround.');
    expect(out).toContain('gave the refund link right away');
  });

  it('shows the lead’s decision on a settled dispute, with the rating before and after', () => {
    const out = text(render(null));
    expect(out).toContain('Dispute accepted by Layla Haddad: 1 / 2 → 2 / 2');
    expect(out).toContain('Lead’s comment: Fair, the refund went through');
  });

  it('offers the agent a dispute only on categories not disputed yet', () => {
    const out = render(() => {});
    expect(out).toContain('aria-label="Dispute “Greeting”"');
    expect(out).not.toContain('aria-label="Dispute “Solution offered”"');
    expect(render(null)).not.toContain('aria-label="Dispute');
  });
});
