import type { ConversationSummary } from '@sincere/contracts';
import { describe, expect, it } from 'vitest';
import { applyRowUpdate, membership } from './list-deltas';

const ME = '00000000-0000-4000-8000-000000000001';

function row(id: string, changes: Partial<ConversationSummary> = {}): ConversationSummary {
  return {
    id,
    customer: { id: 'c', name: 'Customer' },
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
    createdAt: '2026-01-01T00:00:00.000Z',
    lastMessageAt: null,
    sla: null,
    mergedIntoId: null,
    ...changes,
  };
}

describe('membership', () => {
  it('puts an open unassigned conversation in "unassigned" and takes it out once assigned', () => {
    const unassigned = { assignee: 'none', status: ['open'] } as const;
    expect(membership({ ...unassigned, status: ['open'] }, row('a'), ME)).toBe('in');
    const assigned = row('a', { assignee: { id: ME, name: 'Me' } });
    expect(membership({ ...unassigned, status: ['open'] }, assigned, ME)).toBe('out');
    expect(membership({ assignee: 'me' }, assigned, ME)).toBe('in');
  });

  it('leaves team membership to the server', () => {
    expect(membership({ team: 'mine' }, row('a', { team: { id: 't', name: 'T' } }), ME)).toBe('unknown');
    expect(membership({ team: 'mine' }, row('a'), ME)).toBe('out');
  });
});

describe('applyRowUpdate', () => {
  const waiting = (id: string, since: string) => row(id, { waitingSince: since });

  it('inserts a new row where it sorts by waiting time', () => {
    const items = [waiting('a', '2026-01-01T10:00:00Z'), waiting('c', '2026-01-01T12:00:00Z')];
    const result = applyRowUpdate({ items, hasMore: false }, waiting('b', '2026-01-01T11:00:00Z'), 'in', 'waiting');
    expect(result.map((item) => item.id)).toEqual(['a', 'b', 'c']);
  });

  it('leaves a row that sorts after the loaded page to the next page', () => {
    const items = [waiting('a', '2026-01-01T10:00:00Z')];
    const result = applyRowUpdate({ items, hasMore: true }, waiting('b', '2026-01-01T11:00:00Z'), 'in', 'waiting');
    expect(result.map((item) => item.id)).toEqual(['a']);
  });

  it('updates a row in place and removes it when it leaves the view', () => {
    const items = [row('a'), row('b')];
    const updated = applyRowUpdate({ items, hasMore: false }, row('a', { tags: ['vip'] }), 'unknown', 'oldest');
    expect(updated.find((item) => item.id === 'a')?.tags).toEqual(['vip']);
    expect(applyRowUpdate({ items, hasMore: false }, row('a'), 'out', 'oldest').map((item) => item.id)).toEqual(['b']);
  });
});
