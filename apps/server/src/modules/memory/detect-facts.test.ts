import { describe, expect, it } from 'vitest';
import { FACT_CATEGORIES, FactSuggestion } from '@sincere/contracts';
import { WORD_START, detectFacts, withoutWordStarts, type FactRule } from './detect-facts';
import { enFactRules } from './fact-patterns/en';
import { esFactRules } from './fact-patterns/es';
import { idFactRules } from './fact-patterns/id';
import { ptFactRules } from './fact-patterns/pt';
import { ruFactRules } from './fact-patterns/ru';
import { FACT_SET_FILE, FRESH_FACT_SET_FILE, describeFactSetReport, loadFactSet, measureFactSet } from './fact-set';

const categoriesOf = (text: string, language?: string) =>
  detectFacts(text, { language: language ?? null }).map((f) => f.category);

describe('detectFacts', () => {
  it('suggests a pet from "my dog Max chewed the charger"', () => {
    const [fact, ...rest] = detectFacts('my dog Max chewed the charger, can I order just the cable?');
    expect(rest).toEqual([]);
    expect(fact).toMatchObject({ category: 'pets', text: 'my dog Max chewed the charger', language: 'en' });
  });

  it('suggests family and a date from a birthday mentioned beside the complaint', () => {
    const facts = detectFacts('Мой заказ опоздал, а у дочки сегодня день рождения!');
    expect(facts.map((f) => f.category).sort()).toEqual(['dates', 'family']);
    expect(facts.every((f) => f.text === 'у дочки сегодня день рождения!' && f.language === 'ru')).toBe(true);
  });

  it.each([
    ['дочка пошла в первый класс', 'ru', 'family'],
    ['lagi nonton drakor tiap malam', 'id', 'media'],
    ['Soy celíaca, ¿las galletas llevan trigo?', 'es', 'food_drink'],
    ['Sou flamenguista doente, quando volta a camisa 2?', 'pt', 'sport'],
    ['I do a lot of woodworking in my garage', 'en', 'hobbies'],
    ['We are moving to Denver next month', 'en', 'other'],
  ])('suggests a fact from "%s"', (text, language, category) => {
    expect(detectFacts(text)).toContainEqual(expect.objectContaining({ category, language }));
  });

  it.each([
    'the cat command prints nothing',
    'kill the child process the worker spawned',
    'Python is not installed on the server',
    'we see a series of errors since 9am',
    'my mother board is broken',
    'there is drama in the office about the dashboard',
    'I’m a big fan of your product but the pricing hurts',
    'where is my birthday discount code?',
    'my order of coffee beans arrived half empty',
    'Собака в адресе почты не ставится',
    'Anak perusahaan kami yang bayar invoice-nya',
    'La placa madre se quemó',
    'O macaco hidráulico está vazando óleo',
  ])('does not take "%s" for a personal fact', (text) => {
    expect(detectFacts(text)).toEqual([]);
  });

  it('does not take "the cat command" for a pet', () => {
    expect(categoriesOf('the cat command prints nothing when I pipe the file')).not.toContain('pets');
  });

  it('gives offsets that point at the suggested words in the original message', () => {
    const message =
      'Hi!\n\nOrder 4412 is late again.  My wife’s birthday is on the 12th, and   our cat Luna hates the box.';
    const facts = detectFacts(message);
    expect(facts.map((f) => f.category).sort()).toEqual(['dates', 'family', 'pets']);
    for (const fact of facts) {
      expect(message.slice(fact.start, fact.end)).toBe(fact.text);
      expect(fact.text).toBe(fact.text.trim());
    }
  });

  it('ignores quoted lines of an earlier email', () => {
    const message = 'Thanks, the replacement arrived.\n\nOn Mon, Sincere wrote:\n> my dog Max chewed the charger\n> ok';
    expect(detectFacts(message)).toEqual([]);
    const reply = 'my cat Luna loves the new bed\n> my dog Max chewed the charger';
    expect(detectFacts(reply)).toEqual([expect.objectContaining({ category: 'pets', start: 0 })]);
  });

  it('makes at most one suggestion per category in a sentence', () => {
    const facts = detectFacts('My son and my daughter and my mom all love it, and my dog and my cat too.');
    const counts = new Map<string, number>();
    for (const fact of facts) counts.set(fact.category, (counts.get(fact.category) ?? 0) + 1);
    expect(Object.fromEntries(counts)).toEqual({ family: 1, pets: 1 });
  });

  it('makes a suggestion for each sentence that mentions a fact of the same kind', () => {
    expect(categoriesOf('My son starts school on Monday. Also my daughter turns 5 on Friday.')).toEqual([
      'family',
      'family',
      'dates',
    ]);
  });

  it('keeps the suggested words within 300 characters of a run-on sentence', () => {
    const filler = 'and the parcel was late again '.repeat(20);
    const message = `${filler}and my dog Max chewed the charger ${filler}`;
    const [fact] = detectFacts(message);
    expect(fact?.category).toBe('pets');
    expect(fact?.text.length).toBeLessThanOrEqual(300);
    expect(fact?.text).toContain('my dog Max');
    expect(message.slice(fact?.start, fact?.end)).toBe(fact?.text);
  });

  it('reads only the first 4000 characters of a long message', () => {
    const padding = 'The export job failed again. '.repeat(140);
    expect(padding.length).toBeGreaterThan(4000);
    expect(detectFacts(`${padding} My dog Max chewed the charger.`)).toEqual([]);
    expect(detectFacts(`My dog Max chewed the charger. ${padding}`)).toHaveLength(1);
  });

  it('uses the conversation’s language when it is given, with regional and old codes', () => {
    expect(categoriesOf('Meu cachorro Thor roeu o carregador', 'pt-BR')).toEqual(['pets']);
    expect(categoriesOf('Anak saya baru masuk SD', 'in')).toEqual(['family']);
    // An English rule set does not read a Spanish sentence.
    expect(categoriesOf('Mi perro Toby se comió el cargador', 'en')).toEqual([]);
    // The script still decides: a Russian sentence in an English conversation is read as Russian.
    expect(categoriesOf('Сын занимается хоккеем', 'en').sort()).toEqual(['family', 'sport']);
  });

  it('suggests nothing in a language it has no rules for', () => {
    expect(detectFacts('my dog Max chewed the charger', { language: 'de' })).toEqual([]);
  });

  it('returns suggestions that satisfy the contract', () => {
    const message = 'Dochka… no: my daughter starts school Monday, I’m vegan, and we’re moving to Lisbon.';
    const facts = detectFacts(message);
    expect(facts.length).toBeGreaterThan(0);
    for (const fact of facts) expect(FactSuggestion.parse(fact)).toEqual(fact);
  });
});

