import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, REALTIME_PATH, WIDGET_API, WidgetServerEvent } from '@sincere/contracts';
import { createTestApp, type TestApp } from '../../testing/test-app';
import { seedAccountWithPeople } from '../../testing/seed-people';
import { signIn } from '../../testing/http-client';
import { openTestSocket, sessionCookie } from '../../testing/socket-client';
import { seedWebChannel, widgetCaller } from './testing/widget-client';

let t: TestApp;
let base: string;
beforeAll(async () => {
  t = await createTestApp();
  base = (await t.app.listen({ port: 0, host: '127.0.0.1' })).replace(/^http/, 'ws');
});
afterAll(async () => {
  await t?.close();
});

/** The widget's socket, recording what it is pushed. */
function openWidgetSocket(token: string, origin?: string) {
  const socket = new WebSocket(`${base}${WIDGET_API.socket}?token=${encodeURIComponent(token)}`, {
    ...(origin ? { headers: { origin } } : {}),
  });
  const events: WidgetServerEvent[] = [];
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  socket.on('message', (data: Buffer) => events.push(WidgetServerEvent.parse(JSON.parse(data.toString('utf8')))));
  const waitFor = async (predicate: (event: WidgetServerEvent) => boolean, ms = 3_000) => {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
      const found = events.find(predicate);
      if (found) return found;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`no matching widget event within ${ms} ms; got ${JSON.stringify(events)}`);
  };
  return { socket, events, closed, waitFor };
}

async function workspace() {
  const people = await seedAccountWithPeople(t.database, `Widget live ${randomUUID()}`);
  const web = await seedWebChannel(t, people.account.id, { allowedOrigins: ['https://shop.example'] });
  const agent = await signIn(t.app, people.agent.email);
  return { ...people, ...web, agent };
}

describe('the widget’s live line', () => {
  it('pushes the team’s replies and reply typing in the visitor’s conversation, never notes', async () => {
    const w = await workspace();
    const visitor = widgetCaller(t);
    await visitor.session({ key: w.channel.address });
    const sent = await visitor.send('Can you help me?', randomUUID());
    const conversationId = sent.body.conversationId as string;
    const other = widgetCaller(t);
    await other.session({ key: w.channel.address });
    const otherSent = await other.send('I am someone else', randomUUID());

    const live = openWidgetSocket(visitor.token ?? '');
    const otherLive = openWidgetSocket(other.token ?? '');
    await live.waitFor((event) => event.type === 'ready');
    await otherLive.waitFor((event) => event.type === 'ready');

    // The agent opens the conversation and types a note, then a reply.
    const agentSocket = openTestSocket(
      `${base}${REALTIME_PATH}`,
      await sessionCookie(t.app, w.agent.session?.user.email ?? ''),
    );
    await agentSocket.waitFor((event) => event.type === 'ready');
    agentSocket.send({ type: 'viewing', conversationId });
    agentSocket.send({ type: 'typing', conversationId, kind: 'note' });
    await w.agent.request('POST', API.conversationMessages(conversationId), { direction: 'note', body: 'Secret note' });
    agentSocket.send({ type: 'typing', conversationId, kind: 'reply' });
    const typing = await live.waitFor((event) => event.type === 'typing' && event.forMs > 0);
    expect(typing).toMatchObject({ name: `agent of ${w.account.name}` });

    const reply = await w.agent.request('POST', API.conversationMessages(conversationId), {
      direction: 'outbound',
      body: 'Of course!',
    });
    expect(reply.status).toBe(201);
    const pushed = await live.waitFor((event) => event.type === 'message');
    expect(pushed).toMatchObject({ conversationId, message: { direction: 'outbound', body: 'Of course!' } });

    // A reply to the other visitor reaches only them.
    await w.agent.request('POST', API.conversationMessages(otherSent.body.conversationId), {
      direction: 'outbound',
      body: 'Hello someone else',
    });
    await otherLive.waitFor((event) => event.type === 'message');
    // Everything the first visitor got: typing of a reply and the reply, nothing of notes or the other visitor.
    expect(JSON.stringify(live.events)).not.toMatch(/Secret note|someone else/);
    expect(live.events.filter((event) => event.type === 'message')).toHaveLength(1);
    expect(otherLive.events.some((event) => event.type === 'typing')).toBe(false);
    live.socket.close();
    otherLive.socket.close();
    agentSocket.socket.close();
  });

  it('shows agents that the visitor is typing', async () => {
    const w = await workspace();
    const visitor = widgetCaller(t);
    await visitor.session({ key: w.channel.address });
    const sent = await visitor.send('Hello', randomUUID());
    const conversationId = sent.body.conversationId as string;
    const agentSocket = openTestSocket(
      `${base}${REALTIME_PATH}`,
      await sessionCookie(t.app, w.agent.session?.user.email ?? ''),
    );
    await agentSocket.waitFor((event) => event.type === 'ready');
    agentSocket.send({ type: 'viewing', conversationId });
    await agentSocket.waitFor((event) => event.type === 'conversation.activity.snapshot');

    expect((await visitor.call('POST', WIDGET_API.typing, { typing: true })).status).toBe(204);
    const activity = await agentSocket.waitFor(
      (event) => event.type === 'conversation.activity' && event.activity.typing?.kind === 'reply',
    );
    expect(activity).toMatchObject({
      conversationId,
      activity: { user: { name: expect.stringMatching(/^Visitor /) } },
    });
    agentSocket.socket.close();
  });

  it('closes a socket without a valid session, or from a site the channel does not allow', async () => {
    const w = await workspace();
    expect(await openWidgetSocket('made.up').closed).toBe(1008);
    const visitor = widgetCaller(t, { origin: 'https://shop.example' });
    await visitor.session({ key: w.channel.address });
    expect(await openWidgetSocket(visitor.token ?? '', 'https://evil.example').closed).toBe(1008);
    const allowed = openWidgetSocket(visitor.token ?? '', 'https://shop.example');
    await allowed.waitFor((event) => event.type === 'ready');
    allowed.socket.close();
  });
});
