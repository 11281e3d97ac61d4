import { describe, expect, it } from 'vitest';
import {
  baseAddress,
  newReplyToken,
  replyMessageId,
  replyToAddress,
  replyTokenOf,
  replyTokenOfMessageId,
  subjectKey,
} from './reply-token';

describe('reply tokens', () => {
  it('round-trips a token through the Reply-To address and our Message-ID', () => {
    const token = newReplyToken();
    expect(token).toMatch(/^[0-9a-f]{20}$/);
    expect(replyToAddress('support@acme.test', token)).toBe(`support+${token}@acme.test`);
    expect(replyTokenOf(`Support+${token}@Acme.test`)).toBe(token);
    expect(replyTokenOf('support@acme.test')).toBeNull();
    const id = replyMessageId('0190-abc', token, 'acme.test');
    expect(id).toBe(`0190-abc.${token}@acme.test`);
    expect(replyTokenOfMessageId(`<${id}>`)).toBe(token);
  });

  it('finds no token in other people’s Message-IDs', () => {
    expect(replyTokenOfMessageId('1066976914.4721.5.camel@localhost')).toBeNull();
    expect(replyTokenOfMessageId('CAF=abc@mail.gmail.com')).toBeNull();
  });

  it('takes the +tag off an address', () => {
    expect(baseAddress('Support+abc@Acme.Test')).toBe('support@acme.test');
    expect(baseAddress('<support@acme.test>')).toBe('support@acme.test');
    expect(baseAddress('nonsense')).toBeNull();
  });
});

describe('subject keys', () => {
  it('strips reply and forward prefixes in many languages, case and whitespace', () => {
    const key = 'where is my order?';
    for (const subject of [
      'Where is my order?',
      'Re: Where is my order?',
      'RE: RE:  Where  is my order?',
      'Fwd: Re: where is my order?',
      'FW: Where is my order?',
      'AW: WG: Where is my order?',
      'Ответ: Where is my order?',
      'RE[2]: Where is my order?',
      'TR: SV: VS: Where is my order?',
    ]) {
      expect(subjectKey(subject)).toBe(key);
    }
    expect(subjectKey('Ответ: Заказ №5')).toBe('заказ №5');
  });

  it('gives no key to an empty subject', () => {
    expect(subjectKey('')).toBeNull();
    expect(subjectKey('Re: ')).toBeNull();
    expect(subjectKey(null)).toBeNull();
  });
});
