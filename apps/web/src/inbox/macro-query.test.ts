import { describe, expect, it } from 'vitest';
import type { Macro } from '@sincere/contracts';
import { findSlashQuery, insertMacro, matchMacros } from './macro-query';

const macro = (name: string, shortcut: string | null, scope: Macro['scope'] = 'shared'): Macro => ({
  id: name,
  name,
  shortcut,
  scope,
  ownerUserId: null,
  variants: { default: name },
  createdAt: '2026-11-25T10:00:00.000Z',
  updatedAt: '2026-11-25T10:00:00.000Z',
});

describe('slash query', () => {
  it('finds "/word" at the start of the text or after a space, up to the caret', () => {
    expect(findSlashQuery('/ref', 4)).toEqual({ start: 0, query: 'ref' });
    expect(findSlashQuery('Hello /Возв', 11)).toEqual({ start: 6, query: 'возв' });
    expect(findSlashQuery('Hello /', 7)).toEqual({ start: 6, query: '' });
  });

  it('ignores slashes inside words and links, and text after the caret', () => {
    expect(findSlashQuery('and/or', 6)).toBeNull();
    expect(findSlashQuery('see https://x.io/path', 21)).toBeNull();
    expect(findSlashQuery('/refund now', 11)).toBeNull();
    expect(findSlashQuery('/refund now', 7)).toEqual({ start: 0, query: 'refund' });
  });
});

describe('matching macros', () => {
  const macros = [
    macro('Refund policy', 'refund'),
    macro('Refund — personal', 'refund2', 'personal'),
    macro('Greeting', 'hello'),
    macro('Delivery delay', null),
  ];

  it('puts the exact shortcut first, then prefixes, then names', () => {
    expect(matchMacros(macros, 'refund').map((item) => item.name)).toEqual(['Refund policy', 'Refund — personal']);
    expect(matchMacros(macros, 'del').map((item) => item.name)).toEqual(['Delivery delay']);
  });

  it('lists everything for a bare slash, personal first', () => {
    expect(matchMacros(macros, '').map((item) => item.name)).toEqual([
      'Refund — personal',
      'Delivery delay',
      'Greeting',
      'Refund policy',
    ]);
  });

  it('finds nothing rather than guessing', () => {
    expect(matchMacros(macros, 'zzz')).toEqual([]);
  });
});

describe('inserting', () => {
  it('replaces the slash word and puts the caret after the text', () => {
    const text = 'Hi! /gre thanks';
    expect(insertMacro(text, { start: 4, query: 'gre' }, 'Hello Olga')).toEqual({
      text: 'Hi! Hello Olga thanks',
      caret: 14,
    });
  });
});
