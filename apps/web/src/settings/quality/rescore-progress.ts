import type { RescoreRun } from '@sincere/contracts';

/** How often the settings page asks how re-scoring is going, while it runs. */
export const RESCORE_POLL_MS = 2_000;

export interface RescoreProgress {
  done: number;
  total: number;
  /** Whole percent, for the words beside the bar; 100 once a run with nothing to do has finished. */
  percent: number;
  running: boolean;
}

export function rescoreProgress(run: Pick<RescoreRun, 'done' | 'total' | 'status'>): RescoreProgress {
  const running = run.status === 'running';
  const done = Math.min(run.done, run.total);
  const percent = run.total > 0 ? Math.floor((done / run.total) * 100) : running ? 0 : 100;
  return { done, total: run.total, percent, running };
}
