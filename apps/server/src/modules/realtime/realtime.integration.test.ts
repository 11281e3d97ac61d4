import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { API, REALTIME_PATH } from '@sincere/contracts';
import { createTestApp } from '../../testing/test-app';
import { seedAccountWithPeople } from '../../testing/seed-people';
import { openTestSocket, sessionCookie } from '../../testing/socket-client';
import { signIn } from '../../testing/http-client';

const t = await createTestApp();
let wsUrl = '';
beforeAll(async () => {
  const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
  wsUrl = address.replace('http', 'ws') + REALTIME_PATH;
});
afterAll(() => t.close());

const cookieOf = (email: string) => sessionCookie(t.app, email);
const connect = (cookie?: string) => openTestSocket(wsUrl, cookie);

describe('the agents’ WebSocket', () => {
  it('closes a socket that has no session with code 1008', async () => {
    const { closed } = connect();
    expect(await closed).toBe(1008);
  });

  it('greets a signed-in agent and answers ping with pong', async () => {
    const { agent } = await seedAccountWithPeople(t.database);
    const client = connect(await cookieOf(agent.email));
    expect(await client.waitFor((event) => event.type === 'ready')).toEqual({ type: 'ready', userId: agent.id });
    client.socket.send(JSON.stringify({ type: 'ping' }));
    await client.waitFor((event) => event.type === 'pong');
    client.socket.close();
  });

  it('closes the socket when a message does not match the contract', async () => {
    const { agent } = await seedAccountWithPeople(t.database);
    const client = connect(await cookieOf(agent.email));
    await client.waitFor((event) => event.type === 'ready');
    client.socket.send('{"type":"drop-tables"}');
    expect(await client.closed).toBe(1008);
  });

  it('pushes a role change to the account’s sockets as a typed delta, and never to another account', async () => {
    const a = await seedAccountWithPeople(t.database, 'Realtime A');
    const b = await seedAccountWithPeople(t.database, 'Realtime B');
    const leadOfA = connect(await cookieOf(a.lead.email));
    const leadOfB = connect(await cookieOf(b.lead.email));
    await leadOfA.waitFor((event) => event.type === 'ready');
    await leadOfB.waitFor((event) => event.type === 'ready');

    const admin = await signIn(t.app, a.admin.email);
    expect((await admin.request('PATCH', API.user(a.agent.id), { role: 'reviewer' })).status).toBe(200);

    const pushed = await leadOfA.waitFor((event) => event.type === 'user.updated');
    expect(pushed).toMatchObject({ type: 'user.updated', user: { id: a.agent.id, role: 'reviewer' } });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(leadOfB.events.filter((event) => event.type === 'user.updated')).toEqual([]);
    leadOfA.socket.close();
    leadOfB.socket.close();
  });

  it('answers a message sent before the session was looked up instead of dropping it', async () => {
    const { agent } = await seedAccountWithPeople(t.database);
    const client = connect(await cookieOf(agent.email));
    client.socket.on('open', () => client.socket.send(JSON.stringify({ type: 'ping' })));
    await client.waitFor((event) => event.type === 'pong');
    client.socket.close();
  });

  it('closes a person’s sockets as soon as they are deactivated', async () => {
    const people = await seedAccountWithPeople(t.database, 'Deactivated');
    const agentSocket = connect(await cookieOf(people.agent.email));
    const leadSocket = connect(await cookieOf(people.lead.email));
    await agentSocket.waitFor((event) => event.type === 'ready');
    await leadSocket.waitFor((event) => event.type === 'ready');
    const admin = await signIn(t.app, people.admin.email);
    expect((await admin.request('POST', API.deactivateUser(people.agent.id))).status).toBe(200);
    expect(await agentSocket.closed).toBe(1008);
    // Everyone else stays connected and hears about it.
    await leadSocket.waitFor((event) => event.type === 'user.updated' && event.user.status === 'deactivated');
    expect(leadSocket.socket.readyState).toBe(WebSocket.OPEN);
    leadSocket.socket.close();
  });
});
