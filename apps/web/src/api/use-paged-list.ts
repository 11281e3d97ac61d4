import { useCallback, useState } from 'react';
import { isAbort } from './describe-error';
import { useResource } from './use-resource';

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export interface PagedList<T> {
  items: T[];
  hasMore: boolean;
  loading: boolean;
  loadingMore: boolean;
  error: unknown;
  loadMore: () => Promise<void>;
  reload: () => void;
  /** Local change to the loaded rows (a realtime delta), keeping the cursor. */
  setItems: (update: (items: T[]) => T[]) => void;
}

/** A keyset-paged list with "load more": the first page follows the keys, later pages are appended. */
export function usePagedList<T>(
  loadPage: (cursor: string | null, signal?: AbortSignal) => Promise<Page<T>>,
  keys: readonly (string | number | null | undefined)[],
): PagedList<T> {
  const first = useResource((signal) => loadPage(null, signal), keys);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const { data, setData } = first;

  const loadMore = useCallback(async () => {
    const cursor = data?.nextCursor;
    if (!cursor) return;
    setLoadingMore(true);
    setMoreError(null);
    try {
      const next = await loadPage(cursor);
      setData((current) => ({ items: [...(current?.items ?? []), ...next.items], nextCursor: next.nextCursor }));
    } catch (error) {
      if (!isAbort(error)) setMoreError(error);
    } finally {
      setLoadingMore(false);
    }
  }, [data, loadPage, setData]);
  const setItems = useCallback(
    (update: (items: T[]) => T[]) =>
      setData((current) => (current ? { ...current, items: update(current.items) } : current)),
    [setData],
  );

  return {
    items: data?.items ?? [],
    hasMore: Boolean(data?.nextCursor),
    loading: first.loading,
    loadingMore,
    error: first.error ?? moreError,
    loadMore,
    reload: first.reload,
    setItems,
  };
}
