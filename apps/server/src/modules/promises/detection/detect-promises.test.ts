import { describe, expect, it } from 'vitest';
import { PromiseSuggestion } from '@sincere/contracts';
import { detectPromises, type DetectPromisesOptions } from './detect-promises';

const MOSCOW: DetectPromisesOptions = {
  sentAt: new Date('2026-11-26T11:02:00+03:00'),
  timeZone: 'Europe/Moscow',
  country: 'RU',
};
const NEW_YORK: DetectPromisesOptions = {
  sentAt: new Date('2026-11-24T10:00:00-05:00'),
  timeZone: 'America/New_York',
  country: 'US',
};
const MEXICO: DetectPromisesOptions = {
  sentAt: new Date('2026-11-24T10:00:00-06:00'),
  timeZone: 'America/Mexico_City',
  country: 'MX',
};
const JAKARTA: DetectPromisesOptions = {
  sentAt: new Date('2026-11-24T10:00:00+07:00'),
  timeZone: 'Asia/Jakarta',
  country: 'ID',
};
const SAO_PAULO: DetectPromisesOptions = {
  sentAt: new Date('2026-11-24T10:00:00-03:00'),
  timeZone: 'America/Sao_Paulo',
  country: 'BR',
};

const dueOf = (text: string, options: DetectPromisesOptions) => detectPromises(text, options)[0]?.dueAt;

