import { afterAll, describe, expect, it } from 'vitest';
import {
  API,
  CUSTOMER_PROFILE_API,
  PROMISES_API,
  WEBHOOK_API,
  type AgentPromise,
  type ConversationDetail,
  type FollowUp,
  type NotificationPage,
  type PromisePage,
  type ReplyCheck,
} from '@sincere/contracts';
import { createTestApp } from '../../testing/test-app';
import { inboxWorkspace } from '../../testing/inbox-workspace';
import { signIn, type Caller } from '../../testing/http-client';
import { sweepPromises } from './sweep-promises';

const t = await createTestApp();
afterAll(() => t.close());

/** Thursday 26 November 2026, 11:02 in Moscow. */
const MORNING = new Date('2026-11-26T08:02:00Z');
const at = (iso: string) => new Date(iso);

/** A Moscow customer's conversation, with the agent's reply "специалист приедет сегодня до 15:30". */
async function promiseWorkspace(name: string) {
  t.setNow(MORNING);
  const w = await inboxWorkspace(t, name);
  const lead = await signIn(t.app, w.people.lead.email);
  const opened = await w.channel.request('POST', API.conversations, {
    customer: { name: 'Ольга Смирнова', email: `olga-${name}@example.com` },
    language: 'ru',
    message: { body: 'Здравствуйте, у меня потекла труба под раковиной!' },
  });
  expect(opened.status).toBe(201);
  const conversation = opened.body as ConversationDetail;
  const profile = await w.agent.request('PATCH', CUSTOMER_PROFILE_API.customer(conversation.customer.id), {
    timeZone: 'Europe/Moscow',
    country: 'RU',
  });
  expect(profile.status, JSON.stringify(profile.body)).toBe(200);
  return { ...w, lead, conversationId: conversation.id };
}

async function confirm(caller: Caller, conversationId: string, body: Record<string, unknown>) {
  const response = await caller.request('POST', PROMISES_API.conversationPromises(conversationId), body);
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body as AgentPromise;
}

async function notificationsOf(caller: Caller) {
  const response = await caller.request('GET', API.notifications);
  expect(response.status).toBe(200);
  return (response.body as NotificationPage).items;
}

async function eventTypes(caller: Caller, conversationId: string) {
  const response = await caller.request('GET', API.conversation(conversationId));
  return (response.body as ConversationDetail).events.map((event) => event.type);
}

