import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { isAbort } from './describe-error';

type Key = string | number | boolean | null | undefined;

export interface Resource<T> {
  data: T | null;
  error: unknown;
  /** True until the request for the current keys has settled. */
  loading: boolean;
  reload: () => void;
  /** Local update after a mutation, without a round trip. */
  setData: (update: (current: T | null) => T | null) => void;
}

/**
 * Loads data for the given keys, cancels stale requests and keeps the last
 * result while a new one loads.
 */
export function useResource<T>(load: (signal: AbortSignal) => Promise<T>, keys: readonly Key[]): Resource<T> {
  const loadRef = useRef(load);
  useLayoutEffect(() => {
    loadRef.current = load;
  });
  const [version, setVersion] = useState(0);
  const key = JSON.stringify([...keys, version]);
  const [state, setState] = useState<{ key: string | null; data: T | null; error: unknown }>({
    key: null,
    data: null,
    error: null,
  });

  useEffect(() => {
    const controller = new AbortController();
    loadRef.current(controller.signal).then(
      (data) => setState({ key, data, error: null }),
      (error: unknown) => {
        if (!isAbort(error)) setState((current) => ({ key, data: current.data, error }));
      },
    );
    return () => controller.abort();
  }, [key]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const setData = useCallback(
    (update: (current: T | null) => T | null) => setState((current) => ({ ...current, data: update(current.data) })),
    [],
  );
  const settled = state.key === key;
  return { data: state.data, error: settled ? state.error : null, loading: !settled, reload, setData };
}
