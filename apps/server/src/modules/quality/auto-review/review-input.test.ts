import { describe, expect, it } from 'vitest';
import { languageOf, lowerCased, readConversation } from './review-input';
import { conversation } from './test-conversation';

describe('readConversation', () => {
  it('leaves internal notes out and keeps each message’s index in the conversation', () => {
    const read = readConversation(
      conversation('en', [
        ['customer', 'Hi'],
        ['note', 'VIP customer'],
        ['agent', 'Hello!'],
      ]),
    );
    expect(read.messages.map((message) => message.index)).toEqual([0, 2]);
    expect(read.agent.map((message) => message.index)).toEqual([2]);
  });
});

describe('languageOf', () => {
  const lines = (text: string) => conversation(null, [['customer', text]]);

  it('takes the given language or locale, and none for a language without patterns', () => {
    expect(languageOf(conversation('es-MX', [['customer', 'Hola']]))).toBe('es');
    expect(languageOf(conversation('in', [['customer', 'Halo']]))).toBe('id');
    expect(languageOf(conversation('pt-BR', [['customer', 'Olá']]))).toBeNull();
  });

  it('guesses from the words when none is given', () => {
    expect(languageOf(lines('Здравствуйте, не приходит код'))).toBe('ru');
    expect(languageOf(lines('Hi, my order has not arrived and I need it for the weekend'))).toBe('en');
    expect(languageOf(lines('Hola, el pedido no ha llegado y lo necesito para el domingo'))).toBe('es');
    expect(languageOf(lines('Kak, pesanan saya belum sampai dari kemarin, tolong dicek ya'))).toBe('id');
    expect(languageOf(lines('Olá, meu pedido não chegou até hoje, você pode ver?'))).toBeNull();
  });
});

describe('lowerCased', () => {
  it('keeps the length, so offsets found in it quote the original', () => {
    expect(lowerCased('İSTANBUL Hello')).toHaveLength('İSTANBUL Hello'.length);
    expect(lowerCased('ПРИВЕТ')).toBe('привет');
  });
});
