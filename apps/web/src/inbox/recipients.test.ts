import { ForwardConversationRequest } from '@sincere/contracts';
import { describe, expect, it } from 'vitest';
import { validate } from '../forms/validate';
import { parseRecipients, recipientsProblem } from './recipients';

const problemOf = (text: string) => {
  const to = parseRecipients(text);
  const checked = validate(ForwardConversationRequest, { to, includeNotes: false });
  return checked.ok ? null : recipientsProblem(checked.problems, to);
};

describe('forward recipients', () => {
  it('splits on commas, semicolons, spaces and new lines, dropping repeats', () => {
    expect(
      parseRecipients(' ann@example.com, bob@example.com;carol@example.com\n  ANN@example.com  dan@example.com,,'),
    ).toEqual(['ann@example.com', 'bob@example.com', 'carol@example.com', 'dan@example.com']);
    expect(parseRecipients(' , ')).toEqual([]);
  });

  it('accepts up to ten valid addresses', () => {
    const ten = Array.from({ length: 10 }, (_, index) => `p${index}@example.com`).join(', ');
    expect(problemOf(ten)).toBeNull();
  });

  it('asks for an address when there is none', () => {
    expect(problemOf('  ')).toEqual({ kind: 'required' });
  });

  it('names the first address that is not one', () => {
    expect(problemOf('ann@example.com bob@ carol')).toEqual({ kind: 'invalid', address: 'bob@' });
  });

  it('refuses more than ten, saying the limit', () => {
    const eleven = Array.from({ length: 11 }, (_, index) => `p${index}@example.com`).join(' ');
    expect(problemOf(eleven)).toEqual({ kind: 'tooMany', limit: 10 });
  });
});
