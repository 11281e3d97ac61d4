import { REALTIME_PATH, ServerEvent, type ClientEvent } from '@sincere/contracts';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { reconnectDelay } from './backoff';

export type ConnectionStatus = 'connecting' | 'online' | 'offline';

// Below the idle timeouts of common proxies (often 30–60 s), so they keep the socket open.
const PING_INTERVAL_MS = 25_000;

function socketUrl(): string {
  const protocol = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${protocol}//${window.location.host}${REALTIME_PATH}`;
}

// The server closes with this code when the socket's session is not (or no longer) valid.
const POLICY_VIOLATION = 1008;

interface Handlers {
  onEvent: (event: ServerEvent) => void;
  /** The server refused the socket; the session may have ended. */
  onRejected: () => void;
}

/** Sends an event if the socket is open; dropped otherwise (senders repeat what matters after `ready`). */
export type SendEvent = (event: ClientEvent) => void;

/** Holds the agent's WebSocket open while mounted: reconnects with backoff and keeps it alive with pings. */
export function useRealtimeSocket(handlers: Handlers): { status: ConnectionStatus; send: SendEvent } {
  const [status, setStatus] = useState<ConnectionStatus>('connecting');
  const socketRef = useRef<WebSocket | null>(null);
  const handlersRef = useRef(handlers);
  useLayoutEffect(() => {
    handlersRef.current = handlers;
  });

  useEffect(() => {
    let socket: WebSocket | null = null;
    let attempt = 0;
    let disposed = false;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let pingTimer: ReturnType<typeof setInterval> | undefined;

    const send = (event: ClientEvent) => socket?.readyState === WebSocket.OPEN && socket.send(JSON.stringify(event));

    const connect = () => {
      setStatus(attempt === 0 ? 'connecting' : 'offline');
      const current = new WebSocket(socketUrl());
      socket = current;
      socketRef.current = current;
      current.onopen = () => {
        attempt = 0;
        setStatus('online');
        pingTimer = setInterval(() => send({ type: 'ping' }), PING_INTERVAL_MS);
      };
      current.onmessage = (message) => {
        const parsed = ServerEvent.safeParse(safeJson(message.data));
        if (parsed.success) handlersRef.current.onEvent(parsed.data);
      };
      current.onclose = (event) => {
        clearInterval(pingTimer);
        if (disposed) return;
        if (event.code === POLICY_VIOLATION) handlersRef.current.onRejected();
        setStatus('offline');
        retryTimer = setTimeout(connect, reconnectDelay(attempt++));
      };
    };

    connect();
    return () => {
      disposed = true;
      clearTimeout(retryTimer);
      clearInterval(pingTimer);
      socket?.close();
    };
  }, []);

  const sendEvent = useCallback<SendEvent>((event) => {
    const socket = socketRef.current;
    if (socket?.readyState === WebSocket.OPEN) socket.send(JSON.stringify(event));
  }, []);
  return { status, send: sendEvent };
}

function safeJson(data: unknown): unknown {
  if (typeof data !== 'string') return null;
  try {
    return JSON.parse(data);
  } catch {
    return null;
  }
}