describe('the fact patterns', () => {
  const rules: Array<[string, FactRule]> = [
    ...ruFactRules.map((rule): [string, FactRule] => ['ru', rule]),
    ...enFactRules.map((rule): [string, FactRule] => ['en', rule]),
    ...esFactRules.map((rule): [string, FactRule] => ['es', rule]),
    ...idFactRules.map((rule): [string, FactRule] => ['id', rule]),
    ...ptFactRules.map((rule): [string, FactRule] => ['pt', rule]),
  ];

  it('are case-insensitive, Unicode-aware and reusable (no global or sticky flag)', () => {
    for (const [, rule] of rules) {
      for (const pattern of [rule.pattern, ...(rule.unless ?? [])]) expect(pattern.flags).toBe('iu');
    }
  });

  it('cover every category in every language', () => {
    for (const language of ['ru', 'en', 'es', 'id', 'pt']) {
      const covered = new Set(rules.filter(([lang]) => lang === language).map(([, rule]) => rule.category));
      expect([...covered].sort(), language).toEqual([...FACT_CATEGORIES].sort());
    }
  });

  // The detector skips a rule when the pattern without its word starts misses: that must never hide a match.
  it('mark word starts the way the detector strips them, and avoid the costly \\p{L}', () => {
    for (const [language, rule] of rules) {
      for (const pattern of [rule.pattern, ...(rule.unless ?? [])]) {
        expect(pattern.source, `${language} ${rule.category}`).not.toMatch(/\\p\{L\}|\\p\{N\}/);
      }
      expect(withoutWordStarts(rule.pattern).source.length, `${language} ${rule.category}`).toBeLessThan(
        rule.pattern.source.length,
      );
    }
  });

  it('never put a word start inside a negative lookaround, so the quick check only widens a pattern', () => {
    for (const [language, rule] of rules) {
      for (const pattern of [rule.pattern, ...(rule.unless ?? [])]) {
        expect(wordStartsInNegativeLookarounds(pattern.source), `${language} ${rule.category}`).toBe(0);
        expect(() => withoutWordStarts(pattern)).not.toThrow();
      }
    }
  });
});

describe('the labelled sets', () => {
  it('detect personal facts in the hand-labelled set with precision ≥ 0.9 and recall ≥ 0.7', () => {
    const set = loadFactSet(FACT_SET_FILE);
    expect(set.length).toBeGreaterThanOrEqual(200);
    const report = measureFactSet(set);
    const figures = describeFactSetReport(report);
    for (const language of ['ru', 'en', 'es', 'id', 'pt'] as const) {
      expect(report.byLanguage[language].sentences, figures).toBeGreaterThanOrEqual(40);
    }
    expect(report.overall.precision, figures).toBeGreaterThanOrEqual(0.9);
    expect(report.overall.recall, figures).toBeGreaterThanOrEqual(0.7);
  });

  it('keep the fresh set for the generalisation check: at least 10 sentences in each language', () => {
    const fresh = loadFactSet(FRESH_FACT_SET_FILE);
    expect(fresh.length).toBeGreaterThanOrEqual(50);
    for (const language of ['ru', 'en', 'es', 'id', 'pt']) {
      expect(fresh.filter((sentence) => sentence.lang === language).length, language).toBeGreaterThanOrEqual(10);
    }
    const ids = [...loadFactSet(FACT_SET_FILE), ...fresh].map((sentence) => sentence.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

/** How many word starts sit inside a `(?!…)` or `(?<!…)` group of a pattern's source. */
function wordStartsInNegativeLookarounds(source: string): number {
  const wordStart = WORD_START;
  const groups: boolean[] = [];
  let found = 0;
  for (let i = 0; i < source.length; i += 1) {
    if (source.startsWith(wordStart, i)) {
      if (groups.includes(true)) found += 1;
      i += wordStart.length - 1;
    } else if (source[i] === '\\') i += 1;
    else if (source[i] === '[') {
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
    } else if (source[i] === '(') groups.push(source.startsWith('(?!', i) || source.startsWith('(?<!', i));
    else if (source[i] === ')') groups.pop();
  }
  return found;
}
