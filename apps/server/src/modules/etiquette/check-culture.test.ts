import { describe, expect, it } from 'vitest';
import {
  CultureWarning,
  type CalendarEntry,
  type CultureCheck,
  type Honorific,
  type LocaleProfile,
} from '@sincere/contracts';
import { checkCulture, type CultureContext } from './check-culture';

const honorific = (text: string, more: Partial<Honorific> = {}): Honorific => ({
  text,
  gender: 'any',
  age: 'any',
  placement: 'before',
  name: 'given',
  formality: 'formal',
  default: false,
  ...more,
});

function profileOf(locale: string, more: Partial<LocaleProfile> = {}): LocaleProfile {
  return {
    locale,
    name: locale,
    countries: [],
    you: { formal: null, informal: null, serviceDefault: 'formal', informalForms: [] },
    honorifics: [],
    nameUse: 'given',
    greetings: [],
    closings: [],
    negativeFeedback: 'moderate',
    context: 'moderate',
    scheduling: 'flexible',
    faceSaving: 'normal',
    assumption: null,
    notes: [],
    ...more,
  };
}

const indonesian = profileOf('id', {
  you: { formal: 'Anda', informal: 'kamu', serviceDefault: 'formal', informalForms: ['kamu', 'kau', 'lu', 'lo'] },
  honorifics: [
    honorific('Kak', { default: true }),
    honorific('Pak', { gender: 'male', age: 'adult' }),
    honorific('Bapak', { gender: 'male', age: 'adult' }),
    honorific('Ibu', { gender: 'female', age: 'adult' }),
    honorific('Bu', { gender: 'female', age: 'adult' }),
    honorific('Mbak', { gender: 'female', age: 'adult', formality: 'informal' }),
  ],
  faceSaving: 'careful',
});
const russian = profileOf('ru', {
  you: { formal: 'вы', informal: 'ты', serviceDefault: 'formal', informalForms: ['ты', 'тебя', 'тебе', 'твой'] },
});
const turkish = profileOf('tr', {
  you: { formal: 'siz', informal: 'sen', serviceDefault: 'formal', informalForms: ['sen', 'seni', 'sana'] },
  honorifics: [
    honorific('Bey', { gender: 'male', placement: 'after' }),
    honorific('Hanım', { gender: 'female', placement: 'after' }),
    honorific('Sayın', { name: 'full' }),
  ],
  faceSaving: 'careful',
});

const context = (profile: LocaleProfile, more: Partial<CultureContext> = {}): CultureContext => ({
  profile,
  address: null,
  chosenHonorific: null,
  formality: 'formal',
  public: false,
  secondLanguage: false,
  scheduledAt: null,
  proactive: false,
  quietPeriods: [],
  timeZone: null,
  ...more,
});

const checksOf = (text: string, ctx: CultureContext): CultureCheck[] =>
  checkCulture(text, ctx).map((warning) => warning.check);

describe('informal_you', () => {
  it('points at each informal "you" of a formally addressed customer and suggests the formal one', () => {
    const reply = 'Анна, ты можешь проверить заказ. Тебе придёт СМС.';
    const warnings = checkCulture(reply, context(russian, { address: 'Анна' }));
    expect(warnings.map(({ check, text, suggestion }) => [check, text, suggestion])).toEqual([
      ['informal_you', 'ты', 'вы'],
      ['informal_you', 'Тебе', 'вы'],
    ]);
    for (const warning of warnings) expect(reply.slice(warning.start, warning.end)).toBe(warning.text);
  });

  it('stays quiet when the customer is addressed informally', () => {
    expect(
      checkCulture('Твой заказ уже едет, ты получишь его завтра.', context(russian, { formality: 'informal' })),
    ).toEqual([]);
  });

  it.each([
    ['a quoted line', '> ты можешь нормально ответить?\nКонечно, заказ приедет завтра.'],
    ['the customer’s words in quotation marks', 'Вы написали: «ты вообще читаешь?» Простите, уже разбираюсь.'],
    ['straight quotation marks', 'Kakak menulis "kamu lama banget", mohon maaf ya Kak.'],
    ['a form inside another word', 'Kamus istilah ada di halaman bantuan, Kak.'],
    ['a shop’s name', 'Ближайший пункт выдачи — в ТЦ Твой Дом на МКАД.'],
    ['the Indonesian particle lo', 'Promo ini cuma sampai besok lo, Kak.'],
  ])('ignores %s', (_, text) => {
    const profile = text.includes('Kak') ? indonesian : russian;
    expect(checksOf(text, context(profile, { address: 'Kak Rina' }))).not.toContain('informal_you');
  });

  it('reads the Indonesian lo as "you" when a verb follows it', () => {
    expect(checksOf('Kalau lo mau ganti ukuran, klik Tukar.', context(indonesian))).toEqual(['informal_you']);
  });

  it('does not read "sen" inside a Turkish name', () => {
    expect(checksOf('Merhaba Sencer Bey, siparişiniz yolda.', context(turkish, { address: 'Sencer Bey' }))).toEqual([]);
    expect(checksOf('Sen merak etme, iade başladı.', context(turkish))).toEqual(['informal_you']);
  });

  it('finds an elided form the profile lists with its apostrophe', () => {
    const french = profileOf('fr', {
      you: { formal: 'vous', informal: 'tu', serviceDefault: 'formal', informalForms: ['tu', 'te', "t'", 'ton'] },
    });
    expect(checkCulture('Je t’envoie le lien.', context(french))[0]?.text).toBe('t’');
    expect(checksOf('Le ton de notre message était maladroit.', context(french))).toEqual([]);
    expect(checksOf('Ton colis arrive demain.', context(french))).toEqual(['informal_you']);
  });
});

