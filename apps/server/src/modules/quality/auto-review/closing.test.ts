import { describe, expect, it } from 'vitest';
import { conversation, ratingOf } from './test-conversation';

describe('closing', () => {
  it('is 2 when the agent checks the issue is solved', () => {
    const input = conversation('ru', [
      ['customer', 'Не могу войти, код не приходит.'],
      ['agent', 'Отправила ссылку для входа на почту. Получилось войти?'],
      ['customer', 'Да, зашёл, спасибо'],
      ['agent', 'Отлично! Удачи со сдачей отчёта.'],
    ]);
    const rating = ratingOf(input, 'closing');
    expect(rating.value).toBe(2);
    expect(rating.evidence).toEqual([{ message: 1, quote: 'Получилось войти?', rule: 'closing.checked' }]);
  });

  it('is 2 for "anything else?" at the end', () => {
    const input = conversation('en', [
      ['customer', 'Charged twice this month.'],
      ['agent', "I've refunded the second payment. Anything else I can help with today?"],
    ]);
    expect(ratingOf(input, 'closing').value).toBe(2);
  });

  it('is 1 for a closing phrase without a check', () => {
    const input = conversation('es', [
      ['customer', 'Quiero cancelar.'],
      ['agent', 'Tu suscripción quedó cancelada. Gracias por usar nuestro servicio.'],
    ]);
    const rating = ratingOf(input, 'closing');
    expect(rating.value).toBe(1);
    expect(rating.evidence[0]?.rule).toBe('closing.farewell');
  });

  it('is 0 when the agent’s last message just stops', () => {
    const input = conversation('id', [
      ['customer', 'Paket saya belum sampai.'],
      ['agent', 'Paket sedang di gudang transit Bekasi.'],
    ]);
    expect(ratingOf(input, 'closing')).toMatchObject({
      value: 0,
      evidence: [{ message: 1, quote: null, rule: 'closing.missing' }],
    });
  });

  it('does not take a question asking for a go-ahead as a check', () => {
    const input = conversation('ru', [
      ['customer', 'Хочу тариф 500.'],
      ['agent', 'Переключу с 1 числа, будет 750 ₽. Переключаю?'],
      ['customer', 'Да'],
      ['agent', 'Готово, с 1 июня у вас новый тариф. Хорошего вечера!'],
    ]);
    expect(ratingOf(input, 'closing').value).toBe(1);
  });
});
