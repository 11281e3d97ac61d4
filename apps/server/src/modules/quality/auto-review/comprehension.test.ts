import { describe, expect, it } from 'vitest';
import { conversation, ratingOf } from './test-conversation';

describe('comprehension', () => {
  it('is 0 when the agent asks for the order number the customer already gave', () => {
    const input = conversation('ru', [
      ['customer', 'Заказ 4471-208 должен был приехать вчера. Где он?'],
      ['agent', 'Добрый день. Уточните, пожалуйста, номер заказа.'],
    ]);
    const rating = ratingOf(input, 'comprehension');
    expect(rating.value).toBe(0);
    expect(rating.evidence[0]).toMatchObject({ message: 1, rule: 'comprehension.asked_again' });
    expect(rating.evidence[0]?.quote).toBe('Уточните, пожалуйста, номер заказа.');
  });

  it('is fine to ask for what the customer has not given', () => {
    const input = conversation('ru', [
      ['customer', 'Прислали не тот размер!!!'],
      ['agent', 'Номер заказа?'],
    ]);
    expect(ratingOf(input, 'comprehension').value).toBe(2);
  });

  it('is 0 when the customer has to say they said it already', () => {
    const input = conversation('en', [
      ['customer', 'Reset emails never arrive. Already checked spam.'],
      ['agent', 'Please check your spam folder.'],
      ['customer', 'Like I said, I checked spam. Nothing.'],
    ]);
    expect(ratingOf(input, 'comprehension').value).toBe(0);
  });

  it('is 1 for parroting the customer back, also when they then say "that is what I wrote"', () => {
    const input = conversation('es', [
      ['customer', 'Necesito la factura de marzo y no encuentro dónde se baja.'],
      ['agent', 'Entiendo que lo que usted necesita es descargar la factura de marzo, ¿es correcto?'],
      ['customer', 'Sí, eso te he dicho.'],
    ]);
    const rating = ratingOf(input, 'comprehension');
    expect(rating.value).toBe(1);
    expect(rating.evidence[0]?.rule).toBe('comprehension.paraphrase');
  });

  it('is 2 when the reply simply shows understanding', () => {
    const input = conversation('id', [
      ['customer', 'Langganan bulan ini kok kepotong dua kali?'],
      ['agent', 'Ada dua pembayaran karena tombol bayar tertekan ulang. Yang kedua sudah saya batalkan.'],
    ]);
    expect(ratingOf(input, 'comprehension').value).toBe(2);
  });

  it('is 0 when the customer points the agent back to their first message', () => {
    const input = conversation('es', [
      ['customer', 'Me cobraron dos veces el peaje del sábado, mi TAG es 0099-1234-55'],
      ['agent', 'Para revisarlo necesito el número de TAG y la fecha.'],
      ['customer', 'Los puse en el mensaje, sábado 14.'],
    ]);
    expect(ratingOf(input, 'comprehension')).toMatchObject({
      value: 0,
      evidence: [{ message: 2, rule: 'comprehension.customer_repeated' }],
    });
  });

  it('is 1 when the agent opens by retelling the issue for a "right?"', () => {
    const input = conversation('en', [
      ['customer', "My gift card shows £0 but I haven't used it. Ends 1123."],
      ['agent', "Just to check I've understood: your gift card ending 1123 shows £0 though it is unused?"],
      ['customer', 'Yes'],
    ]);
    expect(ratingOf(input, 'comprehension').value).toBe(1);
  });

  it("is not asking again to ask for a colleague's e-mail once the customer gave their own", () => {
    const input = conversation('id', [
      ['customer', 'Saya admin (dewi@contoh.id), undangan ke tim baru tidak sampai.'],
      ['agent', 'Boleh kirim email salah satu anggota yang diundang?'],
    ]);
    expect(ratingOf(input, 'comprehension').value).toBe(2);
  });
});
