import type { ReviewRating } from '@sincere/contracts';
import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCORECARD } from '../../../server/src/modules/quality/default-scorecard';
import { resources } from '../i18n/i18n';
import { CategoryField } from './category-field';

const i18n = i18next.createInstance();
await i18n
  .use(initReactI18next)
  .init({ resources, lng: 'ru', initAsync: false, interpolation: { escapeValue: false } });

const byKey = (key: string) => {
  const found = DEFAULT_SCORECARD.categories.find((category) => category.key === key);
  if (!found) throw new Error(`no category ${key}`);
  return found;
};
const greeting = byKey('greeting');
const empathy = byKey('empathy');
const automatic: ReviewRating = {
  category: 'greeting',
  value: 2,
  evidence: [
    { messageId: '00000000-0000-4000-8000-000000000001', quote: 'Здравствуйте, Анна!', rule: 'greeting.with_name' },
  ],
};

const render = (props: Partial<Parameters<typeof CategoryField>[0]> = {}) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <CategoryField
        category={greeting}
        locale="ru"
        value={null}
        comment=""
        onValue={() => {}}
        onComment={() => {}}
        automatic={{ rating: automatic, category: greeting }}
        humanOnly={false}
        missing={false}
        onShowMessage={() => {}}
        {...props}
      />
    </I18nextProvider>,
  );
const text = (markup: string) => markup.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('one category of the scorecard', () => {
  it('offers a radio per point, each saying what the point means', () => {
    const out = render();
    expect(out.match(/type="radio"/g)).toHaveLength(3);
    expect(text(out)).toContain('2 приветствие с именем и в той форме обращения, которую ожидает клиент.');
    expect(out).not.toContain('value="na"');
  });

  it('shows the automatic rating beside it with the rule and the quoted words', () => {
    const out = text(render());
    expect(out).toContain('Автоматически: 2 — приветствие с именем');
    expect(out).toMatch(/поздоровался и обратился к клиенту по имени\s*:\s*Здравствуйте, Анна!/);
  });

  it('offers N/A where allowed and marks a category left to people', () => {
    const out = render({ category: empathy, automatic: { rating: null, category: empathy }, humanOnly: true });
    expect(out).toContain('value="na"');
    expect(text(out)).toContain('Н/П N/A, если клиент не выражал никаких чувств.');
    expect(text(out)).toContain('только человек');
    expect(text(out)).toContain('Оставлено людям');
  });

  it('says what is missing when the reviewer tried to submit without rating it', () => {
    expect(text(render({ missing: true }))).toContain('Выберите балл или «Н/П».');
  });
});
