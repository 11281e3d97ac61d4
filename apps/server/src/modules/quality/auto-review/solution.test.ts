import { describe, expect, it } from 'vitest';
import { conversation, ratingOf, rulesOf } from './test-conversation';

describe('solution_offered', () => {
  it('is 2 when the customer says it works, quoting them', () => {
    const input = conversation('en', [
      ['customer', 'The reset email never arrives.'],
      ['agent', "I've sent a manual reset link, it's valid for 30 minutes."],
      ['customer', 'Got it, logged in now.'],
    ]);
    const rating = ratingOf(input, 'solution_offered');
    expect(rating.value).toBe(2);
    expect(rating.evidence).toEqual([
      { message: 2, quote: 'Got it, logged in now.', rule: 'solution_offered.confirmed' },
    ]);
  });

  it('is 1 for a workaround', () => {
    const input = conversation('ru', [
      ['customer', 'Приложение вылетает, когда добавляю фото.'],
      ['agent', 'Передал разработчикам. Пока можно добавить фото через сайт — там загрузка работает.'],
      ['customer', 'Ок, попробую через сайт'],
    ]);
    const rating = ratingOf(input, 'solution_offered');
    expect(rating.value).toBe(1);
    expect(rulesOf(rating)).toEqual(['solution_offered.workaround']);
  });

  it('is 0 for a refusal with nothing in its place', () => {
    const input = conversation('en', [
      ['customer', 'I bought the wrong course 10 minutes ago, can I swap it?'],
      ['agent', 'All course purchases are final. We are unable to process refunds.'],
      ['customer', 'Wow. Unbelievable.'],
    ]);
    expect(ratingOf(input, 'solution_offered').value).toBe(0);
  });

  it('is 1 when the customer is left unsolved after the agent offered something', () => {
    const input = conversation('es', [
      ['customer', 'No me llega el código por SMS.'],
      ['agent', 'Prueba a reiniciar el teléfono y pedir el código otra vez.'],
      ['customer', 'Sigue sin llegar. ¿Qué hago?'],
    ]);
    const rating = ratingOf(input, 'solution_offered');
    expect(rating.value).toBe(1);
    expect(rulesOf(rating)).toEqual(['solution_offered.still_unsolved']);
  });

  it('is 2 for an answer the customer does not dispute', () => {
    const input = conversation('id', [
      ['customer', 'Cara ganti email login gimana ya?'],
      ['agent', 'Bisa lewat menu Profil > Keamanan > Ganti Email, lalu konfirmasi lewat tautan di email baru Kakak.'],
    ]);
    expect(ratingOf(input, 'solution_offered').value).toBe(2);
  });

  it('is at most 1 when the solution hung on a promise the agent broke', () => {
    const input = conversation(
      'en',
      [
        ['customer', 'Charged twice for my March invoice.'],
        ['agent', "I've refunded the second charge, you'll see it by Friday."],
        ['customer', "Ok thanks, I'll keep an eye on it"],
      ],
      { promises: [{ message: 1, text: "you'll see it by Friday", status: 'broken' }] },
    );
    const rating = ratingOf(input, 'solution_offered');
    expect(rating.value).toBe(1);
    expect(rating.evidence[0]).toEqual({
      message: 1,
      quote: "you'll see it by Friday",
      rule: 'solution_offered.promise_broken',
    });
  });

  it('is 0 when the agent answers a pushback with "as I said"', () => {
    const input = conversation('ru', [
      ['customer', 'Почему списали 990 за доставку, если заказ больше 3000?'],
      ['agent', 'Бесплатная доставка действует только на товары со склада Москвы.'],
      ['customer', 'Так у меня и есть со склада Москвы, посмотрите заказ'],
      ['agent', 'Как я уже писал, бесплатная доставка только со склада Москвы. Хорошего дня!'],
    ]);
    const rating = ratingOf(input, 'solution_offered');
    expect(rating.value).toBe(0);
    expect(rulesOf(rating)).toEqual(['solution_offered.restated']);
    expect(rating.evidence[0]?.quote).toBe('Как я уже писал, бесплатная доставка только со склада Москвы.');
  });

  it('is 1 when the customer asks when it will be sorted and gets no time', () => {
    const input = conversation('en', [
      ['customer', 'I was charged twice for the same taxi ride.'],
      ['agent', "I've refunded the second charge of £18 to your card."],
      ['customer', 'Any idea how long that takes?'],
      ['agent', "That depends on your bank, I'm afraid. Have a good day."],
    ]);
    const rating = ratingOf(input, 'solution_offered');
    expect(rating.value).toBe(1);
    expect(rating.evidence[0]).toEqual({
      message: 2,
      quote: 'Any idea how long that takes?',
      rule: 'solution_offered.when_unanswered',
    });
  });
});
