import { describe, expect, it } from 'vitest';
import { COACHING_CHECKS, CoachingWarning, type CoachingCheck } from '@sincere/contracts';
import { checkReply, withoutWordBounds, type CoachingRule } from './check-reply';
import { enCoachingRules } from './coaching-patterns/en';
import { esCoachingRules } from './coaching-patterns/es';
import { idCoachingRules } from './coaching-patterns/id';
import { B, E } from './coaching-patterns/regex';
import { ruCoachingRules } from './coaching-patterns/ru';

const checksOf = (text: string, language?: string) =>
  checkReply(text, { language: language ?? null })
    .map((warning) => warning.check)
    .sort();

describe('checkReply', () => {
  it.each<[string, CoachingCheck]>([
    ['All specialists are busy at the moment. Is there anything else I can help with?', 'brush_off'],
    ['К сожалению, ничем помочь не можем. Могу ли я ещё чем-то помочь?', 'brush_off'],
    ['Я правильно вас поняла, вы сделали оплату и возникла ошибка?', 'robotic_paraphrase'],
    ['If I understand correctly, you are unable to log in?', 'robotic_paraphrase'],
    ['As I already explained, the parcel ships on Monday.', 'defensive_tone'],
    ['Как я уже писала выше, заказ приедет в пятницу.', 'defensive_tone'],
    ['That is not our fault, the courier was late.', 'defensive_tone'],
    ['Мы тут ни при чём, это банк задержал платёж.', 'defensive_tone'],
    ['Please read our message carefully.', 'defensive_tone'],
    ['Действительно, после вас квартира стала грязной…', 'defensive_tone'],
    ['You entered the wrong address, so the parcel came back.', 'blaming_customer'],
    ['Вы сами неправильно указали номер телефона.', 'blaming_customer'],
    ['You should have read the terms before buying.', 'blaming_customer'],
    ['Please turn it off and on again.', 'restart_without_ownership'],
    ['Переустановите приложение.', 'restart_without_ownership'],
    ['Clear your browser cache and try again later.', 'restart_without_ownership'],
  ])('warns about "%s" (%s)', (text, check) => {
    expect(checksOf(text)).toContain(check);
  });

  it.each([
    [
      'anything else after the problem was solved',
      'Done, I’ve changed the address and the courier comes tomorrow. Anything else?',
    ],
    ['a refusal with an owner and a next step', 'We can’t refund this, but I’ll ask the manager today and write back.'],
    [
      'a refusal that names who can help',
      'К сожалению, ремонт не положен, но вы можете обратиться в сервисный центр, адрес ниже.',
    ],
    [
      'a clarifying question with alternatives',
      'If I understand correctly, you’d like to switch plans: monthly or annual?',
    ],
    ['a question asking for what is missing', 'Подскажите, пожалуйста, с какого устройства вы заходите?'],
    ['a calm explanation with an apology', 'Простите, я неясно объяснила. Скидка действует только на первый заказ.'],
    ['the same fact said with dignity', 'The address seems to have a typo — let’s fix it together.'],
    ['a conditional, not an accusation', 'If you entered the wrong email, you can change it in your profile.'],
    ['not your fault', 'It’s not your fault at all: our system sent the wrong link. I’ve sent a new one.'],
    [
      'restart advice with ownership',
      'Restart the app. If it doesn’t help, write to me and I’ll pass it to an engineer today.',
    ],
    [
      'restart advice with ownership, in Russian',
      'Перезагрузите приложение. Если не поможет, напишите мне — передам инженерам.',
    ],
    ['what we did on our side', 'We restarted the server on our side and the dashboard is back.'],
    ['a sincere "indeed"', 'Действительно, курьер опоздал. Приношу извинения, мы начислили вам бонусы.'],
  ])('stays quiet on %s', (_, text) => {
    expect(checkReply(text)).toEqual([]);
  });

  it('gives the words that raised each warning, at offsets into the original reply', () => {
    const reply = 'Hi Anna,\n\nAs I already explained, you entered the wrong address.   Please restart the app.';
    const warnings = checkReply(reply);
    expect(warnings.map((warning) => warning.check).sort()).toEqual([
      'blaming_customer',
      'defensive_tone',
      'restart_without_ownership',
    ]);
    for (const warning of warnings) {
      expect(reply.slice(warning.start, warning.end)).toBe(warning.text);
      expect(warning.text).toBe(warning.text.trim());
      expect(CoachingWarning.parse(warning)).toEqual(warning);
    }
    expect(warnings.find((warning) => warning.check === 'restart_without_ownership')?.text).toBe(
      'Please restart the app.',
    );
  });

  it('keeps offsets right when lower-casing would change the length of the text', () => {
    const reply = 'İstanbul order: please restart the app.';
    const [warning] = checkReply(reply);
    expect(warning?.check).toBe('restart_without_ownership');
    expect(reply.slice(warning?.start, warning?.end)).toBe(warning?.text);
  });

  it('reads capitals as well as lower case', () => {
    expect(checksOf('AS I ALREADY EXPLAINED, WE CANNOT DO THAT.')).toContain('defensive_tone');
  });

  it('makes at most one warning per check', () => {
    const reply = 'Please restart the app. Then clear the cache. Then reinstall the app. Then try again later.';
    expect(checksOf(reply)).toEqual(['restart_without_ownership']);
  });

  it('ignores quoted lines of an earlier message', () => {
    const reply =
      'Your refund was issued today.\n\nOn Monday you wrote:\n> As I already explained, restart the app\n> ok';
    expect(checkReply(reply)).toEqual([]);
  });

  it('uses the conversation’s language when it is given, with regional and old codes', () => {
    expect(checksOf('Reinicie la aplicación, por favor.', 'es-MX')).toEqual(['restart_without_ownership']);
    expect(checksOf('Silakan restart aplikasinya ya, Kak.', 'in')).toEqual(['restart_without_ownership']);
    // The English patterns do not read a Spanish reply.
    expect(checksOf('Reinicie la aplicación, por favor.', 'en')).toEqual([]);
    // The script still decides: a Russian reply in an English conversation is read as Russian.
    expect(checksOf('Перезагрузите приложение.', 'en')).toEqual(['restart_without_ownership']);
  });

  it('guesses the language of a reply when none is given', () => {
    expect(checkReply('Перезагрузите приложение.')[0]?.language).toBe('ru');
    expect(checkReply('Por favor, reinicie la aplicación.')[0]?.language).toBe('es');
    expect(checkReply('Silakan coba lagi nanti ya, Kak.')[0]?.language).toBe('id');
    expect(checkReply('Please try again later.')[0]?.language).toBe('en');
  });

  it('warns about nothing in a language it has no patterns for', () => {
    expect(checkReply('Please restart the app.', { language: 'de' })).toEqual([]);
    expect(checkReply('Reinicie o aplicativo.', { language: 'pt-BR' })).toEqual([]);
  });
});