describe('missing_honorific', () => {
  const sari = context(indonesian, { address: 'Kak Sari' });

  it('warns when the customer’s name is addressed without an honorific, suggesting the address', () => {
    const [warning] = checkCulture('Halo Sari, pesanan Anda sudah kami terima.', sari);
    expect(warning).toMatchObject({ check: 'missing_honorific', text: 'Sari', suggestion: 'Kak Sari' });
    expect(checksOf('Terima kasih, Sari! Semoga harinya menyenangkan.', sari)).toEqual(['missing_honorific']);
    expect(checksOf('Sari, mohon ditunggu sebentar ya.', sari)).toEqual(['missing_honorific']);
  });

  it('warns when the reply opens with a greeting that addresses nobody', () => {
    expect(checkCulture('Selamat pagi, pesanan Anda sudah dikirim.', sari)[0]).toMatchObject({
      check: 'missing_honorific',
      text: 'Selamat pagi',
    });
    expect(checksOf('Halo!\nPesanan Anda sudah dikirim.', sari)).toEqual(['missing_honorific']);
  });

  it('suggests the profile’s default honorific when no address is known', () => {
    expect(checkCulture('Halo, ada yang bisa kami bantu?', context(indonesian))[0]?.suggestion).toBe('Kak');
  });

  it.each([
    ['an honorific before the name', 'Halo Kak Sari, pesanan Kakak sudah dikirim.'],
    ['an honorific alone', 'Selamat pagi Kak, pesanan Anda sudah dikirim.'],
    [
      'the honorific later on the greeting line',
      'Halo, terima kasih sudah menghubungi kami. Ada yang bisa dibantu, Kak?',
    ],
    ['the address opening the next line', 'Halo!\nKak Sari, pesanan Kakak sudah dikirim.'],
    ['the name as data', 'Pesanan atas nama Sari Dewi sudah kami batalkan, Kak.'],
    ['the name as a word', 'Sari rasa apel sedang kosong, Kak.'],
    ['a long form the profile does not list', 'Halo Kakak Sari, pesanan sudah dikirim.'],
  ])('stays quiet with %s', (_, text) => {
    expect(checksOf(text, sari)).toEqual([]);
  });

  it('leaves a casual brand’s first names alone, and profiles without honorifics in address', () => {
    expect(checksOf('Hai Sari, makasih udah order ya!', { ...sari, formality: 'informal' })).toEqual([]);
    expect(checksOf('Merhaba Ayşe, siparişiniz yolda.', context(turkish, { address: 'Ayşe Hanım' }))).toEqual([]);
  });
});

describe('wrong_honorific', () => {
  const ibu = context(indonesian, { address: 'Ibu Sari', chosenHonorific: 'Ibu' });

  it('warns about an honorific beside the name that contradicts the chosen one, suggesting the address', () => {
    expect(checkCulture('Baik Pak Sari, refund sudah kami proses.', ibu)).toEqual([
      expect.objectContaining({ check: 'wrong_honorific', text: 'Pak Sari', suggestion: 'Ibu Sari' }),
    ]);
    expect(checksOf('Halo Mbak Sari, paketnya sudah diterima.', ibu)).toEqual(['wrong_honorific']);
  });

  it('warns about one alone in address', () => {
    expect(checksOf('Terima kasih atas kesabarannya, Pak.', ibu)).toEqual(['wrong_honorific']);
  });

  it('reads honorifics placed after the name', () => {
    const ayse = context(turkish, { address: 'Ayşe Hanım', chosenHonorific: 'Hanım' });
    expect(checkCulture('Merhaba Ayşe Bey, talebiniz alındı.', ayse)[0]?.text).toBe('Ayşe Bey');
    expect(checksOf('Sayın Ayşe Hanım, faturanız gönderildi.', ayse)).toEqual([]);
  });

  it.each([
    ['the short form of the chosen one', 'Baik Bu Sari, refund sudah kami proses.'],
    ['a neutral honorific', 'Halo Kak Sari, pesanan Ibu sudah dikirim.'],
    ['a colleague’s honorific', 'Baik Bu Sari, nanti Pak Joko dari tim teknisi akan menghubungi Ibu.'],
  ])('stays quiet with %s', (_, text) => {
    expect(checksOf(text, ibu)).toEqual([]);
  });

  it('stays quiet when no honorific was chosen, or one the profile does not know', () => {
    expect(checksOf('Baik Pak Sari, refund sudah kami proses.', { ...ibu, chosenHonorific: null })).toEqual([]);
    expect(checksOf('Baik Pak Sari, refund sudah kami proses.', { ...ibu, chosenHonorific: 'Dr.' })).toEqual([]);
  });
});

