import { describe, expect, it } from 'vitest';
import { conversation, ratingOf, rulesOf } from './test-conversation';

describe('ownership', () => {
  it('is 0 when the customer is sent elsewhere with nothing done here', () => {
    const input = conversation('ru', [
      ['customer', 'Заказ 4471-208 не приехал, трек не обновляется.'],
      ['agent', 'Заказ передан в СДЭК. По вопросам сроков обращайтесь, пожалуйста, в СДЭК по телефону на их сайте.'],
      ['customer', 'Я покупала у вас, а не у СДЭК.'],
    ]);
    const rating = ratingOf(input, 'ownership');
    expect(rating.value).toBe(0);
    expect(rating.evidence[0]).toMatchObject({ message: 1, rule: 'ownership.sent_elsewhere' });
  });

  it('is 1 when the agent only "looks into it"', () => {
    const input = conversation('en', [
      ['customer', 'My thermostat has been offline for 3 days.'],
      ['agent', "Hi Karen, sorry to hear that. I'll look into this for you."],
      ['customer', 'Ok thanks.'],
    ]);
    expect(ratingOf(input, 'ownership').value).toBe(1);
  });

  it('is 2 for a hand-off to a team without a time', () => {
    const input = conversation('en', [
      ['customer', 'Can you reissue our invoices with the new VAT number?'],
      ['agent', 'I have forwarded your request to our finance team who will reissue the invoices.'],
    ]);
    const rating = ratingOf(input, 'ownership');
    expect(rating.value).toBe(2);
    expect(rulesOf(rating)).toEqual(['ownership.next_step']);
  });

  it('is 3 for a next step with when the customer will hear back', () => {
    const input = conversation('ru', [
      ['customer', 'Не начислили кэшбэк за май.'],
      ['agent', 'Передала обращение в отдел лояльности, отвечу вам завтра до 12:00.'],
    ]);
    const rating = ratingOf(input, 'ownership');
    expect(rating.value).toBe(3);
    expect(rulesOf(rating)).toEqual(['ownership.next_step_with_time']);
  });

  it('is 3 when the agent did it in the conversation', () => {
    const input = conversation('es', [
      ['customer', 'Quiero cancelar la suscripción.'],
      ['agent', 'Listo, ya he cancelado tu suscripción y no habrá más cobros.'],
      ['customer', 'Perfecto, gracias.'],
    ]);
    expect(ratingOf(input, 'ownership').value).toBe(3);
  });

  it('is 1 when the customer is left with an unanswered question', () => {
    const input = conversation('id', [
      ['customer', 'Rice cooker yang saya terima tutupnya retak. Bisa diganti?'],
      ['agent', 'Mohon maaf atas ketidaknyamanannya, Pak.'],
      ['customer', 'Lalu saya harus ngapain? Kapan diganti?'],
    ]);
    expect(ratingOf(input, 'ownership').value).toBe(1);
  });

  it('is 2 when the customer asks when and is answered without a time', () => {
    const input = conversation('id', [
      ['customer', 'Saldo parkir saya kepotong dua kali, Rp15.000.'],
      ['agent', 'Refund Rp15.000 sudah saya proses ke akun Bapak.'],
      ['customer', 'Kapan kira-kira masuk ke saldo?'],
      ['agent', 'Tergantung antrean sistem ya Pak. Terima kasih.'],
    ]);
    const rating = ratingOf(input, 'ownership');
    expect(rating.value).toBe(2);
    expect(rating.evidence[0]).toMatchObject({ message: 2, rule: 'ownership.next_step' });
  });

  it('stays 3 when the "when?" gets its time', () => {
    const input = conversation('ru', [
      ['customer', 'Не начислили кэшбэк за май.'],
      ['agent', 'Передала в отдел лояльности, кэшбэк доначислят.'],
      ['customer', 'А когда примерно?'],
      ['agent', 'В течение трёх рабочих дней, придёт смс.'],
    ]);
    expect(ratingOf(input, 'ownership').value).toBe(3);
  });
});
