import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { AUTO_REVIEW_RULES } from '../../../server/src/modules/quality/auto-review/rules';
import { resources } from '../i18n/i18n';
import { en, ru } from '../i18n/messages';
import { EvidenceList } from './evidence-list';

async function instance(lng: 'en' | 'ru') {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({ resources, lng, initAsync: false, interpolation: { escapeValue: false } });
  return i18n;
}

const html = async (lng: 'en' | 'ru', evidence: Parameters<typeof EvidenceList>[0]['evidence']) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={await instance(lng)}>
      <EvidenceList evidence={evidence} />
    </I18nextProvider>,
  );

describe('the evidence of an automatic rating', () => {
  it('has a sentence in both languages for every rule the scorer can cite', () => {
    for (const rule of AUTO_REVIEW_RULES) {
      const key = rule.replace(/\./g, '_');
      expect(Object.keys(en.quality.rules), rule).toContain(key);
      expect(Object.keys(ru.quality.rules), rule).toContain(key);
    }
  });

  it('reads as the rule’s sentence followed by the quoted words', async () => {
    const out = await html('ru', [
      { messageId: '00000000-0000-4000-8000-000000000001', quote: 'Здравствуйте, Анна!', rule: 'greeting.with_name' },
    ]);
    expect(out).toContain('поздоровался и обратился к клиенту по имени');
    expect(out).toContain('<q class="quality-evidence__quote" dir="auto">Здравствуйте, Анна!</q>');
  });

  it('shows quoted words as text, never as markup, and a rule it does not know by its id', async () => {
    const out = await html('en', [{ messageId: null, quote: '<img src=x onerror=alert(1)>', rule: 'tone.new_rule' }]);
    expect(out).not.toContain('<img');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(out).toContain('rule “tone.new_rule”');
  });
});
