import { describe, expect, it } from 'vitest';
import { ConversationAccess } from './conversation-access';

function setup(answer: (accountId: string, id: string) => Promise<boolean>, maxEntries?: number) {
  let now = 0;
  const asked: string[] = [];
  const lookup = (accountId: string, id: string) => {
    asked.push(`${accountId}:${id}`);
    return answer(accountId, id);
  };
  const access = new ConversationAccess(lookup, () => now, maxEntries);
  return { access, asked, advance: (ms: number) => (now += ms) };
}

describe('ConversationAccess', () => {
  it('asks the database once for many events about one conversation, even while the first answer is pending', async () => {
    const { access, asked } = setup(async (accountId) => accountId === 'a');
    const answers = await Promise.all([
      access.belongs('a', 'c1'),
      access.belongs('a', 'c1'),
      access.belongs('b', 'c1'),
    ]);
    expect(answers).toEqual([true, true, false]);
    expect(await access.belongs('a', 'c1')).toBe(true);
    expect(asked).toEqual(['a:c1', 'b:c1']);
  });

  it('remembers a no for a short while only, and a yes for longer', async () => {
    const { access, asked, advance } = setup(async (accountId) => accountId === 'a');
    await access.belongs('a', 'c1');
    await access.belongs('b', 'c1');
    advance(30_000);
    await access.belongs('a', 'c1');
    await access.belongs('b', 'c1');
    expect(asked).toEqual(['a:c1', 'b:c1', 'b:c1']);
    advance(10 * 60_000);
    await access.belongs('a', 'c1');
    expect(asked).toEqual(['a:c1', 'b:c1', 'b:c1', 'a:c1']);
  });

  it('does not remember a failed query', async () => {
    let fail = true;
    const { access, asked } = setup(async () => {
      if (fail) throw new Error('database away');
      return true;
    });
    await expect(access.belongs('a', 'c1')).rejects.toThrow('database away');
    fail = false;
    expect(await access.belongs('a', 'c1')).toBe(true);
    expect(asked).toHaveLength(2);
  });

  it('keeps at most the configured number of answers, dropping the oldest', async () => {
    const { access, asked } = setup(async () => true, 2);
    await access.belongs('a', 'c1');
    await access.belongs('a', 'c2');
    await access.belongs('a', 'c3');
    await access.belongs('a', 'c2');
    await access.belongs('a', 'c1');
    expect(asked).toEqual(['a:c1', 'a:c2', 'a:c3', 'a:c1']);
  });
});
