import { describe, expect, it } from 'vitest';
import { findMentions } from './find-mentions';

const people = [
  { id: 'ann', name: 'Ann', email: 'ann@shop.test' },
  { id: 'ann-lee', name: 'Ann Lee', email: 'lee@shop.test' },
  { id: 'olga', name: 'Ольга Смирнова', email: 'olga@shop.test' },
  { id: 'amira', name: 'أميرة حسن', email: 'amira@shop.test' },
];

describe('findMentions', () => {
  it('finds a display name with a space, case-insensitively', () => {
    expect(findMentions('@ann lee please check the refund', people)).toEqual(['ann-lee']);
  });

  it('prefers the longest name that fits', () => {
    expect(findMentions('@Ann Lee and @Ann, look', people)).toEqual(['ann-lee', 'ann']);
  });

  it('finds people by email', () => {
    expect(findMentions('cc @olga@shop.test.', people)).toEqual(['olga']);
  });

  it('finds Cyrillic and Arabic names', () => {
    expect(findMentions('@ольга смирнова, посмотри; @أميرة حسن', people)).toEqual(['olga', 'amira']);
  });

  it('ignores an unknown @word, a name that continues into another word, and an @ inside an email address', () => {
    expect(findMentions('@nobody @Annabel write to support@Ann', people)).toEqual([]);
  });

  it('names each person once however often they are mentioned', () => {
    expect(findMentions('@Ann @ann @ANN', people)).toEqual(['ann']);
  });
});
