import { describe, expect, it } from 'vitest';
import { conversationSentiment } from './conversation-sentiment';

const customer = (text: string) => ({ from: 'customer', text });
const agent = (text: string) => ({ from: 'agent', text });

describe('conversationSentiment', () => {
  it('sees a complaint end in thanks as improved, counting only the customer', () => {
    const trend = conversationSentiment(
      [
        customer('Приложение не работает уже второй день, сколько можно?'),
        agent('Извините за неудобства! Обновите, пожалуйста, до версии 5.2 — там это исправлено.'),
        customer('Обновила'),
        agent('Отлично, проверьте, пожалуйста.'),
        customer('Спасибо, всё заработало!'),
      ],
      'ru',
    );
    expect(trend).toMatchObject({ start: 'negative', end: 'positive', change: 'improved' });
    expect(trend?.perMessage.map((message) => [message.index, message.sentiment])).toEqual([
      [0, 'negative'],
      [2, 'neutral'],
      [4, 'positive'],
    ]);
    expect(trend?.startScore).toBeLessThan(0);
    expect(trend?.endScore).toBeGreaterThan(0);
  });

  it('reads a calm problem report as a neutral start, and a reproach after the fix as a worse end', () => {
    const trend = conversationSentiment(
      [
        customer('Hi, my Google Calendar sync stopped working, nothing changed on my side'),
        agent('Please reconnect the calendar under Settings → Integrations.'),
        customer('Reconnected, it works. Would have been nice to hear that yesterday though'),
      ],
      'en',
    );
    expect(trend).toMatchObject({ start: 'neutral', end: 'negative', change: 'worsened' });
  });

  it('reads the message after a bare greeting as the start', () => {
    const trend = conversationSentiment(
      [
        customer('Hello!'),
        customer('I was charged twice for my order, this is ridiculous'),
        agent('I am sorry about that, I have refunded the second charge.'),
        customer('ok, got it'),
      ],
      'en',
    );
    expect(trend).toMatchObject({ start: 'negative', end: 'neutral', change: 'improved' });
    expect(trend?.perMessage[0]).toMatchObject({ index: 0, sentiment: 'neutral' });
  });

  it('does not join the next message to a first one that says more than hello', () => {
    const trend = conversationSentiment(
      [customer('Hola, ¿cómo cambio mi plan?'), customer('Ya lo encontré, gracias')],
      'es',
    );
    expect(trend).toMatchObject({ start: 'neutral', end: 'positive', change: 'improved' });
  });

  it('sees a neutral question end in anger as worsened', () => {
    const trend = conversationSentiment(
      [
        customer('Selamat pagi kak'),
        customer('Mau tanya, paket saya kapan dikirim?'),
        agent('Mohon ditunggu ya kak'),
        customer('Udah 5 hari belum dikirim juga, kecewa banget 😡'),
      ],
      null,
    );
    expect(trend).toMatchObject({ start: 'neutral', end: 'negative', change: 'worsened' });
  });

  it('calls it unchanged when start and end are on the same side, or the customer wrote once', () => {
    expect(
      conversationSentiment([customer('Still not working'), agent('Checking.'), customer('still broken')], 'en'),
    ).toMatchObject({ start: 'negative', end: 'negative', change: 'unchanged' });
    expect(conversationSentiment([agent('Hi!'), customer('Thanks a lot!')], 'en')).toMatchObject({
      start: 'positive',
      end: 'positive',
      change: 'unchanged',
      perMessage: [{ index: 1, sentiment: 'positive' }],
    });
  });

  it('returns null when the customer wrote nothing', () => {
    expect(conversationSentiment([], 'en')).toBeNull();
    expect(conversationSentiment([agent('Hello, how can I help?'), { from: 'note', text: 'spam?' }], 'en')).toBeNull();
    expect(conversationSentiment([customer('   ')], 'en')).toBeNull();
  });
});
