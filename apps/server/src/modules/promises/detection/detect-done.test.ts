import { describe, expect, it } from 'vitest';
import { detectDone } from './detect-done';

describe('detectDone', () => {
  it('finds "I took care of the lamp" before a closing question', () => {
    const text = 'Hi Maria! I took care of the lamp by your bed — anything else?';
    const done = detectDone(text);
    expect(done).toEqual({ text: 'I took care of the lamp by your bed', start: 10, end: 45 });
    expect(text.slice(done?.start, done?.end)).toBe(done?.text);
  });

  it.each([
    ['готово, деньги вернули', 'ru'],
    ['ya sudah kami proses', 'id'],
    ['listo, ya está hecho', 'es'],
    ['pronto, já foi resolvido', 'pt'],
    ["We've reset your password, you can log in now.", 'en'],
    ['Мастер заменил фильтр, всё работает.', 'ru'],
  ])('finds that "%s" is done', (text, language) => {
    expect(detectDone(text)).not.toBeNull();
    expect(detectDone(text, { language })).not.toBeNull();
  });

  it.each([
    'is it done on your side?',
    'once it is done I will write',
    'when will it be ready?',
    'специалист уже выехал',
    'Как только всё будет готово, я вам напишу.',
    'Cuando esté listo le escribo.',
    'Quando estiver pronto, eu te aviso.',
    'Kalau sudah selesai nanti saya kabari.',
    'The replacement will be shipped tomorrow.',
    'Деньги ещё не поступили, банк обрабатывает платёж.',
  ])('does not take "%s" for done', (text) => {
    expect(detectDone(text)).toBeNull();
  });

  it('ignores a quoted line saying it was done', () => {
    expect(detectDone('> Готово, деньги вернули\nПодскажите, пришли ли деньги?')).toBeNull();
  });

  it('reads nothing in a language it has no rules for', () => {
    expect(detectDone('listo, ya está hecho', { language: 'de' })).toBeNull();
  });
});
