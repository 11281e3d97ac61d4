import { useSyncExternalStore } from 'react';

// pushState fires no event, so navigate() announces changes itself; popstate covers back/forward.
const NAVIGATE_EVENT = 'sincere:navigate';

export function navigate(path: string, options: { replace?: boolean } = {}): void {
  if (path === currentPath()) return;
  if (options.replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}

function currentPath(): string {
  return window.location.pathname + window.location.search;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

/** The current path and query; re-renders on navigate(), back and forward. */
export function useLocation(): { pathname: string; search: string } {
  const path = useSyncExternalStore(subscribe, currentPath);
  const queryStart = path.indexOf('?');
  return queryStart < 0
    ? { pathname: path, search: '' }
    : { pathname: path.slice(0, queryStart), search: path.slice(queryStart) };
}
