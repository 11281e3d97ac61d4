import { describe, expect, it } from 'vitest';
import { messageSentiment, type Sentiment } from './message-sentiment';

type Case = readonly [language: 'ru' | 'en' | 'es' | 'id', text: string, expected: Sentiment];

const sentimentOf = ([language, text]: Case) => messageSentiment(text, language).sentiment;
const check = (cases: readonly Case[]) => {
  for (const sample of cases) expect(sentimentOf(sample), `${sample[0]}: ${sample[1]}`).toBe(sample[2]);
};

describe('messageSentiment', () => {
  it('turns a negated mood word around, and reads a problem told calmly as no mood', () => {
    check([
      ['en', 'not bad', 'positive'],
      ['ru', 'не плохо', 'positive'],
      ['es', 'no está mal', 'positive'],
      ['id', 'tidak buruk', 'positive'],
      ['en', 'not working', 'neutral'],
      ['ru', 'не работает', 'neutral'],
      ['es', 'no funciona', 'neutral'],
      ['id', 'tidak bisa', 'neutral'],
      ['en', 'Hi, my Google Calendar sync stopped working, nothing changed on my side', 'neutral'],
      ['ru', 'Приложение вылетает при добавлении фото, переустановка не помогла', 'neutral'],
      ['es', 'Me llegó el pedido pero falta una pieza', 'neutral'],
      ['id', 'Paket saya salah kirim, pesan hitam yang datang putih', 'neutral'],
      ['en', 'Not happy at all with the replacement', 'negative'],
      ['ru', 'Мне не нравится новый интерфейс', 'negative'],
      ['es', 'No me gustó para nada', 'negative'],
      ['id', 'Kurang puas sama hasilnya', 'negative'],
    ]);
  });

  it('hears frustration told without feeling words: waiting, repeating oneself, reproach, sarcasm', () => {
    check([
      ['en', 'still waiting', 'negative'],
      ['en', 'where is my refund', 'negative'],
      ['en', 'third time I write about this', 'negative'],
      ['en', 'I already sent everything in my first message', 'negative'],
      ['ru', 'третий раз пишу', 'negative'],
      ['ru', 'верните деньги', 'negative'],
      ['ru', 'Вы читаете вообще?', 'negative'],
      ['ru', 'Прошло 2 дня, ответа нет', 'negative'],
      ['ru', 'Смешно вам, да?', 'negative'],
      ['ru', 'Попробовал, сработало. Но объяснить можно было и понятнее', 'negative'],
      ['ru', 'можно было и повежливее', 'negative'],
      ['es', 'ya es la tercera vez', 'negative'],
      ['es', '¿Dónde está mi reembolso?', 'negative'],
      ['es', 'Ok, ya entré. Pero me hubiera gustado que me avisaran', 'negative'],
      ['id', 'udah seminggu nunggu, gak ada balasan sama sekali', 'negative'],
      ['id', 'Mana refund saya?', 'negative'],
    ]);
  });

  it('reads a short question as neutral unless it is pushed, and a shouted report as negative', () => {
    check([
      ['ru', 'Когда?', 'neutral'],
      ['ru', 'Завтра утром это во сколько?', 'neutral'],
      ['ru', 'Когда?? У меня в понедельник поезд', 'negative'],
      ['en', 'When?', 'neutral'],
      ['en', 'When?! I fly out tomorrow', 'negative'],
      ['ru', 'Прислали 44 размер вместо 42!!!', 'negative'],
      ['en', 'The parcel went to the wrong house!!', 'negative'],
      ['id', 'Obatnya SALAH KIRIM, yang datang 10 mg', 'negative'],
    ]);
  });

  it('reads thanks and relief as positive, and a fix reported without them as neutral', () => {
    check([
      ['ru', 'спасибо большое, всё заработало', 'positive'],
      ['ru', 'Спасибо!', 'positive'],
      ['en', 'thanks, that fixed it', 'positive'],
      ['es', 'gracias, ya funciona', 'positive'],
      ['id', 'makasih kak, udah bisa', 'positive'],
      ['en', 'phew, it works now', 'positive'],
      ['en', 'Got it, logged in now.', 'neutral'],
      ['ru', 'Пришло', 'neutral'],
      ['es', 'Listo, ya entré', 'neutral'],
      ['id', 'Sudah bisa. Ok.', 'neutral'],
    ]);
  });

  it('takes a bare Russian "спасибо" for politeness, as a closing "ок" is', () => {
    check([
      ['ru', 'Получила, спасибо', 'neutral'],
      ['ru', 'Получила, спасибо)', 'positive'],
      ['ru', 'Спасибо за помощь', 'positive'],
      ['en', 'Got them, thanks', 'positive'],
    ]);
  });

  it('reads emoji and Russian bracket smileys, and leaves a bare "ok" neutral', () => {
    check([
      ['en', 'I am so angry 😡', 'negative'],
      ['ru', 'Товар пришёл разбитый(((', 'negative'],
      ['ru', 'Всё получила)', 'positive'],
      ['ru', 'Понятно)))', 'positive'],
      ['en', '👍', 'positive'],
      ['es', 'ok 😊', 'positive'],
      ['id', 'oke kak 🙂', 'positive'],
      ['en', 'thank you 🙏', 'positive'],
      ['en', 'ok.', 'neutral'],
      ['ru', 'ок', 'neutral'],
      ['es', 'ok', 'neutral'],
      ['id', 'ok', 'neutral'],
    ]);
  });

  it('does not take list markers or a closed parenthesis for a smile', () => {
    check([
      ['ru', '1) номер заказа 5521 2) адрес: Тверская, 4', 'neutral'],
      ['ru', 'Отправила чек (на почту)', 'neutral'],
    ]);
  });

  it('strengthens a cue with an intensifier, "!!!" and capitals', () => {
    const plain = messageSentiment('this is bad', 'en');
    const intensified = messageSentiment('this is really bad', 'en');
    const shouted = messageSentiment('THIS IS REALLY BAD!!!', 'en');
    expect(plain.sentiment).toBe('negative');
    expect(intensified.score).toBeLessThan(plain.score);
    expect(shouted.score).toBeLessThan(intensified.score);
    expect(shouted.cues.map((cue) => cue.text)).toEqual(expect.arrayContaining(['!!!', 'THIS IS REALLY BAD']));
    expect(messageSentiment('Очень плохо', 'ru').score).toBeLessThan(messageSentiment('плохо', 'ru').score);
    expect(messageSentiment('kecewa banget', 'id').score).toBeLessThan(messageSentiment('kecewa', 'id').score);
    expect(messageSentiment('¡¡Gracias!!', 'es').score).toBeGreaterThan(messageSentiment('gracias', 'es').score);
  });

  it('treats greetings and polite formulas as no mood', () => {
    check([
      ['ru', 'Здравствуйте', 'neutral'],
      ['ru', 'Добрый день!', 'neutral'],
      ['en', 'Hello', 'neutral'],
      ['en', 'Good morning', 'neutral'],
      ['en', 'please', 'neutral'],
      ['es', 'Hola', 'neutral'],
      ['es', 'Buenas tardes', 'neutral'],
      ['id', 'Selamat pagi', 'neutral'],
      ['id', 'Permisi kak', 'neutral'],
    ]);
  });

  it('does not count thanks in advance as warmth: the rest of the message decides', () => {
    check([
      ['en', 'I was charged twice. Please fix this, thanks in advance', 'neutral'],
      ['en', 'I was charged twice. Please fix this asap, thanks in advance', 'negative'],
      ['en', 'Can I add a second user? Thanks in advance', 'neutral'],
      ['ru', 'Заранее спасибо, но код так и не пришёл', 'neutral'],
      ['ru', 'Можно счёт на юрлицо? Заранее спасибо', 'neutral'],
      ['es', 'Gracias de antemano, pero sigo sin poder pagar', 'negative'],
      ['id', 'Terima kasih sebelumnya, tapi dana belum masuk', 'neutral'],
    ]);
  });

  it('hears sarcasm: thanks for nothing, praise before a problem, praise in quotes', () => {
    check([
      ['ru', 'спасибо за ничего', 'negative'],
      ['en', 'Thanks for nothing', 'negative'],
      ['es', 'Gracias por nada', 'negative'],
      ['en', 'perfect, broken again', 'negative'],
      ['ru', 'Отлично, опять всё сломалось', 'negative'],
      ['es', 'Perfecto, se volvió a romper', 'negative'],
      ['id', 'Mantap, error lagi', 'negative'],
      ['ru', 'Очень «помогли»', 'negative'],
    ]);
    const cues = messageSentiment('спасибо за ничего', 'ru').cues;
    expect(cues).toEqual([{ text: 'спасибо за ничего', start: 0, end: 17, polarity: -1 }]);
  });

  it('lets warmth win over a problem told calmly, and frustration win over warmth', () => {
    check([
      ['en', 'Absolutely love my headphones but the charging cable stopped working', 'positive'],
      ['ru', 'Я люблю ваше приложение, но экспорт сломан', 'positive'],
      ['es', 'Me encanta la app pero la exportación no sirve', 'positive'],
      ['id', 'Aplikasinya bagus sih tapi fitur ekspornya error terus', 'positive'],
      ['en', 'Thanks, but I have been waiting for a week now', 'negative'],
      ['ru', 'Спасибо, конечно, но проблема так и не решена', 'negative'],
    ]);
  });

  it('leaves questions without mood neutral, and does not read hopes or conditions as mood', () => {
    check([
      ['en', 'how do I change my plan?', 'neutral'],
      ['ru', 'Как поменять тариф?', 'neutral'],
      ['es', '¿Cómo cambio mi plan?', 'neutral'],
      ['id', 'Gimana cara ganti paket langganan?', 'neutral'],
      ['en', 'Is it fixed?', 'neutral'],
      ['en', 'I hope it gets fixed soon', 'neutral'],
      ['en', "If it doesn't work I'll let you know", 'neutral'],
      ['ru', 'Если не получится, напишу', 'neutral'],
      ['es', 'Si no funciona te aviso', 'neutral'],
      ['id', 'Kalau belum bisa nanti saya kabari', 'neutral'],
    ]);
  });

  it('shows the words it relied on, with offsets into the original text', () => {
    const text = 'Hi team, the app is not working again, really annoying 😡';
    const { cues } = messageSentiment(text, 'en');
    for (const cue of cues) expect(text.slice(cue.start, cue.end)).toBe(cue.text);
    // "not working" alone is what happened, not a feeling; "not working again" is exasperation.
    expect(cues.map((cue) => [cue.text, cue.polarity])).toEqual([
      ['not working again', -1],
      ['annoying', -1],
      ['😡', -1],
    ]);
    const negated = messageSentiment('Ну, в целом не плохо', 'ru').cues;
    expect(negated).toEqual([{ text: 'не плохо', start: 12, end: 20, polarity: 1 }]);
  });

  it('does not count lines quoted from an earlier message', () => {
    const reply = 'Thanks, all good now\n> Is the app still not working for you?';
    expect(messageSentiment(reply, 'en').sentiment).toBe('positive');
    expect(messageSentiment(reply, 'en').cues.every((cue) => cue.end <= 20)).toBe(true);
  });

  it('reads a locale as its language, guesses by script without one, and leaves other languages alone', () => {
    expect(messageSentiment('no funciona, qué desastre', 'es-MX').sentiment).toBe('negative');
    expect(messageSentiment('tidak bisa login, kesel banget', 'in').sentiment).toBe('negative');
    expect(messageSentiment('не работает, ужас', 'ru-RU').sentiment).toBe('negative');
    expect(messageSentiment('вообще не работает', null).sentiment).toBe('negative');
    expect(messageSentiment('still waiting for my refund', null).sentiment).toBe('negative');
    expect(messageSentiment('gracias, ya funciona', null).sentiment).toBe('positive');
    expect(messageSentiment('makasih kak, udah bisa', null).sentiment).toBe('positive');
    expect(messageSentiment('Gimana cara ganti paket?', null).sentiment).toBe('neutral');
    expect(messageSentiment('no funciona, qué desastre', 'und').sentiment).toBe('negative');
    expect(messageSentiment('Das ist schlecht, es funktioniert nicht 😡', 'de')).toEqual({
      sentiment: 'neutral',
      score: 0,
      cues: [],
    });
  });

  it('keeps the score within −1…1 and gives the same answer every time', () => {
    const furious = 'ВЫ ИЗДЕВАЕТЕСЬ?? Третий раз пишу, ужас, кошмар, верните деньги!!! 😡😡😡';
    const first = messageSentiment(furious, 'ru');
    expect(first.score).toBeGreaterThanOrEqual(-1);
    expect(first.score).toBeLessThan(-0.9);
    expect(messageSentiment(furious, 'ru')).toEqual(first);
    expect(messageSentiment('', 'en')).toEqual({ sentiment: 'neutral', score: 0, cues: [] });
  });
});
