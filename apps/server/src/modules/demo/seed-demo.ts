import { count } from 'drizzle-orm';
import { seedDemoReviews } from '../quality/seed-demo-reviews';
import { accounts, macros, type Database } from '@sincere/db';
import { seedAccount, seedConversation, seedCustomer, seedMessage, seedUser } from '@sincere/db/testing';
import type { Clock } from '../../context';
import { hashPassword } from '../auth/password';
import { appendEvents, type NewConversationEvent } from '../conversations/event-log';
import { DEMO_ACCOUNT, DEMO_CONVERSATIONS, DEMO_CUSTOMERS, DEMO_MACROS, DEMO_PASSWORD, DEMO_USERS } from './demo-data';

export interface DemoSignIn {
  accountId: string;
  email: string;
  password: string;
}

export const DEMO_ADMIN_EMAIL = DEMO_USERS.find((user) => user.role === 'admin')?.email ?? 'admin@demo.sincere.local';

export async function hasAnyAccount(database: Database): Promise<boolean> {
  const [row] = await database.db.select({ n: count() }).from(accounts);
  return (row?.n ?? 0) > 0;
}

/**
 * Creates the demo workspace in one transaction: a crash half-way leaves no
 * half-seeded account, and the next start seeds again. Times are relative to
 * `clock()`, so the demo always looks recent.
 */
export async function seedDemo(database: Database, clock: Clock): Promise<DemoSignIn> {
  const now = clock().getTime();
  const hashes = await Promise.all(DEMO_USERS.map(() => hashPassword(DEMO_PASSWORD)));
  const accountId = await database.db.transaction(async (tx) => {
    const account = await seedAccount(tx, { ...DEMO_ACCOUNT, createdAt: new Date(now - 30 * 86_400_000) });
    const userIds = new Map<string, string>();
    for (const [index, user] of DEMO_USERS.entries()) {
      const { key, ...fields } = user;
      const row = await seedUser(tx, account.id, { ...fields, passwordHash: hashes[index] ?? null, status: 'active' });
      userIds.set(key, row.id);
    }
    await tx.insert(macros).values(DEMO_MACROS.map((macro) => ({ accountId: account.id, ...macro })));
    const customerIds = new Map<string, string>();
    for (const { key, ...fields } of DEMO_CUSTOMERS) {
      const row = await seedCustomer(tx, account.id, { email: null, phone: null, ...fields });
      customerIds.set(key, row.id);
    }
    for (const demo of DEMO_CONVERSATIONS) {
      const startedAt = now - demo.startedHoursAgo * 3_600_000;
      const at = (minutes: number) => new Date(startedAt + minutes * 60_000);
      const lastAt = at(Math.max(0, ...demo.messages.map((message) => message.minutesAfterStart)));
      const assigneeId = demo.assignee ? (userIds.get(demo.assignee) ?? null) : null;
      const conversation = await seedConversation(tx, account.id, required(customerIds, demo.customer), {
        channel: demo.channel,
        subject: demo.subject,
        language: demo.language,
        status: demo.status,
        priority: demo.priority,
        assigneeId,
        createdAt: at(0),
        updatedAt: lastAt,
        lastMessageAt: lastAt,
      });
      const base = { accountId: account.id, conversationId: conversation.id };
      const events: NewConversationEvent[] = [
        {
          ...base,
          type: 'conversation.created',
          actorType: 'customer',
          actorId: conversation.customerId,
          data: { channel: demo.channel },
          occurredAt: at(0),
        },
      ];
      for (const message of demo.messages) {
        const authorUserId = message.author ? (userIds.get(message.author) ?? null) : null;
        const row = await seedMessage(tx, account.id, conversation.id, {
          direction: message.direction,
          authorUserId,
          body: message.body,
          language: demo.language,
          createdAt: at(message.minutesAfterStart),
        });
        if (
          assigneeId &&
          message.direction === 'outbound' &&
          !events.some((event) => event.type === 'conversation.assigned')
        ) {
          events.push({
            ...base,
            type: 'conversation.assigned',
            actorType: 'system',
            actorId: null,
            data: { assigneeId },
            occurredAt: row.createdAt,
          });
        }
        events.push({
          ...base,
          type:
            message.direction === 'inbound'
              ? 'message.inbound'
              : message.direction === 'outbound'
                ? 'message.outbound'
                : 'note.added',
          actorType: message.direction === 'inbound' ? 'customer' : 'user',
          actorId: message.direction === 'inbound' ? conversation.customerId : authorUserId,
          data: { messageId: row.id },
          occurredAt: row.createdAt,
        });
      }
      if (assigneeId && !events.some((event) => event.type === 'conversation.assigned')) {
        events.push({
          ...base,
          type: 'conversation.assigned',
          actorType: 'system',
          actorId: null,
          data: { assigneeId },
          occurredAt: at(1),
        });
      }
      if (demo.status !== 'open') {
        events.push({
          ...base,
          type: 'conversation.status_changed',
          actorType: 'user',
          actorId: assigneeId,
          data: { from: 'open', to: demo.status },
          occurredAt: lastAt,
        });
      }
      // Settled history: nothing for routing or SLA to react to.
      await appendEvents(tx, events, { outbox: false });
    }
    return account.id;
  });
  await seedDemoReviews(database.db, new Date(now), accountId);
  return { accountId, email: DEMO_ADMIN_EMAIL, password: DEMO_PASSWORD };
}

function required(map: Map<string, string>, key: string): string {
  const value = map.get(key);
  if (!value) throw new Error(`demo data names unknown key ${key}`);
  return value;
}
