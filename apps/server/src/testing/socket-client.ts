import WebSocket from 'ws';
import { API, ServerEvent, SESSION_COOKIE, type ClientEvent } from '@sincere/contracts';
import type { ZodApp } from '../http/route-types';
import { TEST_PASSWORD } from './seed-people';

/** The `cookie` header of a fresh session of this person. */
export async function sessionCookie(app: ZodApp, email: string, password = TEST_PASSWORD): Promise<string> {
  const response = await app.inject({ method: 'POST', url: API.signIn, payload: { email, password } });
  const cookie = response.cookies.find((entry) => entry.name === SESSION_COOKIE);
  if (!cookie) throw new Error(`no session cookie for ${email}: ${response.statusCode}`);
  return `${SESSION_COOKIE}=${cookie.value}`;
}

export interface TestSocket {
  socket: WebSocket;
  /** Every event received, checked against the contract. */
  events: ServerEvent[];
  /** The close code. */
  closed: Promise<number>;
  /** The newest event that matches, polling until `ms` passes. */
  waitFor<T extends ServerEvent>(predicate: (event: ServerEvent) => event is T, ms?: number): Promise<T>;
  waitFor(predicate: (event: ServerEvent) => boolean, ms?: number): Promise<ServerEvent>;
  send(event: ClientEvent): void;
}

/** A WebSocket to the agents' realtime path, recording what it receives. */
export function openTestSocket(url: string, cookie?: string): TestSocket {
  const socket = new WebSocket(url, cookie ? { headers: { cookie } } : {});
  const events: ServerEvent[] = [];
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  socket.on('message', (data: Buffer) => events.push(ServerEvent.parse(JSON.parse(data.toString('utf8')))));
  const waitFor = async (predicate: (event: ServerEvent) => boolean, ms = 3_000): Promise<ServerEvent> => {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
      const found = events.findLast(predicate);
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`no matching event within ${ms} ms; got ${JSON.stringify(events)}`);
  };
  return { socket, events, closed, waitFor, send: (event) => socket.send(JSON.stringify(event)) };
}
