import { describe, expect, it } from 'vitest';
import { conversation, ratingOf, rulesOf } from './test-conversation';

describe('spelling_readability', () => {
  it('is 4 for clean replies', () => {
    const input = conversation('en', [
      ['customer', 'Where is my order?'],
      ['agent', 'Hi Sam, your order left our warehouse this morning and arrives tomorrow.'],
    ]);
    const rating = ratingOf(input, 'spelling_readability');
    expect(rating.value).toBe(4);
    expect(rulesOf(rating)).toEqual(['spelling_readability.clean']);
  });

  it('is 3 for one slip, quoting the word', () => {
    const input = conversation('ru', [
      ['customer', 'Когда будет возврат?'],
      ['agent', 'Здравствуйте! Извените за ожидание, возврат оформлен сегодня.'],
    ]);
    const rating = ratingOf(input, 'spelling_readability');
    expect(rating.value).toBe(3);
    expect(rating.evidence).toEqual([{ message: 1, quote: 'Извените', rule: 'spelling_readability.slip' }]);
  });

  it('counts chat shorthand without vowels as slips', () => {
    const input = conversation('id', [
      ['customer', 'Kuota saya belum masuk.'],
      ['agent', 'ok sy cek dl, yg paket 30GB blm msk ya kk'],
    ]);
    expect(ratingOf(input, 'spelling_readability').value).toBeLessThanOrEqual(1);
  });

  it('is 1 for a wall of text', () => {
    const long = Array.from(
      { length: 12 },
      (_, i) => `Step ${i + 1} is to open the settings page and check that the option is switched on before saving.`,
    ).join(' ');
    const input = conversation('en', [
      ['customer', 'How do I set up sync?'],
      ['agent', long],
    ]);
    const rating = ratingOf(input, 'spelling_readability');
    expect(rating.value).toBe(1);
    expect(rulesOf(rating)[0]).toBe('spelling_readability.wall_of_text');
  });

  it('is 0 for an unpunctuated run of slips', () => {
    const input = conversation('ru', [
      ['customer', 'Ссылка для сброса пароля не работает'],
      [
        'agent',
        'здрасте ссылка у нас 1 раз тоесть если почта открыла превью то всё она уже не та надо новую щас пришлю',
      ],
    ]);
    expect(ratingOf(input, 'spelling_readability').value).toBe(0);
  });

  it.each([
    [
      'ru',
      'Здравствуйте, Ирина! Возврат 399 ₽ оформлен, деньги придут на карту за 3–5 рабочих дней. Что-то ещё подсказать?',
    ],
    ['en', "Hi Sam, I've refunded the second payment. You'll see it on your card in 3-5 working days."],
    [
      'es',
      'Hola, Lucía. Ya te envié el nuevo número de seguimiento; la entrega está prevista para el viernes por la mañana.',
    ],
    ['id', 'Halo Kak Rina, saldo Rp250.000 sudah masuk ke akun Kakak pukul 14.52. Boleh dicek di menu Riwayat ya.'],
  ])('finds no slip in a clean %s reply', (language, text) => {
    const input = conversation(language, [
      ['customer', '?'],
      ['agent', text],
    ]);
    expect(ratingOf(input, 'spelling_readability').value).toBe(4);
  });

  it('leaves units, formats and contractions alone', () => {
    const input = conversation('en', [
      ['customer', 'Is the file too big?'],
      ['agent', "The limit is 20 mb per PDF file, and Ahmed's export is 12 mb, so it's fine."],
    ]);
    expect(ratingOf(input, 'spelling_readability').value).toBe(4);
  });
});
