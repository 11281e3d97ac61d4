import { describe, expect, it } from 'vitest';
import type { Scorecard } from '@sincere/contracts';
import { DEFAULT_SCORECARD } from '../default-scorecard';
import { AUTO_REVIEW_RULES, autoReview, onScale } from './auto-review';
import { EVERY_RATER, conversation } from './test-conversation';

const solvedInRussian = conversation(
  'ru',
  [
    ['customer', 'Здравствуйте! Не приходит письмо для сброса пароля, почта anna.k@mail.ru'],
    ['note', 'Проверила логи: письма уходят в спам на mail.ru. Поменяла отправителя.'],
    [
      'agent',
      'Здравствуйте, Анна! Письмо ушло в спам из-за сбоя у нас. Отправила новое — оно уже во входящих. Получилось войти?',
    ],
    ['customer', 'Да, получилось, спасибо!'],
    ['agent', 'Рада помочь! Хорошего дня.'],
  ],
  { name: 'Анна Ковалёва', locale: 'ru-RU' },
);

describe('autoReview', () => {
  it('rates the scorecard’s automatic categories in its order and leaves the human-only ones to a person', () => {
    const review = autoReview(solvedInRussian, DEFAULT_SCORECARD);
    const automatic = DEFAULT_SCORECARD.categories.filter((category) => category.automatic === 'auto');
    expect(review.ratings.map((rating) => rating.category)).toEqual(automatic.map((category) => category.key));
    expect(review.humanOnly).toEqual(
      DEFAULT_SCORECARD.categories.filter((category) => category.automatic !== 'auto').map((category) => category.key),
    );
  });

  it('rates every category it has a rater for when the scorecard marks them automatic', () => {
    const review = autoReview(solvedInRussian, EVERY_RATER);
    expect(review.ratings.map((rating) => rating.category)).toEqual([
      'greeting',
      'ownership',
      'promise_kept',
      'solution_offered',
      'comprehension',
      'closing',
      'spelling_readability',
    ]);
    expect(review.humanOnly).toEqual(['empathy', 'tone', 'personal_touch']);
  });

  it('gives every rating evidence whose quote is an exact piece of the message it names, never of a note', () => {
    const review = autoReview(solvedInRussian, EVERY_RATER);
    for (const rating of review.ratings) {
      expect(rating.evidence.length).toBeGreaterThan(0);
      for (const evidence of rating.evidence) {
        expect(AUTO_REVIEW_RULES).toContain(evidence.rule);
        if (evidence.message === null) continue;
        const message = solvedInRussian.messages[evidence.message];
        expect(message?.from).not.toBe('note');
        if (evidence.quote !== null) expect(message?.text).toContain(evidence.quote);
      }
    }
  });

  it('rates a well-handled conversation at the top of each scale', () => {
    const values = Object.fromEntries(
      autoReview(solvedInRussian, EVERY_RATER).ratings.map((rating) => [rating.category, rating.value]),
    );
    expect(values).toEqual({
      greeting: 2,
      ownership: 3,
      promise_kept: 'na',
      solution_offered: 2,
      comprehension: 2,
      closing: 2,
      spelling_readability: 4,
    });
  });

  it('leaves a custom category and one an admin made human-only to a person', () => {
    const scorecard: Scorecard = {
      ...EVERY_RATER,
      categories: [
        ...EVERY_RATER.categories.map((category) =>
          category.key === 'closing' ? { ...category, automatic: 'human_only' as const } : category,
        ),
        { ...DEFAULT_SCORECARD.categories[0]!, key: 'upsell', automatic: 'auto' },
      ],
    };
    const review = autoReview(solvedInRussian, scorecard);
    expect(review.humanOnly).toEqual(expect.arrayContaining(['closing', 'upsell']));
    expect(review.ratings.map((rating) => rating.category)).not.toContain('closing');
  });

  it('rates only promise_kept in a language it has no patterns for', () => {
    const portuguese = conversation(
      'pt-BR',
      [
        ['customer', 'Olá, meu pedido não chegou ainda. Pode verificar?'],
        ['agent', 'Olá, Maria! Vou verificar com a transportadora e te respondo hoje até as 18h.'],
      ],
      { promises: [{ message: 1, text: 'te respondo hoje até as 18h', status: 'broken' }] },
    );
    const review = autoReview(portuguese, DEFAULT_SCORECARD);
    expect(review.ratings.map((rating) => [rating.category, rating.value])).toEqual([['promise_kept', 0]]);
    expect(review.humanOnly).toContain('greeting');
  });

  it('guesses the language from the words when none is given', () => {
    const guessed = { ...solvedInRussian, language: null };
    expect(autoReview(guessed, EVERY_RATER).ratings).toHaveLength(7);
  });

  it('maps its levels onto a scale an admin changed, to the nearest point', () => {
    const greeting = DEFAULT_SCORECARD.categories.find((category) => category.key === 'greeting')!;
    const binary = { ...greeting, scale: 'binary' as const };
    expect([0, 1, 2].map((level) => onScale(level, 3, binary))).toEqual([0, 1, 1]);
    const five = { ...greeting, scale: 'five' as const };
    expect([0, 1, 2].map((level) => onScale(level, 3, five))).toEqual([0, 2, 4]);
    const binaryScorecard: Scorecard = {
      ...DEFAULT_SCORECARD,
      categories: DEFAULT_SCORECARD.categories.map((category) => (category.key === 'greeting' ? binary : category)),
    };
    const rating = autoReview(solvedInRussian, binaryScorecard).ratings.find((found) => found.category === 'greeting');
    expect(rating?.value).toBe(1);
  });

  it('gives N/A only where the category allows it, else the top point', () => {
    const promiseKept = DEFAULT_SCORECARD.categories.find((category) => category.key === 'promise_kept')!;
    expect(onScale('na', 2, promiseKept)).toBe('na');
    expect(onScale('na', 2, { ...promiseKept, allowNa: false })).toBe(1);
  });
});
