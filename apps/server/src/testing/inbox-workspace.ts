import { expect } from 'vitest';
import { API, type Message } from '@sincere/contracts';
import { signIn, withToken, type Caller } from './http-client';
import { seedAccountWithPeople } from './seed-people';
import type { TestApp } from './test-app';

/**
 * An account with one person of each role, its admin and agent signed in, and
 * an integration token that writes as the customer (the API channel).
 * `beforeWrite` runs before each `write` (tests that move the clock a step).
 */
export async function inboxWorkspace(
  t: Pick<TestApp, 'app' | 'database'>,
  name: string,
  options: { beforeWrite?: () => void } = {},
) {
  const people = await seedAccountWithPeople(t.database, name);
  const admin = await signIn(t.app, people.admin.email);
  const token = await admin.request('POST', API.apiTokens, { name: 'channel' });
  expect(token.status).toBe(201);
  const agent = await signIn(t.app, people.agent.email);
  const channel: Caller = withToken(t.app, token.body.secret);
  /** A customer message (through the channel), a reply or a note (by the agent); must be stored. */
  const write = async (conversationId: string, direction: Message['direction'], body: string): Promise<Message> => {
    options.beforeWrite?.();
    const caller = direction === 'inbound' ? channel : agent;
    const response = await caller.request('POST', API.conversationMessages(conversationId), { direction, body });
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    return response.body as Message;
  };
  return { people, admin, agent, channel, write };
}
