import { describe, expect, it } from 'vitest';
import { conversation, ratingOf, rulesOf } from './test-conversation';

describe('greeting', () => {
  it('gives 2 to a greeting with the customer’s name, quoting it', () => {
    const input = conversation(
      'en',
      [
        ['customer', 'Hi, my parcel never arrived.'],
        ['agent', 'Hi Laura! Sorry about that, let me check the tracking.'],
      ],
      { name: 'Laura Bennett' },
    );
    const rating = ratingOf(input, 'greeting');
    expect(rating.value).toBe(2);
    expect(rating.evidence).toEqual([{ message: 1, quote: 'Hi Laura!', rule: 'greeting.with_name' }]);
  });

  it('gives 1 to a greeting without the name', () => {
    const input = conversation(
      'ru',
      [
        ['customer', 'Добрый день, как поменять тариф?'],
        ['agent', 'Добрый день. Тариф меняется в личном кабинете, раздел «Услуги».'],
      ],
      { name: 'Олег Смирнов' },
    );
    expect(rulesOf(ratingOf(input, 'greeting'))).toEqual(['greeting.without_name']);
    expect(ratingOf(input, 'greeting').value).toBe(1);
  });

  it('gives 0 when the agent starts without a greeting; a bot’s greeting is not the agent’s', () => {
    const input = conversation('en', [
      ['customer', 'Can I change my delivery address?'],
      ['bot', 'Hello! An agent will be with you shortly.'],
      ['agent', 'Address changed to 14 Mill Lane.'],
    ]);
    const rating = ratingOf(input, 'greeting');
    expect(rating.value).toBe(0);
    expect(rating.evidence[0]).toMatchObject({ message: 2, rule: 'greeting.missing' });
  });

  it('gives 1 for «ты» to a customer who writes «вы», even with the name', () => {
    const input = conversation(
      'ru',
      [
        ['customer', 'Здравствуйте, подскажите, можно ли перенести доставку?'],
        ['agent', 'Привет, Никита! Конечно, напиши удобную дату.'],
      ],
      { name: 'Никита Фролов' },
    );
    const rating = ratingOf(input, 'greeting');
    expect(rating.value).toBe(1);
    expect(rating.evidence[0]?.rule).toBe('greeting.wrong_form');
  });

  it('accepts «ты» back to a customer who uses it', () => {
    const input = conversation(
      'ru',
      [
        ['customer', 'Привет! Слушай, а ты не знаешь, когда придёт мой заказ?'],
        ['agent', 'Привет, Никита! Заказ у курьера, привезут сегодня до 18:00, напишу тебе, если что.'],
      ],
      { name: 'Никита Фролов' },
    );
    expect(ratingOf(input, 'greeting').value).toBe(2);
  });

  it('in Spanish, gives 1 for usted to a customer who writes tú', () => {
    const input = conversation(
      'es',
      [
        ['customer', 'Hola, os compré una lavadora y no centrifuga, imagínate el drama con un bebé.'],
        ['agent', 'Buenos días, Pablo. Le comento cómo funciona la garantía: usted no tiene que pagar nada.'],
      ],
      { name: 'Pablo Giménez' },
    );
    expect(ratingOf(input, 'greeting').value).toBe(1);
  });

  it('in Indonesian, counts a title with the name ("Kak Rina") as the name', () => {
    const input = conversation(
      'id',
      [
        ['customer', 'Min, saldo saya belum masuk.'],
        ['agent', 'Halo Kak Rina, selamat siang. Saya cek transaksinya sekarang ya.'],
      ],
      { name: 'Rina Wulandari' },
    );
    expect(ratingOf(input, 'greeting').value).toBe(2);
  });
});
