import type { User } from '@sincere/contracts';
import { describe, expect, it } from 'vitest';
import { calibrationRequestOf, eligibleReviewers, toggle } from './calibration-draft';

let next = 0;
const user = (name: string, role: User['role'], status: User['status'] = 'active'): User => {
  next += 1;
  return {
    id: `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`,
    accountId: '00000000-0000-4000-8000-00000000aaaa',
    email: `${name.toLowerCase()}@example.com`,
    name,
    role,
    locale: 'en',
    status,
    lastSignInAt: null,
    createdAt: '2025-01-10T10:00:00.000Z',
  };
};

describe('the new calibration round draft', () => {
  it('ticks and unticks conversations, and takes no more once the limit is reached', () => {
    expect(toggle(['a'], 'b', 3)).toEqual(['a', 'b']);
    expect(toggle(['a', 'b'], 'a', 3)).toEqual(['b']);
    expect(toggle(['a', 'b', 'c'], 'd', 3)).toEqual(['a', 'b', 'c']);
    expect(toggle(['a', 'b', 'c'], 'b', 3)).toEqual(['a', 'c']);
  });

  it('sends the name trimmed and the ids as ticked', () => {
    expect(
      calibrationRequestOf({ name: '  March round ', conversationIds: ['c1', 'c2'], reviewerIds: ['r2', 'r1'] }),
    ).toEqual({ name: 'March round', conversationIds: ['c1', 'c2'], reviewerIds: ['r2', 'r1'] });
  });

  it('offers active reviewers, leads and admins as scorers — reviewers first — but no agents or deactivated people', () => {
    const people = [
      user('Zoe', 'admin'),
      user('Anton', 'agent'),
      user('Mila', 'reviewer'),
      user('Boris', 'lead'),
      user('Alla', 'reviewer'),
      user('Gone', 'reviewer', 'deactivated'),
      user('Invited', 'lead', 'invited'),
    ];
    expect(eligibleReviewers(people, 'en').map((person) => person.name)).toEqual(['Alla', 'Mila', 'Boris', 'Zoe']);
  });
});
