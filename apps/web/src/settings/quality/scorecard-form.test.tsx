import type { ScorecardEntry } from '@sincere/contracts';
import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { resources } from '../../i18n/i18n';
import { ScorecardForm } from './scorecard-form';

const i18n = i18next.createInstance();
await i18n
  .use(initReactI18next)
  .init({ resources, lng: 'en', initAsync: false, interpolation: { escapeValue: false } });

const entry: ScorecardEntry = {
  id: '00000000-0000-4000-8000-000000000001',
  familyId: '00000000-0000-4000-8000-000000000002',
  current: true,
  isDefault: true,
  createdAt: '2025-03-01T10:00:00.000Z',
  version: 2,
  name: { en: 'Chat review', ru: 'Оценка чатов' },
  categories: ['greeting', 'tone'].map((key) => ({
    key,
    name: { en: key === 'tone' ? 'Tone' : 'Greeting', ru: key === 'tone' ? 'Тон' : 'Приветствие' },
    description: { en: '0: no. 1: yes.', ru: '0: нет. 1: да.' },
    weight: 10,
    scale: 'binary' as const,
    allowNa: key === 'tone',
    critical: false,
    automatic: key === 'tone' ? ('human_only' as const) : ('auto' as const),
  })),
};

const html = (scorecard: ScorecardEntry | null) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <ScorecardForm entry={scorecard} onCreated={() => {}} onSaved={() => {}} onCancel={() => {}} />
    </I18nextProvider>,
  );

describe('the scorecard editor', () => {
  it('opens a scorecard with every category, its flags, and buttons to reorder and remove it', () => {
    const markup = html(entry);
    expect(markup).toContain('Category 1: Greeting');
    expect(markup).toContain('Category 2: Tone');
    expect(markup).toContain('value="Оценка чатов"');
    // The first category cannot move up, the last cannot move down.
    expect(markup).toMatch(/id="category-\d+-up" type="button" class="button button--small" disabled="">Move up/);
    expect(markup).toMatch(/id="category-\d+-down" type="button" class="button button--small" disabled="">Move down/);
    expect(markup).toContain('Only people rate it');
    expect(markup).not.toContain('Saving makes version');
    expect(markup).toContain('>Save</button>');
  });

  it('starts a new scorecard with one category that cannot be removed', () => {
    const markup = html(null);
    expect(markup).toContain('Category 1');
    expect(markup).toMatch(/disabled="">Remove/);
    expect(markup).toContain('Create scorecard');
  });
});
