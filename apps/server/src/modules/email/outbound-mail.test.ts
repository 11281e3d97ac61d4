import { describe, expect, it } from 'vitest';
import { referencesIn, replyReferences, replySubject, senderIn } from './outbound-mail';

describe('the headers of an email reply', () => {
  it('puts "Re:" before the subject once, on one line', () => {
    expect(replySubject('Broken kettle', 'Acme')).toBe('Re: Broken kettle');
    expect(replySubject('RE: Broken kettle', 'Acme')).toBe('RE: Broken kettle');
    expect(replySubject('Re[2]: Broken', 'Acme')).toBe('Re[2]: Broken');
    expect(replySubject('Two\r\n lines', 'Acme')).toBe('Re: Two lines');
    expect(replySubject('Reply needed', 'Acme')).toBe('Re: Reply needed');
    expect(replySubject(null, 'Acme')).toBe('Re: Acme');
  });

  it('lists the earlier references, then the answered message, each once, keeping the root when too many', () => {
    expect(replyReferences(['<a@x>', 'b@x'], '<b@x>')).toEqual(['a@x', 'b@x']);
    expect(replyReferences([], null)).toEqual([]);
    const many = Array.from({ length: 30 }, (_, index) => `m${index}@x`);
    const kept = replyReferences(many, 'last@x');
    expect(kept).toHaveLength(20);
    expect(kept[0]).toBe('m0@x');
    expect(kept.at(-1)).toBe('last@x');
  });

  it('reads references and the sender from what an inbound email kept', () => {
    expect(referencesIn({ references: ['a@x', 'b@x'] })).toEqual(['a@x', 'b@x']);
    expect(referencesIn({ references: '<a@x> <b@x>' })).toEqual(['a@x', 'b@x']);
    expect(referencesIn(null)).toEqual([]);
    expect(senderIn({ from: 'Ann <Ann@Example.com>' })).toBe('ann@example.com');
    expect(senderIn({ from: { address: 'bob@example.com', name: 'Bob' } })).toBe('bob@example.com');
    expect(senderIn({ from: 'not an address' })).toBeNull();
  });
});
