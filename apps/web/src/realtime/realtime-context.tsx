import { API, SessionResponse, type ServerEvent } from '@sincere/contracts';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { apiGet } from '../api/client';
import { useSignedIn } from '../session/session-context';
import { useRealtimeSocket, type ConnectionStatus, type SendEvent } from './use-realtime-socket';

type Listener = (event: ServerEvent) => void;

interface RealtimeContextValue {
  status: ConnectionStatus;
  subscribe: (listener: Listener) => () => void;
  send: SendEvent;
}

const RealtimeContext = createContext<RealtimeContextValue | null>(null);

/** One socket per signed-in tab; pages subscribe to the events they care about. */
export function RealtimeProvider({ children }: { children: ReactNode }) {
  const { session, updateUser } = useSignedIn();
  const [listeners] = useState(() => new Set<Listener>());
  const currentUserId = session.user.id;

  const { status, send } = useRealtimeSocket({
    onEvent: (event) => {
      // Another tab or an admin changed this user (name, role, language): apply it here too.
      if (event.type === 'user.updated' && event.user.id === currentUserId) updateUser(event.user);
      listeners.forEach((listener) => listener(event));
    },
    // Ask over HTTP whether the session still holds; a 401 there takes the app back to sign-in.
    onRejected: () => void apiGet(API.session, SessionResponse).catch(() => undefined),
  });

  const subscribe = useCallback(
    (listener: Listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    [listeners],
  );
  const value = useMemo(() => ({ status, subscribe, send }), [status, subscribe, send]);
  return <RealtimeContext.Provider value={value}>{children}</RealtimeContext.Provider>;
}

export function useConnectionStatus(): ConnectionStatus {
  return useRealtime().status;
}

/** Calls `listener` for every server event while the component is mounted. */
export function useServerEvents(listener: Listener): void {
  const { subscribe } = useRealtime();
  const listenerRef = useRef(listener);
  useLayoutEffect(() => {
    listenerRef.current = listener;
  });
  useEffect(() => subscribe((event) => listenerRef.current(event)), [subscribe]);
}

/** Sends a client event over the tab's socket; dropped while it is not connected. */
export function useRealtimeSend(): SendEvent {
  return useRealtime().send;
}

function useRealtime(): RealtimeContextValue {
  const value = useContext(RealtimeContext);
  if (!value) throw new Error('Realtime hooks need a RealtimeProvider');
  return value;
}