describe('promises', () => {
  it('proposes the promise in a draft with its due time in the customer’s zone, and coaching beside it', async () => {
    const w = await promiseWorkspace('Draft');
    const response = await w.agent.request('POST', PROMISES_API.replyCheck(w.conversationId), {
      text: 'Ольга, специалист приедет сегодня до 15:30.',
    });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    const check = response.body as ReplyCheck;
    expect(check.promises).toHaveLength(1);
    expect(check.promises[0]?.dueAt && new Date(check.promises[0].dueAt).toISOString()).toBe(
      '2026-11-26T12:30:00.000Z',
    );
    expect(check.defaultDueAt).toBe('2026-11-27T08:02:00.000Z');
    // Nothing is tracked until the agent confirms.
    const listed = await w.agent.request('GET', PROMISES_API.conversationPromises(w.conversationId));
    expect(listed.body).toEqual({ items: [] });
  });

  it('tracks a confirmed promise, reminds its owner before it falls due, breaks it after and tells the lead', async () => {
    const w = await promiseWorkspace('Lifecycle');
    const hook = await w.admin.request('POST', WEBHOOK_API.webhooks, {
      url: 'http://127.0.0.1:9/hook',
      allowPrivate: true,
      events: ['promise.made', 'promise.broken'],
    });
    expect(hook.status, JSON.stringify(hook.body)).toBe(201);
    const reply = await w.write(w.conversationId, 'outbound', 'Ольга, специалист приедет сегодня до 15:30.');
    const promise = await confirm(w.agent, w.conversationId, {
      what: 'специалист приедет',
      dueAt: '2026-11-26T12:30:00.000Z',
      timeText: 'сегодня до 15:30',
      messageId: reply.id,
    });
    expect(promise).toMatchObject({
      status: 'open',
      owner: { id: w.people.agent.id },
      remindAt: '2026-11-26T12:00:00.000Z',
    });

    t.setNow(at('2026-11-26T11:59:00Z'));
    expect(await sweepPromises(t.ctx)).toMatchObject({ reminded: 0, broken: 0 });
    t.setNow(at('2026-11-26T12:05:00Z'));
    expect(await sweepPromises(t.ctx)).toMatchObject({ reminded: 1, broken: 0 });
    // A second sweep (another process, a retry) reminds nobody twice.
    expect(await sweepPromises(t.ctx)).toMatchObject({ reminded: 0, broken: 0 });
    const agentNotes = await notificationsOf(w.agent);
    expect(agentNotes.map((note) => [note.kind, note.promiseId])).toEqual([['promise_due_soon', promise.id]]);
    expect(await notificationsOf(w.lead)).toEqual([]);

    t.setNow(at('2026-11-26T12:31:00Z'));
    expect(await sweepPromises(t.ctx)).toMatchObject({ broken: 1 });
    const due = await w.lead.request('GET', `${PROMISES_API.promises}?owner=anyone`);
    expect((due.body as PromisePage).items.map((item) => [item.id, item.status, item.customer?.name])).toEqual([
      [promise.id, 'broken', 'Ольга Смирнова'],
    ]);
    expect((await notificationsOf(w.lead)).map((note) => note.kind)).toEqual(['promise_broken']);
    expect((await notificationsOf(w.agent)).map((note) => note.kind)).toEqual(['promise_broken', 'promise_due_soon']);
    expect(await eventTypes(w.agent, w.conversationId)).toEqual(
      expect.arrayContaining(['promise.made', 'promise.reminded', 'promise.broken']),
    );
    const deliveries = await w.admin.request('GET', WEBHOOK_API.webhookDeliveries(hook.body.id as string));
    expect((deliveries.body as { items: { eventType: string }[] }).items.map((item) => item.eventType).sort()).toEqual([
      'promise.broken',
      'promise.made',
    ]);

    // Kept late is still kept, and says so.
    const kept = await w.agent.request('POST', PROMISES_API.keepPromise(promise.id), {});
    expect(kept.status).toBe(200);
    expect(kept.body).toMatchObject({ status: 'kept', evidence: { kind: 'owner' }, keptBy: { id: w.people.agent.id } });
    const again = await w.agent.request('POST', PROMISES_API.cancelPromise(promise.id), { reason: 'oops' });
    expect(again.status).toBe(409);
  });

  it('uses the account’s default delay for a promise without a time, and confirming twice tracks it once', async () => {
    const w = await promiseWorkspace('Default');
    const reply = await w.write(w.conversationId, 'outbound', 'Мы разберёмся и вернёмся к вам.');
    const first = await confirm(w.agent, w.conversationId, { what: 'разберёмся и вернёмся', messageId: reply.id });
    expect(first.dueAt).toBe('2026-11-27T08:02:00.000Z');
    expect(first.timeText).toBeNull();
    const second = await w.agent.request('POST', PROMISES_API.conversationPromises(w.conversationId), {
      what: 'разберёмся и вернёмся',
      messageId: reply.id,
    });
    expect(second.status).toBe(200);
    expect((second.body as AgentPromise).id).toBe(first.id);
  });

  it('refuses a promise due in the past, an owner who is not an agent, and a message of another conversation', async () => {
    const w = await promiseWorkspace('Refusals');
    const past = await w.agent.request('POST', PROMISES_API.conversationPromises(w.conversationId), {
      what: 'call back',
      dueAt: '2026-11-26T07:00:00.000Z',
    });
    expect(past.status).toBe(422);
    expect(past.body.error.fields).toEqual({ dueAt: 'Must be in the future' });
    const reviewerOwned = await w.agent.request('POST', PROMISES_API.conversationPromises(w.conversationId), {
      what: 'call back',
      ownerId: w.people.reviewer.id,
    });
    expect(reviewerOwned.status).toBe(422);
    expect(Object.keys(reviewerOwned.body.error.fields as object)).toEqual(['ownerId']);
    const other = await w.channel.request('POST', API.conversations, {
      customer: { name: 'Other' },
      message: { body: 'hi' },
    });
    const foreign = (other.body as ConversationDetail).messages[0]?.id;
    const wrongMessage = await w.agent.request('POST', PROMISES_API.conversationPromises(w.conversationId), {
      what: 'call back',
      messageId: foreign,
    });
    expect(wrongMessage.status).toBe(422);
    const reviewer = await signIn(t.app, w.people.reviewer.email);
    const byReviewer = await reviewer.request('POST', PROMISES_API.conversationPromises(w.conversationId), {
      what: 'call back',
    });
    expect(byReviewer.status).toBe(403);
  });

  it('lets only the owner, a lead or an admin change a promise; an edit moves the reminder', async () => {
    const w = await promiseWorkspace('Owners');
    const promise = await confirm(w.lead, w.conversationId, { what: 'перезвоню', dueAt: '2026-11-26T15:00:00.000Z' });
    const byAgent = await w.agent.request('PATCH', PROMISES_API.promise(promise.id), { what: 'x' });
    expect(byAgent.status).toBe(403);
    const moved = await w.lead.request('PATCH', PROMISES_API.promise(promise.id), {
      dueAt: '2026-11-27T09:00:00.000Z',
      ownerId: w.people.agent.id,
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ remindAt: '2026-11-27T08:30:00.000Z', owner: { id: w.people.agent.id } });
    const cancelled = await w.agent.request('POST', PROMISES_API.cancelPromise(promise.id), {
      reason: 'Клиент передумал',
    });
    expect(cancelled.body).toMatchObject({ status: 'cancelled', cancelReason: 'Клиент передумал' });
    const noReason = await w.agent.request('POST', PROMISES_API.cancelPromise(promise.id), {});
    expect(noReason.status).toBe(422);
  });

  it('keeps a promise when the agent’s later reply says it is done, with that reply as evidence', async () => {
    const w = await promiseWorkspace('Evidence');
    const promise = await confirm(w.agent, w.conversationId, {
      what: 'заменим лампу',
      dueAt: '2026-11-26T15:00:00.000Z',
    });
    t.setNow(at('2026-11-26T10:00:00Z'));
    const done = await w.write(
      w.conversationId,
      'outbound',
      'Готово, лампу у кровати заменили. Могу ещё чем-то помочь?',
    );
    const listed = await w.agent.request('GET', PROMISES_API.conversationPromises(w.conversationId));
    const [kept] = (listed.body as { items: AgentPromise[] }).items;
    expect(kept).toMatchObject({ id: promise.id, status: 'kept', evidence: { kind: 'message', messageId: done.id } });
  });

  it('asks what happens to open promises when resolving, and keeps the owner when the customer comes back', async () => {
    const w = await promiseWorkspace('Resolve');
    await w.write(w.conversationId, 'outbound', 'Перезвоню завтра утром.');
    const promise = await confirm(w.agent, w.conversationId, { what: 'перезвоню', dueAt: '2026-11-27T09:00:00.000Z' });
    const asked = await w.agent.request('PATCH', API.conversation(w.conversationId), { status: 'resolved' });
    expect(asked.status).toBe(409);
    expect(asked.body.error.code).toBe('open_promises');
    const noReason = await w.agent.request('PATCH', API.conversation(w.conversationId), {
      status: 'resolved',
      openPromises: 'cancel',
    });
    expect(noReason.status).toBe(422);
    const resolved = await w.agent.request('PATCH', API.conversation(w.conversationId), {
      status: 'resolved',
      openPromises: 'mark_kept',
    });
    expect(resolved.status, JSON.stringify(resolved.body)).toBe(200);
    const listed = await w.agent.request('GET', PROMISES_API.conversationPromises(w.conversationId));
    expect((listed.body as { items: AgentPromise[] }).items[0]).toMatchObject({ id: promise.id, status: 'kept' });

    await w.write(w.conversationId, 'inbound', 'Снова капает!');
    const detail = (await w.agent.request('GET', API.conversation(w.conversationId))).body as ConversationDetail;
    expect(detail.status).toBe('open');
    expect(detail.assignee?.id).toBe(w.people.agent.id);
  });

  it('sends a planned follow-up in the owner’s name at its time, once', async () => {
    const w = await promiseWorkspace('Follow-up');
    await w.write(w.conversationId, 'outbound', 'Трубу заменили.');
    const planned = await w.agent.request('POST', PROMISES_API.conversationFollowUps(w.conversationId), {
      dueAt: '2026-11-28T08:00:00.000Z',
      mode: 'send',
      body: 'Ольга, добрый день! Труба больше не подтекает?',
    });
    expect(planned.status, JSON.stringify(planned.body)).toBe(201);
    const reminder = await w.agent.request('POST', PROMISES_API.conversationFollowUps(w.conversationId), {
      dueAt: '2026-11-28T08:00:00.000Z',
      mode: 'remind',
      body: 'Позвонить Ольге лично',
    });
    expect(reminder.status).toBe(201);
    const resolved = await w.agent.request('PATCH', API.conversation(w.conversationId), { status: 'resolved' });
    expect(resolved.status).toBe(200);

    t.setNow(at('2026-11-28T08:01:00Z'));
    expect(await sweepPromises(t.ctx)).toMatchObject({ followUps: 2 });
    expect(await sweepPromises(t.ctx)).toMatchObject({ followUps: 0 });
    const detail = (await w.agent.request('GET', API.conversation(w.conversationId))).body as ConversationDetail;
    const sent = detail.messages.filter((message) => message.body.includes('больше не подтекает'));
    expect(sent.map((message) => [message.direction, message.author?.id])).toEqual([['outbound', w.people.agent.id]]);
    const followUps = await w.agent.request('GET', PROMISES_API.conversationFollowUps(w.conversationId));
    expect((followUps.body as { items: FollowUp[] }).items.map((item) => item.status).sort()).toEqual([
      'reminded',
      'sent',
    ]);
    expect((await notificationsOf(w.agent)).map((note) => note.kind)).toEqual(['follow_up_due']);
  });

  it('moves promises with the conversation when it is merged into another', async () => {
    const w = await promiseWorkspace('Merge');
    const promise = await confirm(w.agent, w.conversationId, { what: 'перезвоню', dueAt: '2026-11-27T09:00:00.000Z' });
    const other = await w.channel.request('POST', API.conversations, {
      customer: { name: 'Ольга Смирнова', email: 'olga-Merge@example.com' },
      message: { body: 'И ещё вопрос' },
    });
    const targetId = (other.body as ConversationDetail).id;
    const merged = await w.agent.request('POST', API.conversationMerge(targetId), { sourceId: w.conversationId });
    expect(merged.status, JSON.stringify(merged.body)).toBeLessThan(300);
    const listed = await w.agent.request('GET', PROMISES_API.conversationPromises(targetId));
    expect((listed.body as { items: AgentPromise[] }).items.map((item) => item.id)).toEqual([promise.id]);
  });
});

describe('the API document', () => {
  it('describes the promise, follow-up and reply-check routes with their schemas', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const document = response.json<{
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    }>();
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/conversations/{id}/reply-check',
        '/api/v1/conversations/{id}/promises',
        '/api/v1/promises',
        '/api/v1/promises/{id}',
        '/api/v1/promises/{id}/keep',
        '/api/v1/promises/{id}/cancel',
        '/api/v1/conversations/{id}/follow-ups',
        '/api/v1/follow-ups/{id}',
      ]),
    );
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining(['AgentPromise', 'PromiseSuggestion', 'CoachingWarning', 'ReplyCheck', 'FollowUp']),
    );
  });
});
