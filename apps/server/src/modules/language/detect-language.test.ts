import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language';

describe('detectLanguage', () => {
  it('reads Cyrillic as Russian and Arabic script as Arabic, whatever the hints say', () => {
    expect(
      detectLanguage('Здравствуйте, я живу на Бали, доставка сюда возможна?', { phone: '+62 812-5530-1187' }),
    ).toEqual({ language: 'ru', confidence: 'high', reasons: ['script:cyrillic'] });
    expect(detectLanguage('وين طلبي؟', { locale: 'en-US', country: 'MY' })).toEqual({
      language: 'ar',
      confidence: 'high',
      reasons: ['script:arabic'],
    });
  });

  it('keeps an English loanword from turning a Russian or Arabic message English', () => {
    expect(detectLanguage('refund когда будет?').language).toBe('ru');
    expect(detectLanguage('мой order 55120 где?').language).toBe('ru');
    expect(detectLanguage('الـ OTP ما وصل').language).toBe('ar');
  });

  it('finds no language in a message with nothing to go on', () => {
    for (const text of ['ok', '👍', '123', 'https://shop.example/orders/88123', 'haha ok']) {
      expect(detectLanguage(text), text).toEqual({ language: null, confidence: 'low', reasons: [] });
    }
  });

  it('falls back to the earlier messages, then the phone, with low confidence, for a message with nothing in it', () => {
    expect(detectLanguage('ok', { earlier: ['а когда привезут?'] })).toEqual({
      language: 'ru',
      confidence: 'low',
      reasons: ['earlier'],
    });
    expect(detectLanguage('👍', { phone: '+90 532 441 20 19' })).toEqual({
      language: 'tr',
      confidence: 'low',
      reasons: ['phone:+90'],
    });
  });

  it('reads a bare courtesy as English only when nothing is known about the customer', () => {
    expect(detectLanguage('thanks')).toMatchObject({ language: 'en', confidence: 'low' });
    expect(detectLanguage('thanks', { phone: '+7 916 204-11-83' })).toMatchObject({
      language: 'ru',
      confidence: 'low',
    });
    expect(detectLanguage('thank you', { earlier: ['kak, paket saya udah sampai belum ya?'] }).language).toBe('id');
  });

  it('tells Malay from Indonesian by the everyday words that differ, without any hint', () => {
    expect(detectLanguage('saya nak tanya pasal pesanan, bila nak sampai?')).toMatchObject({ language: 'ms' });
    expect(detectLanguage('macam mana nak tukar kata laluan?').language).toBe('ms');
    expect(detectLanguage('npe x hantar lagi').language).toBe('ms');
    expect(detectLanguage('kak, paketnya kok belum dikirim? udah 3 hari nih')).toMatchObject({ language: 'id' });
    expect(detectLanguage('gimana cara ganti password? kode OTP nggak masuk').language).toBe('id');
  });

  it('names the words that told Malay from Indonesian first among the reasons', () => {
    const found = detectLanguage('saya tak boleh log masuk, tolong semak');
    expect(found.language).toBe('ms');
    expect(found.reasons[0]).toMatch(/^words:.*tak/u);
  });

  it('lets the hints decide between Indonesian and Malay for words the two share, with low confidence', () => {
    expect(detectLanguage('terima kasih', { phone: '+60 12-903 3321' })).toMatchObject({
      language: 'ms',
      confidence: 'low',
      reasons: ['phone:+60', 'words:terima,kasih', 'text'],
    });
    expect(detectLanguage('terima kasih', { phone: '+62 812-7788-1200' })).toMatchObject({ language: 'id' });
    expect(detectLanguage('baik, saya tunggu', { locale: 'ms-MY' }).language).toBe('ms');
    expect(detectLanguage('baik, saya tunggu', { locale: 'in' }).language).toBe('id');
    expect(detectLanguage('terima kasih')).toMatchObject({ language: 'id', confidence: 'low' });
  });

  it('lets the words win over hints that point to the other of Indonesian and Malay', () => {
    const worker = { phone: '+60 11-2345 8876', country: 'MY', locale: 'ms-MY' };
    expect(detectLanguage('Kak, saya TKI di Malaysia, bisa kirim ke Johor nggak?', worker).language).toBe('id');
    expect(detectLanguage('Saya dari KL, boleh hantar ke sini tak?', { phone: '+62 815-3300-7781' }).language).toBe(
      'ms',
    );
  });

  it('lets a message clearly in another language win over every hint', () => {
    const indonesian = { phone: '+62 811-902-334', country: 'ID', locale: 'id-ID' };
    expect(detectLanguage('Hello, I bought the premium plan but it still shows free', indonesian)).toMatchObject({
      language: 'en',
      confidence: 'high',
    });
    const brazilian = { phone: '+55 21 99102-3345', locale: 'pt-BR', country: 'BR' };
    expect(detectLanguage('disculpa, no hablo portugués. ¿me ayudan con el reembolso?', brazilian).language).toBe('es');
    expect(
      detectLanguage('oi, não falo espanhol. o reembolso já saiu?', { country: 'MX', locale: 'es-MX' }).language,
    ).toBe('pt');
  });

  it('takes Turkish letters as a strong cue and still finds Turkish written without them', () => {
    expect(detectLanguage('teşekkürler')).toMatchObject({ language: 'tr' });
    expect(detectLanguage('İade ne zaman?').language).toBe('tr');
    expect(detectLanguage('siparisim nerde').language).toBe('tr');
    expect(detectLanguage('sifremi unuttum, kod gelmiyor').language).toBe('tr');
  });

  it('tells Spanish from Portuguese in near-identical phrases', () => {
    expect(detectLanguage('tengo un problema con mi pedido').language).toBe('es');
    expect(detectLanguage('tenho um problema com meu pedido').language).toBe('pt');
    expect(detectLanguage('no puedo entrar a mi cuenta').language).toBe('es');
    expect(detectLanguage('nao consigo entrar na minha conta').language).toBe('pt');
  });

  it('reads "2x" as twice, not as the Malay "x" (tak)', () => {
    expect(detectLanguage('kenapa saya ditagih 2x? kok bisa').language).toBe('id');
  });

  it('tips a close call towards the language the hints point to, saying so', () => {
    const found = detectLanguage('refund?', { phone: '+60 12-448 9021' });
    expect(found).toMatchObject({ language: 'ms', confidence: 'low' });
    expect(found.reasons).toContain('phone:+60');
    expect(detectLanguage('refund?').language).toBe('en');
  });

  it('reads the phone calling code with "00" too, and ignores a number without one', () => {
    expect(detectLanguage('terima kasih', { phone: '0060 12 903 3321' }).language).toBe('ms');
    expect(detectLanguage('terima kasih', { phone: '012-903 3321' })).toMatchObject({
      language: 'id',
      reasons: ['words:terima,kasih', 'text'],
    });
  });
});
