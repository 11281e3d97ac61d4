import type { RescoreRun } from '@sincere/contracts';
import { useCallback, useEffect, useState } from 'react';
import { loadRescoreRun } from './quality-settings-api';
import { RESCORE_POLL_MS } from './rescore-progress';

export interface RescoreRunState {
  run: RescoreRun | null;
  /** True once this page started the run (by saving a new version) rather than finding it on arrival. */
  followed: boolean;
  /** Watch a run a save has just started. */
  follow: (run: RescoreRun) => void;
}

/** The latest re-scoring run, asked again every 2 s while it runs, so its progress bar moves. */
export function useRescoreRun(): RescoreRunState {
  const [run, setRun] = useState<RescoreRun | null>(null);
  const [followed, setFollowed] = useState(false);

  // A run started elsewhere, or before a reload, is still shown; one a save started meanwhile wins.
  useEffect(() => {
    const controller = new AbortController();
    loadRescoreRun(controller.signal).then(
      (latest) => setRun((current) => current ?? latest),
      () => undefined, // progress is extra information: the section works without it
    );
    return () => controller.abort();
  }, []);

  useEffect(() => {
    if (run?.status !== 'running') return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      // A failed poll stops polling rather than asking every 2 s forever; the bar keeps its last value.
      loadRescoreRun(controller.signal).then(
        (latest) => setRun(latest),
        () => undefined,
      );
    }, RESCORE_POLL_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [run]);

  const follow = useCallback((started: RescoreRun) => {
    setRun(started);
    setFollowed(true);
  }, []);
  return { run, followed, follow };
}
