import type { CustomerFact, CustomerMemory } from '@sincere/contracts';
import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { resources } from '../../i18n/i18n';
import { ConfirmProvider } from '../../ui/confirm-dialog';
import { MemoryContent } from './memory-section';

async function instance(lng: 'en' | 'ru') {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({ resources, lng, initAsync: false, interpolation: { escapeValue: false } });
  return i18n;
}
const en = await instance('en');
const ru = await instance('ru');

let next = 0;
const fact = (text: string, category: CustomerFact['category'], status: CustomerFact['status'] = 'confirmed') => {
  next += 1;
  const id = `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`;
  return {
    id,
    customerId: '00000000-0000-4000-8000-00000000aaaa',
    category,
    text,
    status,
    mentionedAt: `${new Date().getUTCFullYear()}-09-12T12:00:00.000Z`,
    sourceMessageId: null,
    sourceConversationId: null,
    createdBy: null,
    confirmedBy: null,
    confirmedAt: null,
    createdAt: '2026-09-12T10:00:00.000Z',
    updatedAt: '2026-09-12T10:00:00.000Z',
  } satisfies CustomerFact;
};

const daughter = fact('Daughter started first grade', 'family');
const memory: CustomerMemory = {
  askAbout: [daughter],
  facts: [daughter, fact('Dog Max <script>alert(1)</script>', 'pets'), fact('Son plays hockey', 'family')],
  suggestions: [fact('lagi nonton drakor', 'media', 'suggested')],
};

const html = (i18n: typeof en, canWrite: boolean, shown: CustomerMemory = memory) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <ConfirmProvider>
        <MemoryContent
          memory={shown}
          customerId={daughter.customerId}
          canWrite={canWrite}
          onChanged={() => {}}
          onLeft={() => {}}
        />
      </ConfirmProvider>
    </I18nextProvider>,
  );
const text = (markup: string) => markup.replace(/<[^>]+>/g, '');

describe('the memory section', () => {
  it('opens with what to ask about, with the day it was mentioned', () => {
    const out = text(html(en, true));
    expect(out).toContain('Ask about: Daughter started first grade (mentioned Sep 12)');
    expect(out.indexOf('Ask about:')).toBeLessThan(out.indexOf('Noticed in messages'));
  });

  it('groups confirmed facts under their category, in the order categories are offered', () => {
    const out = text(html(en, true));
    const family = out.indexOf('Family and children');
    const pets = out.indexOf('Pets');
    expect(family).toBeGreaterThan(-1);
    expect(pets).toBeGreaterThan(family);
    expect(out.indexOf('Son plays hockey')).toBeGreaterThan(family);
    expect(out.indexOf('Son plays hockey')).toBeLessThan(pets);
  });

  it('shows the customer’s words as text, never as markup', () => {
    const out = html(en, true);
    expect(out).not.toContain('<script>');
    expect(out).toContain('Dog Max &lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('offers to confirm, edit and confirm, or dismiss a suggestion, quoting the customer', () => {
    const out = html(en, true);
    expect(out).toMatch(/<blockquote[^>]*dir="auto"[^>]*>lagi nonton drakor<\/blockquote>/);
    for (const label of [
      'Confirm: lagi nonton drakor',
      'Edit and confirm: lagi nonton drakor',
      'Dismiss: lagi nonton drakor',
    ])
      expect(out).toContain(`aria-label="${label}"`);
  });

  it('lets agents note a fact in any category with one click', () => {
    const out = html(en, true);
    for (const category of [
      'Family and children',
      'Pets',
      'Hobbies',
      'Series and films',
      'Food and drinks',
      'Sport',
      'Important dates',
      'Other',
    ])
      expect(out).toContain(`aria-expanded="false">${category}</button>`);
  });

  it('shows reviewers what is remembered without a button to change it', () => {
    const out = html(en, false);
    expect(text(out)).toContain('Daughter started first grade');
    expect(out).not.toContain('<button');
  });

  it('speaks Russian to a Russian-speaking agent, categories included', () => {
    const out = text(html(ru, true));
    expect(out).toContain('Спросите: Daughter started first grade (упомянуто 12 сент.)');
    expect(out).toContain('Семья и дети');
    expect(out).toContain('Питомцы');
    expect(out).toContain('Записать факт');
  });

  it('says when nothing is noted yet', () => {
    expect(text(html(en, true, { askAbout: [], facts: [], suggestions: [] }))).toContain('Nothing noted yet.');
  });
});
