import { useEffect, useLayoutEffect, useRef } from 'react';

type Listener = (conversationId: string) => void;
const listeners = new Set<Listener>();

/**
 * Told by this tab's own changes (a promise tracked from the composer, a follow-up planned while resolving), so
 * the promises section shows them at once, without waiting for the socket's event.
 */
export function notifyPromisesChanged(conversationId: string): void {
  listeners.forEach((listener) => listener(conversationId));
}

/** Calls `onChange` when this tab changed the promises or follow-ups of the conversation. */
export function usePromisesChanged(conversationId: string, onChange: () => void): void {
  const ref = useRef(onChange);
  useLayoutEffect(() => {
    ref.current = onChange;
  });
  useEffect(() => {
    const listener: Listener = (id) => {
      if (id === conversationId) ref.current();
    };
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }, [conversationId]);
}
