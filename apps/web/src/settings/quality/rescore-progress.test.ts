import { describe, expect, it } from 'vitest';
import { rescoreProgress } from './rescore-progress';

describe('rescoreProgress', () => {
  it('says how far a running re-scoring has come, never rounding up to a finished 100 %', () => {
    expect(rescoreProgress({ status: 'running', done: 37, total: 120 })).toEqual({
      done: 37,
      total: 120,
      percent: 30,
      running: true,
    });
    expect(rescoreProgress({ status: 'running', done: 119, total: 120 }).percent).toBe(99);
  });

  it('counts a finished run with nothing to re-score as complete', () => {
    expect(rescoreProgress({ status: 'done', done: 0, total: 0 })).toMatchObject({ percent: 100, running: false });
  });

  it('shows a run that has not counted its reviews yet at 0 %', () => {
    expect(rescoreProgress({ status: 'running', done: 0, total: 0 })).toMatchObject({ percent: 0, running: true });
  });

  it('never shows more done than there is to do', () => {
    expect(rescoreProgress({ status: 'done', done: 130, total: 120 })).toMatchObject({ done: 120, percent: 100 });
  });
});
