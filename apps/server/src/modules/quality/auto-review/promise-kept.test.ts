import { describe, expect, it } from 'vitest';
import { conversation, ratingOf } from './test-conversation';

const lines = [
  ['customer', 'Когда вернёте деньги?'],
  ['agent', 'Здравствуйте! Возврат оформлю сегодня до 18:00 и пришлю номер заявки.'],
] as const;

describe('promise_kept', () => {
  it('is N/A when no promise was made, with the reason as evidence', () => {
    const rating = ratingOf(conversation('ru', lines), 'promise_kept');
    expect(rating).toEqual({
      category: 'promise_kept',
      value: 'na',
      evidence: [{ message: null, quote: null, rule: 'promise_kept.none_made' }],
    });
  });

  it('is 0 when any promise was broken, quoting the promise in its message', () => {
    const input = conversation('ru', lines, {
      promises: [
        { message: 1, text: 'Возврат оформлю сегодня до 18:00', status: 'broken' },
        { message: 1, text: 'пришлю номер заявки', status: 'kept' },
      ],
    });
    const rating = ratingOf(input, 'promise_kept');
    expect(rating.value).toBe(0);
    expect(rating.evidence).toEqual([
      { message: 1, quote: 'Возврат оформлю сегодня до 18:00', rule: 'promise_kept.broken' },
    ]);
  });

  it('counts an open promise (not yet due) and a cancelled one as not broken', () => {
    const input = conversation('ru', lines, {
      promises: [
        { message: 1, text: 'Возврат оформлю сегодня до 18:00', status: 'open' },
        { message: 1, text: 'пришлю номер заявки', status: 'cancelled' },
      ],
    });
    const rating = ratingOf(input, 'promise_kept');
    expect(rating.value).toBe(1);
    expect(rating.evidence.map((evidence) => evidence.rule)).toEqual(['promise_kept.open', 'promise_kept.cancelled']);
  });

  it('shows the promise’s own words, tied to no message, when the message no longer holds them', () => {
    const input = conversation('ru', lines, {
      promises: [{ message: 1, text: 'Перезвоню завтра', status: 'broken' }],
    });
    expect(ratingOf(input, 'promise_kept').evidence).toEqual([
      { message: null, quote: 'Перезвоню завтра', rule: 'promise_kept.broken' },
    ]);
  });

  it('is rated in any language, from the tracker’s record alone', () => {
    const input = conversation('tr', [['agent', 'Yarın sizi arayacağım.']], {
      promises: [{ message: 0, text: 'Yarın sizi arayacağım', status: 'kept' }],
    });
    expect(ratingOf(input, 'promise_kept').value).toBe(1);
  });
});
