import { describe, expect, it } from 'vitest';
import { markQuotes, quotesByMessage } from './evidence-marks';

describe('marking the quoted words in a message', () => {
  it('marks the first place each quote occurs', () => {
    expect(markQuotes('Здравствуйте, Анна! Сейчас проверю.', ['Здравствуйте, Анна!'])).toEqual([
      { text: 'Здравствуйте, Анна!', marked: true },
      { text: ' Сейчас проверю.', marked: false },
    ]);
  });

  it('joins overlapping quotes and keeps the rest of the text as it is', () => {
    const parts = markQuotes('I will call you back by 5 pm today, promise', ['call you back by 5 pm', '5 pm today']);
    expect(parts).toEqual([
      { text: 'I will ', marked: false },
      { text: 'call you back by 5 pm today', marked: true },
      { text: ', promise', marked: false },
    ]);
    expect(parts.map((part) => part.text).join('')).toBe('I will call you back by 5 pm today, promise');
  });

  it('leaves the text unmarked when a quote is not in it', () => {
    expect(markQuotes('thx, all good now 👍', ['not here', ''])).toEqual([
      { text: 'thx, all good now 👍', marked: false },
    ]);
  });

  it('collects the quotes of each message from the evidence, skipping facts of the conversation', () => {
    const byMessage = quotesByMessage([
      { messageId: 'm1', quote: 'Hi Anna', rule: 'greeting.with_name' },
      { messageId: 'm1', quote: 'anything else?', rule: 'closing.checked' },
      { messageId: null, quote: null, rule: 'promise_kept.none_made' },
      { messageId: 'm2', quote: null, rule: 'closing.missing' },
    ]);
    expect([...byMessage]).toEqual([['m1', ['Hi Anna', 'anything else?']]]);
  });
});
