import type { ConversationPage, ConversationSummary } from '@sincere/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findCustomerConversations, mergeTargets } from './customer-conversations';

const summary = (id: string, customerId: string, mergedIntoId: string | null = null): ConversationSummary => ({
  id: `00000000-0000-4000-8000-${id.padStart(12, '0')}`,
  customer: { id: customerId, name: 'Olga' },
  channel: 'api',
  subject: null,
  language: null,
  status: 'open',
  priority: 'normal',
  assignee: null,
  team: null,
  tags: [],
  snoozedUntil: null,
  cycle: 1,
  waitingSince: null,
  createdAt: '2026-01-01T00:00:00Z',
  lastMessageAt: null,
  sla: null,
  mergedIntoId,
});

const OLGA = '00000000-0000-4000-8000-0000000000aa';

/** Answers GET /conversations with the given pages in turn, and records what was asked. */
function serve(pages: ConversationPage[]) {
  const asked: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((path: string) => {
      asked.push(path);
      const page = pages[asked.length - 1] ?? { items: [], nextCursor: null };
      return Promise.resolve(new Response(JSON.stringify(page), { headers: { 'content-type': 'application/json' } }));
    }),
  );
  return asked;
}

afterEach(() => vi.unstubAllGlobals());

describe('finding a customer’s other conversations', () => {
  it('asks for the customer’s conversations page by page, most recent first, until the last page', async () => {
    const asked = serve([
      { items: [summary('1', OLGA), summary('2', OLGA)], nextCursor: 'c1' },
      { items: [summary('4', OLGA)], nextCursor: null },
    ]);
    const found = await findCustomerConversations(OLGA, new AbortController().signal);
    expect(found.items.map((item) => item.id.slice(-1))).toEqual(['1', '2', '4']);
    expect(found.complete).toBe(true);
    expect(asked).toEqual([
      `/api/v1/conversations?customerId=${OLGA}&sort=recent&limit=200`,
      `/api/v1/conversations?customerId=${OLGA}&sort=recent&limit=200&cursor=c1`,
    ]);
  });

  it('stops after five pages and says the search was partial', async () => {
    const asked = serve(Array.from({ length: 9 }, () => ({ items: [summary('1', OLGA)], nextCursor: 'more' })));
    const found = await findCustomerConversations(OLGA, new AbortController().signal);
    expect(asked).toHaveLength(5);
    expect(found.complete).toBe(false);
  });

  it('offers as targets neither the conversation itself nor one merged away already', () => {
    const current = summary('1', OLGA);
    const merged = summary('2', OLGA, current.id);
    const other = summary('3', OLGA);
    expect(mergeTargets([current, merged, other], current.id)).toEqual([other]);
  });
});