describe('the coaching patterns', () => {
  const rules: Array<[string, CoachingRule]> = [
    ...ruCoachingRules.map((rule): [string, CoachingRule] => ['ru', rule]),
    ...enCoachingRules.map((rule): [string, CoachingRule] => ['en', rule]),
    ...esCoachingRules.map((rule): [string, CoachingRule] => ['es', rule]),
    ...idCoachingRules.map((rule): [string, CoachingRule] => ['id', rule]),
  ];
  const patternsOf = (rule: CoachingRule) => [
    rule.pattern,
    ...(rule.unless ?? []),
    ...(rule.needsInReply ?? []),
    ...(rule.unlessReply ?? []),
  ];

  it('are case-insensitive, Unicode-aware, reusable and written in lower case', () => {
    for (const [language, rule] of rules) {
      for (const pattern of patternsOf(rule)) {
        expect(pattern.flags, `${language} ${rule.check}`).toBe('iu');
        // The checker lower-cases the reply and drops the `i` flag: a capital in a pattern would never match.
        const letters = pattern.source.replace(/\\u[0-9a-f]{4}/gi, '').replace(/\\[a-z]/gi, '');
        expect(letters, `${language} ${rule.check}`).not.toMatch(/[A-ZА-ЯЁ]/u);
      }
    }
  });

  it('cover every check in every language', () => {
    for (const language of ['ru', 'en', 'es', 'id']) {
      const covered = new Set(rules.filter(([lang]) => lang === language).map(([, rule]) => rule.check));
      expect([...covered].sort(), language).toEqual([...COACHING_CHECKS].sort());
    }
  });

  // The checker skips a rule when the pattern without its word bounds misses: that must never hide a match.
  it('never put a word bound inside a negative lookaround, so the quick check only widens a pattern', () => {
    for (const [language, rule] of rules) {
      expect(boundsInNegativeLookarounds(rule.pattern.source), `${language} ${rule.check}`).toBe(0);
      expect(withoutWordBounds(rule.pattern).source.length).toBeLessThan(rule.pattern.source.length);
    }
  });

  it('avoid the costly \\p{L}', () => {
    for (const [language, rule] of rules) {
      for (const pattern of patternsOf(rule)) expect(pattern.source, `${language} ${rule.check}`).not.toMatch(/\\p\{/);
    }
  });
});

/** How many word starts or ends sit inside a `(?!…)` or `(?<!…)` group of a pattern's source. */
function boundsInNegativeLookarounds(source: string): number {
  const groups: boolean[] = [];
  let found = 0;
  for (let i = 0; i < source.length; i += 1) {
    const bound = [B, E].find((candidate) => source.startsWith(candidate, i));
    if (bound) {
      if (groups.includes(true)) found += 1;
      i += bound.length - 1;
    } else if (source[i] === '\\') i += 1;
    else if (source[i] === '[') {
      while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
    } else if (source[i] === '(') groups.push(source.startsWith('(?!', i) || source.startsWith('(?<!', i));
    else if (source[i] === ')') groups.pop();
  }
  return found;
}