describe('public_criticism', () => {
  const strictly = (locale: string) => context(profileOf(locale, { faceSaving: 'strict' }));

  it.each([
    ['en', 'You entered the wrong address, so the parcel came back.'],
    ['ru', 'Вы неправильно указали номер квартиры.'],
    ['es-MX', 'Usted se equivocó al elegir la talla.'],
    ['pt-BR', 'Você digitou o CEP errado, por isso o pedido voltou.'],
    ['id', 'Anda salah memasukkan nomor rekening.'],
    ['ms', 'Encik telah salah memasukkan nombor akaun.'],
    ['ar', 'لقد أخطأت في كتابة رقم الطلب.'],
    ['tr', 'Adresi yanlış girdiniz, paket geri döndü.'],
    ['de', 'Sie haben die falsche Postleitzahl angegeben.'],
    ['fr', 'Vous avez saisi une mauvaise adresse.'],
  ])('finds criticism of the customer in %s', (locale, text) => {
    expect(checksOf(text, strictly(locale))).toEqual(['public_criticism']);
  });

  it.each([
    ['a conditional', 'If you entered the wrong code, request a new one.'],
    ['a hedge', 'It looks like the address didn’t come through correctly — could you check it?'],
    ['our mistake', 'Sorry, our mistake: we sent the wrong size.'],
    ['not your fault', 'It’s not your fault at all, the link expired early.'],
    ['criticism of the product', 'The charger of this model is known to overheat; we’ll send a new one.'],
    ['the agent’s own apology in Arabic', 'أعتذر، أخطأت في إرسال الرابط السابق.'],
    ['"salah satu" (one of)', 'Ibu salah satu pemenang undian bulan ini!'],
  ])('spares %s', (_, text) => {
    const locale = /[\u0600-\u06FF]/u.test(text) ? 'ar' : text.startsWith('Ibu') ? 'id' : 'en';
    expect(checksOf(text, strictly(locale))).toEqual([]);
  });

  it('warns in public for a careful profile, one-to-one too for a strict one, never for a normal one', () => {
    const text = 'Anda salah memasukkan kode voucher.';
    expect(checksOf(text, context(indonesian, { public: true }))).toEqual(['public_criticism']);
    expect(checksOf(text, context(indonesian, { public: false }))).toEqual([]);
    expect(checksOf(text, context(profileOf('id', { faceSaving: 'strict' })))).toEqual(['public_criticism']);
    expect(checksOf(text, context(profileOf('id'), { public: true }))).toEqual([]);
  });

  it('suggests a face-saving rewording in the language, Malay for a Malay profile', () => {
    const [malay] = checkCulture('Puan tidak membaca terma promosi.', strictly('ms'));
    expect(malay?.suggestion).toMatch(/^Nampaknya/u);
    const [english] = checkCulture('Ahmed, you should have checked the size chart.', strictly('ar'));
    expect(english?.suggestion).toMatch(/^It looks like/u);
  });

  it('gives one warning per criticising sentence', () => {
    const reply = 'You entered the wrong email. The parcel is fine. You didn’t read the terms either.';
    expect(checksOf(reply, strictly('en'))).toEqual(['public_criticism', 'public_criticism']);
  });
});

describe('long_sentences', () => {
  const reader = context(profileOf('id'), { address: 'Kak Putri', secondLanguage: true });
  const long =
    'The payment did not go through because the bank asked for a second verification step that expired after five minutes, so you will need to pay again.';

  it('warns about each long sentence for a customer reading a second language', () => {
    expect(checksOf(`${long} Thanks! ${long}`, reader)).toEqual(['long_sentences', 'long_sentences']);
    expect(checksOf(long, { ...reader, secondLanguage: false })).toEqual([]);
  });

  it('warns about a chain of clauses, not about a list or the comma after a greeting', () => {
    expect(
      checksOf('Open the app, go to Settings, tap Payments, choose the old card and press Remove.', reader),
    ).toEqual(['long_sentences']);
    expect(
      checksOf('Colours: red, blue, green, black, white, grey, pink and orange, all in sizes S to XL.', reader),
    ).toEqual([]);
    expect(checksOf('Hi Kak Putri, your order is ready, and the courier will pick it up today.', reader)).toEqual([]);
  });
});

