import WebSocket from 'ws';
import { API, REALTIME_PATH } from '@sincere/contracts';
import type { BenchCaller } from './http-client';

export interface RealtimeResult {
  /** Milliseconds from just before the POST to each socket's `message.created` for it. */
  deliveries: number[];
  /** Per post: the slowest socket. */
  slowest: number[];
  /** The POST's own round trip. */
  posts: number[];
  /** Deliveries that did not arrive within the wait. */
  lost: number;
  sockets: number;
}

export interface RealtimePlan {
  /** Server base URLs; socket i connects to servers[i % n] (two processes: half the sockets get deltas through Redis). */
  servers: string[];
  /** Signed-in agents; socket i is one more browser tab of listeners[i % n]. */
  listeners: BenchCaller[];
  sockets: number;
  /** Customer messages come from an integration token; replies from an agent. Both post to the first server. */
  customer: BenchCaller;
  replier: BenchCaller;
  /** Open conversations of the account: customers write in any, the replier answers in its own. */
  customerConversations: string[];
  replierConversations: string[];
  posts: number;
  marker: string;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const WAIT_MS = 10_000;

/**
 * Connects the sockets, then posts messages one after the other (even: a customer
 * message through the API token, odd: an agent's reply) and times, for every socket,
 * the moment its `message.created` delta for that message arrives. Frames are matched
 * by a marker in the body before any parsing, so that 500 sockets' other deltas cost
 * this process little.
 */
export async function measureRealtime(plan: RealtimePlan): Promise<RealtimeResult> {
  let waiting: { marker: string; startedAt: number; got: number[]; done: () => void } | null = null;
  const sockets = await Promise.all(
    Array.from({ length: plan.sockets }, (_, i) =>
      connect(plan, i, (text) => {
        if (waiting && text.includes(waiting.marker) && text.includes('"message.created"')) {
          waiting.got.push(performance.now() - waiting.startedAt);
          if (waiting.got.length === plan.sockets) waiting.done();
        }
      }),
    ),
  );
  const result: RealtimeResult = { deliveries: [], slowest: [], posts: [], lost: 0, sockets: sockets.length };
  try {
    for (let i = 0; i < plan.posts; i += 1) {
      const fromCustomer = i % 2 === 0;
      const conversations = fromCustomer ? plan.customerConversations : plan.replierConversations;
      const conversationId = conversations[i % conversations.length];
      if (!conversationId) throw new Error('no conversation to post to');
      const marker = `${plan.marker}-${i}`;
      let done = () => undefined as void;
      const all = new Promise<void>((resolve) => (done = resolve));
      const got: number[] = [];
      const startedAt = performance.now();
      waiting = { marker, startedAt, got, done };
      const poster = fromCustomer ? plan.customer : plan.replier;
      const posted = await poster.post(API.conversationMessages(conversationId), {
        direction: fromCustomer ? 'inbound' : 'outbound',
        body: `${fromCustomer ? 'Hello, where is my order?' : 'Thanks for waiting, it ships today.'} ${marker}`,
      });
      if (posted.status !== 201 && posted.status !== 200) {
        throw new Error(`posting a message failed: ${posted.status} ${JSON.stringify(posted.body)}`);
      }
      result.posts.push(posted.clientMs);
      await Promise.race([all, sleep(WAIT_MS)]);
      waiting = null;
      result.deliveries.push(...got);
      result.lost += plan.sockets - got.length;
      result.slowest.push(Math.max(...got));
      // Agents do not all write at once: leave the server a moment between messages.
      await sleep(50);
    }
  } finally {
    for (const socket of sockets) socket.terminate();
  }
  return result;
}

function connect(plan: RealtimePlan, i: number, onText: (text: string) => void): Promise<WebSocket> {
  const listener = plan.listeners[i % plan.listeners.length];
  const server = plan.servers[i % plan.servers.length];
  if (!listener || !server) throw new Error('no listener or server');
  const socket = new WebSocket(`${server.replace(/^http/, 'ws')}${REALTIME_PATH}`, {
    headers: { cookie: listener.cookie },
    perMessageDeflate: false,
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`socket ${i} got no ready`)), 30_000);
    socket.on('message', (data: Buffer) => {
      const text = data.toString('utf8');
      if (text.startsWith('{"type":"ready"')) {
        clearTimeout(timer);
        resolve(socket);
      } else {
        onText(text);
      }
    });
    socket.on('error', reject);
    socket.on('close', (code) => reject(new Error(`socket ${i} closed: ${code}`)));
  });
}
