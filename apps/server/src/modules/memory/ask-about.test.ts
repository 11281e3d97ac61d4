import { describe, expect, it } from 'vitest';
import { pickAskAbout } from './ask-about';

const fact = (text: string, mentionedAt: string, status = 'confirmed') => ({
  text,
  status,
  mentionedAt: new Date(mentionedAt),
});

describe('what to ask about', () => {
  const facts = [
    fact('daughter started first grade', '2026-09-12T10:00:00Z'),
    fact('dog Max', '2026-03-01T10:00:00Z'),
    fact('likes latte', '2026-05-01T10:00:00Z'),
    fact('plays padel', '2026-07-01T10:00:00Z'),
    fact('watches drakor', '2026-10-01T10:00:00Z'),
    fact('only a suggestion', '2026-09-30T10:00:00Z', 'suggested'),
  ];

  it('offers the three facts told most recently before this contact began, newest first', () => {
    const picked = pickAskAbout(facts, new Date('2026-09-20T00:00:00Z'));
    expect(picked.map((f) => f.text)).toEqual(['daughter started first grade', 'plays padel', 'likes latte']);
  });

  it('leaves out what the customer said in this very contact', () => {
    const picked = pickAskAbout(facts, new Date('2026-09-12T10:00:00Z'));
    expect(picked.map((f) => f.text)).not.toContain('daughter started first grade');
  });

  it('offers the newest confirmed facts when no conversation is given, never a suggestion', () => {
    expect(pickAskAbout(facts, null).map((f) => f.text)).toEqual([
      'watches drakor',
      'daughter started first grade',
      'plays padel',
    ]);
  });

  it('offers nothing to a customer whose facts were all told in this contact', () => {
    expect(pickAskAbout(facts, new Date('2026-01-01T00:00:00Z'))).toEqual([]);
  });
});
