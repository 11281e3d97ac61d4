import type { Dispute } from '@sincere/contracts';
import { describe, expect, it } from 'vitest';
import { reviewState } from './review-state';

const dispute = (status: Dispute['status']) => ({ status }) as Dispute;

describe('where a review stands', () => {
  it('puts an open dispute before everything else', () => {
    expect(
      reviewState({
        kind: 'manual',
        acknowledgedAt: '2026-11-20T10:00:00Z',
        disputes: [dispute('accepted'), dispute('open')],
      }),
    ).toBe('disputeOpen');
  });

  it('says a dispute is settled once a lead decided every one', () => {
    expect(reviewState({ kind: 'manual', acknowledgedAt: null, disputes: [dispute('rejected')] })).toBe(
      'disputeSettled',
    );
  });

  it('tells acknowledged reviews from new ones', () => {
    expect(reviewState({ kind: 'manual', acknowledgedAt: '2026-11-20T10:00:00Z', disputes: [] })).toBe('acknowledged');
    expect(reviewState({ kind: 'manual', acknowledgedAt: null, disputes: [] })).toBe('new');
  });

  it('gives automatic and calibration reviews no state: nobody acknowledges them', () => {
    expect(reviewState({ kind: 'automatic', acknowledgedAt: null, disputes: [] })).toBeNull();
    expect(reviewState({ kind: 'calibration', acknowledgedAt: null, disputes: [] })).toBeNull();
  });
});