describe('detectPromises', () => {
  it('suggests "специалист приедет сегодня до 15:30" due at 15:30 today', () => {
    const text = 'Здравствуйте, Ольга! Специалист приедет сегодня до 15:30, номер заявки 48213.';
    const [suggestion, ...rest] = detectPromises(text, MOSCOW);
    expect(rest).toEqual([]);
    expect(suggestion).toEqual({
      what: 'Специалист приедет сегодня до 15:30',
      start: 21,
      end: 56,
      dueAt: '2026-11-26T15:30:00+03:00',
      timeText: 'сегодня до 15:30',
      language: 'ru',
    });
    expect(text.slice(suggestion?.start, suggestion?.end)).toBe(suggestion?.what);
    expect(() => PromiseSuggestion.parse(suggestion)).not.toThrow();
  });

  it.each([
    ['перезвоню завтра утром', MOSCOW, '2026-11-27T12:00:00+03:00'],
    ["I'll get back to you by Friday", NEW_YORK, '2026-11-27T18:00:00-05:00'],
    ['te llamo mañana a las 10', MEXICO, '2026-11-25T10:00:00-06:00'],
    ['kami kabari besok pagi ya Kak', JAKARTA, '2026-11-25T12:00:00+07:00'],
    // Wednesday, Thanksgiving Thursday off, Friday, Monday.
    ['the refund arrives within 3 business days', NEW_YORK, '2026-11-30T18:00:00-05:00'],
    ['o técnico vai passar amanhã', SAO_PAULO, '2026-11-25T18:00:00-03:00'],
  ])('suggests the issue’s example "%s" with its due time', (text, options, dueAt) => {
    expect(detectPromises(text, options)).toEqual([expect.objectContaining({ dueAt })]);
  });

  it.each([
    ['a clock time still ahead today', 'Я перезвоню в 17:45.', MOSCOW, '2026-11-26T17:45:00+03:00'],
    ['a clock time already past, tomorrow', 'I’ll call you at 9.', NEW_YORK, '2026-11-25T09:00:00-05:00'],
    ['"jam 3 sore" at 15:00', 'Nanti saya hubungi jam 3 sore ya Kak.', JAKARTA, '2026-11-24T15:00:00+07:00'],
    ['"às 14h"', 'Vou te ligar às 14h.', SAO_PAULO, '2026-11-24T14:00:00-03:00'],
    ['a day at 18:00', 'Le enviaremos el contrato el lunes.', MEXICO, '2026-11-30T18:00:00-06:00'],
    ['"послезавтра" as two days on', 'Отгрузим послезавтра.', MOSCOW, '2026-11-28T18:00:00+03:00'],
    ['"lusa" as two days on', 'Kurir kami akan mengantar lusa.', JAKARTA, '2026-11-26T18:00:00+07:00'],
    ['midday at 15:00', 'Коллега позвонит вам в обед.', MOSCOW, '2026-11-26T15:00:00+03:00'],
    ['evening at 21:00', 'Te mando o boleto hoje à noite.', SAO_PAULO, '2026-11-24T21:00:00-03:00'],
    ['the end of the day at 18:00', 'Le enviaré la factura hoy mismo.', MEXICO, '2026-11-24T18:00:00-06:00'],
    ['half an hour from now', 'Мастер будет у вас через полчаса.', MOSCOW, '2026-11-26T11:32:00+03:00'],
    ['an hour from now', 'Saya akan kabari dalam 1 jam.', JAKARTA, '2026-11-24T11:00:00+07:00'],
    ['days at 18:00', 'Enviaremos a peça em 3 dias.', SAO_PAULO, '2026-11-27T18:00:00-03:00'],
    ['a week at 18:00', 'Компенсацию начислим в течение недели.', MOSCOW, '2026-12-03T18:00:00+03:00'],
    [
      'business days past a holiday',
      'O estorno cai em 2 dias úteis.',
      { ...SAO_PAULO, sentAt: new Date('2026-11-18T15:00:00-03:00') },
      '2026-11-23T18:00:00-03:00',
    ],
    ['this week on Friday', 'We will fix this this week.', NEW_YORK, '2026-11-27T18:00:00-05:00'],
    ['next week on Friday', 'Kami akan kirim minggu depan.', JAKARTA, '2026-12-04T18:00:00+07:00'],
    ['a date with a month name', 'Диван доставим 3 декабря.', MOSCOW, '2026-12-03T18:00:00+03:00'],
    ['a numeric date', 'Посылка придёт к 12.12.', MOSCOW, '2026-12-12T18:00:00+03:00'],
    ['a date in Indonesian', 'Kami akan kirim sofanya tanggal 15 Desember.', JAKARTA, '2026-12-15T18:00:00+07:00'],
  ])('resolves %s', (_convention, text, options, dueAt) => {
    expect(dueOf(text, options)).toBe(dueAt);
  });

  it.each([
    ['Передам специалистам, с вами свяжутся.', MOSCOW],
    ["We'll look into it and get back to you soon.", NEW_YORK],
    ['Le enviaremos el cupón lo antes posible.', MEXICO],
    ['Saya akan cek dan kabari secepatnya.', JAKARTA],
    ['A equipe vai te ligar em breve.', SAO_PAULO],
  ])('suggests "%s" without a due time', (text, options) => {
    expect(detectPromises(text, options)).toEqual([expect.objectContaining({ dueAt: null, timeText: null })]);
  });

  it.each([
    ['> I will call you tomorrow at 10\nHi Paul, could you share your order number?', NEW_YORK],
    ['Вам обещали перезвонить вчера — приносим извинения.', MOSCOW],
    ['You wrote that we promised to call yesterday, sorry about that.', NEW_YORK],
    ['I called you yesterday but could not reach you.', NEW_YORK],
    ['Can I call you tomorrow at 10?', NEW_YORK],
    ['¿Le llamo mañana?', MEXICO],
    ['Попробуйте завтра ещё раз зайти в приложение.', MOSCOW],
    ['Deliveries usually take 3–5 days.', NEW_YORK],
    ['Our office opens at 9 tomorrow.', NEW_YORK],
    ['The courier said he would come in the afternoon.', NEW_YORK],
    ['Unfortunately we cannot deliver tomorrow.', NEW_YORK],
    ['К сожалению, завтра мы не сможем доставить заказ.', MOSCOW],
    ['¡Gracias por escribirnos, hasta mañana!', MEXICO],
    ['All specialists are busy, anything else?', NEW_YORK],
    ['Se preferir, ligamos amanhã de manhã, é só me avisar.', SAO_PAULO],
    ['Kami tidak bisa mengirim besok karena gudang tutup.', JAKARTA],
    ['Он написал «перезвоню завтра», но это было до праздников.', MOSCOW],
  ])('suggests nothing for "%s"', (text, options) => {
    expect(detectPromises(text, options)).toEqual([]);
  });

  it('keeps a promise after a customer’s quoted one', () => {
    const text = '> you promised to call me yesterday!\nSorry, Anna. I will call you today at 4 pm.';
    expect(detectPromises(text, NEW_YORK)).toEqual([
      expect.objectContaining({ what: 'I will call you today at 4 pm', dueAt: '2026-11-24T16:00:00-05:00' }),
    ]);
  });

  it('offers the timed commitment when the reply also says it loosely', () => {
    const text = 'I will look into it. I will call you tomorrow at 10 with an answer.';
    expect(detectPromises(text, NEW_YORK)).toEqual([
      expect.objectContaining({ timeText: 'tomorrow at 10', dueAt: '2026-11-25T10:00:00-05:00' }),
    ]);
  });

  it('accepts a locale or an old language code and tries only that language', () => {
    expect(detectPromises('Vou te ligar amanhã.', { ...SAO_PAULO, language: 'pt-BR' })[0]?.language).toBe('pt');
    expect(detectPromises('Saya akan telepon besok.', { ...JAKARTA, language: 'in' })[0]?.language).toBe('id');
    expect(detectPromises("I'll call you tomorrow.", { ...NEW_YORK, language: 'de' })).toEqual([]);
  });

  it('skips the account’s own days off in business days', () => {
    const options = { ...NEW_YORK, holidays: ['2026-11-25'] };
    expect(dueOf('We will ship it within 1 business day.', options)).toBe('2026-11-27T18:00:00-05:00');
  });
});
