import type { WidgetServerEvent } from '@sincere/contracts';
import type { WidgetApi } from './api';

const PING_MS = 25_000;
const MAX_BACKOFF_MS = 30_000;

/**
 * The socket that brings the team's replies and typing. It reconnects by itself with a growing pause; a
 * socket the server closed as a policy violation (1008: the session expired) reconnects with a new session.
 */
export class LiveLine {
  private socket: WebSocket | null = null;
  private ping: ReturnType<typeof setInterval> | undefined;
  private retry: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private stopped = true;

  constructor(
    private readonly api: WidgetApi,
    private readonly onEvent: (event: WidgetServerEvent) => void,
  ) {}

  start(fresh = false): void {
    this.stopped = false;
    this.drop();
    void this.api.open(fresh).then(
      (session) => {
        if (!this.stopped) this.connect(session.token);
      },
      () => this.later(false),
    );
  }

  stop(): void {
    this.stopped = true;
    this.drop();
  }

  private connect(token: string): void {
    const socket = new WebSocket(this.api.socketUrl(token));
    this.socket = socket;
    socket.onmessage = (message) => {
      let event: WidgetServerEvent;
      try {
        event = JSON.parse(String(message.data)) as WidgetServerEvent;
      } catch {
        return;
      }
      if (event.type === 'ready') this.failures = 0;
      this.onEvent(event);
    };
    socket.onclose = (closed) => {
      if (this.socket !== socket) return;
      this.socket = null;
      clearInterval(this.ping);
      this.later(closed.code === 1008);
    };
    this.ping = setInterval(() => {
      if (socket.readyState === WebSocket.OPEN) socket.send('{"type":"ping"}');
    }, PING_MS);
  }

  private later(renew: boolean): void {
    if (this.stopped) return;
    const pause = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** this.failures);
    this.failures += 1;
    clearTimeout(this.retry);
    this.retry = setTimeout(() => this.start(renew), pause);
  }

  private drop(): void {
    clearTimeout(this.retry);
    clearInterval(this.ping);
    const socket = this.socket;
    this.socket = null;
    socket?.close();
  }
}