describe('quiet_period', () => {
  const ramadan: CalendarEntry = {
    key: 'ramadan-1447-ID',
    country: 'ID',
    startsOn: '2026-02-18',
    endsOn: '2026-03-19',
    kind: 'quiet',
    name: 'Ramadan 1447',
    approximate: true,
    source: 'computed',
  };
  const campaign = (scheduledAt: string, more: Partial<CultureContext> = {}) =>
    context(indonesian, {
      address: 'Kak Dewi',
      proactive: true,
      scheduledAt: new Date(scheduledAt),
      quietPeriods: [ramadan],
      timeZone: 'Asia/Jakarta',
      ...more,
    });
  const text = 'Halo Kak Dewi, ada promo spesial untuk Kakak!';

  it('warns about a campaign on a day of the period, suggesting the first day after it', () => {
    expect(checkCulture(text, campaign('2026-03-03T03:00:00Z'))).toEqual([
      {
        check: 'quiet_period',
        text: '',
        start: 0,
        end: 0,
        suggestion: '2026-03-20 (after Ramadan 1447, which ends 2026-03-19 ±1 day)',
      },
    ]);
  });

  it('places the time on the customer’s local date', () => {
    // 18:00 UTC on the 17th is already the 18th in Jakarta; 18:00 UTC on the 19th is already the 20th.
    expect(checksOf(text, campaign('2026-02-17T18:00:00Z'))).toEqual(['quiet_period']);
    expect(checksOf(text, campaign('2026-03-19T18:00:00Z'))).toEqual([]);
    expect(checksOf(text, campaign('2026-03-19T18:00:00Z', { timeZone: null }))).toEqual(['quiet_period']);
    expect(checksOf(text, campaign('2026-03-19T18:00:00Z', { timeZone: 'Not/AZone' }))).toEqual(['quiet_period']);
  });

  it('leaves replies, messages the customer asked for and other kinds of day alone', () => {
    expect(checksOf(text, campaign('2026-03-03T03:00:00Z', { proactive: false }))).toEqual([]);
    expect(checksOf(text, campaign('2026-03-03T03:00:00Z', { scheduledAt: null }))).toEqual([]);
    expect(
      checksOf(text, campaign('2026-03-03T03:00:00Z', { quietPeriods: [{ ...ramadan, kind: 'holiday' }] })),
    ).toEqual([]);
  });

  it('says "±1 day" only for computed dates, and skips a period that follows straight on', () => {
    const exact = { ...ramadan, approximate: false, source: 'account' as const };
    const after = { ...exact, key: 'after', name: 'Quiet week', startsOn: '2026-03-20', endsOn: '2026-03-26' };
    expect(checkCulture(text, campaign('2026-03-03T03:00:00Z', { quietPeriods: [exact, after] }))[0]?.suggestion).toBe(
      '2026-03-27 (after Quiet week, which ends 2026-03-26)',
    );
  });
});

describe('checkCulture', () => {
  it('gives warnings that fit the contract, whole-reply ones first, then in the order of the text', () => {
    const reply = 'Halo Sari, kamu salah memasukkan alamat. Baik Pak Sari, kami kirim ulang.';
    const warnings = checkCulture(reply, {
      ...context(indonesian, { address: 'Ibu Sari', chosenHonorific: 'Ibu', public: true }),
      proactive: true,
      scheduledAt: new Date('2026-03-03T03:00:00Z'),
      quietPeriods: [
        {
          key: 'r',
          country: 'ID',
          startsOn: '2026-02-18',
          endsOn: '2026-03-19',
          kind: 'quiet',
          name: 'Ramadan',
          approximate: true,
          source: 'computed',
        },
      ],
    });
    expect(warnings.map((warning) => warning.check)).toEqual([
      'quiet_period',
      // The criticising sentence starts the reply, before the bare name inside it.
      'public_criticism',
      'missing_honorific',
      'informal_you',
      'wrong_honorific',
    ]);
    for (const warning of warnings) {
      expect(CultureWarning.parse(warning)).toEqual(warning);
      expect(reply.slice(warning.start, warning.end)).toBe(warning.text);
    }
  });

  it('keeps a warning’s words under 300 characters in a run-on sentence', () => {
    const reply = `${'Kami sudah memeriksa pesanan dan '.repeat(20)}Anda salah memasukkan alamat ${'dan kami mohon maaf '.repeat(20)}.`;
    const [warning] = checkCulture(reply, context(indonesian, { public: true }));
    expect(warning?.text.length).toBeLessThanOrEqual(300);
    expect(warning?.text).toContain('Anda salah memasukkan');
  });
});
