import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  API,
  CHANNEL_API,
  CONNECTOR_API,
  CUSTOMER_FACTS_API,
  EMAIL_API,
  ETIQUETTE_API,
  PROMISES_API,
  QUALITY_API,
  WEBHOOK_API,
  type Review,
} from '@sincere/contracts';
import { seedConversation, seedCustomer } from '@sincere/db/testing';
import { eq } from 'drizzle-orm';
import { attachments, messages, notifications } from '@sincere/db';
import { createTestApp } from '../testing/test-app';
import { seedAccountWithPeople } from '../testing/seed-people';
import { signIn, uploadFile, withToken, type Caller } from '../testing/http-client';
import { DEFAULT_SCORECARD } from './quality/default-scorecard';
import { upsertAutomaticReview } from './quality/reviews.repository';
import { qualitySetup } from './quality/scorecards';

/**
 * The isolation proof: whatever account B holds, a person or token of account A
 * can neither read, change nor list it, and cannot even tell that it exists.
 * A new kind of object addressable by id is one more row in `KINDS`.
 */

const t = await createTestApp();
afterAll(() => t.close());

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
type Address = [Method, string, Record<string, unknown>?];

interface Tenant {
  people: Awaited<ReturnType<typeof seedAccountWithPeople>>;
  /** The account's admin, signed in. */
  admin: Caller;
}

interface ObjectKind {
  kind: string;
  /** Creates one object of this kind in the tenant's account and returns its id. */
  seed(tenant: Tenant): Promise<string>;
  /** Every request that names one object of this kind by id. */
  addresses(id: string): Address[];
  /** The list this kind appears in, and how to read the ids out of it. */
  list?: { path: string; ids(body: { items: { id: string }[] }): string[] };
  /** Checked as the owner after the other account's attempts: the object is as it was. */
  intact?(owner: Tenant, id: string): Promise<void>;
  /** Requests of `from` that name the object in their body (to attach it…): refused like an unknown id. */
  references?: (id: string, from: Tenant) => Promise<Address[]>;
}

const itemIds = (body: { items: { id: string }[] }) => body.items.map((item) => item.id);

const KINDS: ObjectKind[] = [
  {
    kind: 'user',
    seed: async ({ people }) => people.agent.id,
    addresses: (id) => [
      ['GET', API.user(id)],
      ['PATCH', API.user(id), { role: 'admin', name: 'Taken over' }],
      ['POST', API.deactivateUser(id)],
      ['POST', API.reactivateUser(id)],
    ],
    list: { path: API.users, ids: itemIds },
    async intact(owner, id) {
      const user = await owner.admin.request('GET', API.user(id));
      expect(user.body).toMatchObject({
        role: 'agent',
        status: 'active',
        name: `agent of ${owner.people.account.name}`,
      });
    },
  },
  {
    kind: 'api token',
    async seed({ admin }) {
      const created = await admin.request('POST', API.apiTokens, { name: 'integration' });
      return created.body.token.id;
    },
    addresses: (id) => [['DELETE', API.apiToken(id)]],
    list: { path: API.apiTokens, ids: itemIds },
    async intact(owner, id) {
      const tokens = await owner.admin.request('GET', API.apiTokens);
      expect(tokens.body.items.find((token: { id: string }) => token.id === id)?.revokedAt).toBeNull();
    },
  },
  {
    kind: 'conversation',
    async seed({ people }) {
      const customer = await seedCustomer(t.database.db, people.account.id);
      return (await seedConversation(t.database.db, people.account.id, customer.id, { subject: 'Private matter' })).id;
    },
    addresses: (id) => [
      ['GET', API.conversation(id)],
      ['PATCH', API.conversation(id), { status: 'resolved', tags: ['taken'] }],
      ['POST', API.conversationMessages(id), { direction: 'note', body: 'I was here' }],
      ['PUT', API.conversationAssignment(id), { assigneeId: null }],
      ['POST', API.conversationMerge(id), { sourceId: randomUUID() }],
      ['POST', API.conversationSplit(id), { messageId: randomUUID() }],
      ['POST', API.conversationForward(id), { to: ['taken@example.test'] }],
      ['POST', PROMISES_API.replyCheck(id), { text: 'I will call you tomorrow' }],
      ['GET', ETIQUETTE_API.conversationEtiquette(id)],
      ['GET', PROMISES_API.conversationPromises(id)],
      ['POST', PROMISES_API.conversationPromises(id), { what: 'Taken over' }],
      ['GET', PROMISES_API.conversationFollowUps(id)],
      ['POST', PROMISES_API.conversationFollowUps(id), { dueAt: '2099-01-01T00:00:00Z', mode: 'send', body: 'x' }],
    ],
    list: { path: API.conversations, ids: itemIds },
    async intact(owner, id) {
      const conversation = await owner.admin.request('GET', API.conversation(id));
      expect(conversation.body).toMatchObject({ status: 'open', tags: [], messages: [] });
      expect(conversation.body.events).toEqual([]);
    },
  },
  {
    kind: 'team',
    async seed({ admin, people }) {
      const created = await admin.request('POST', API.teams, { name: 'Private team' });
      await admin.request('PUT', API.teamMember(created.body.id, people.agent.id));
      return created.body.id;
    },
    addresses: (id) => [
      ['GET', API.team(id)],
      ['PATCH', API.team(id), { name: 'Taken over', assignment: 'round_robin' }],
      ['DELETE', API.team(id)],
      ['PUT', API.teamMember(id, randomUUID())],
      ['DELETE', API.teamMember(id, randomUUID())],
    ],
    list: { path: API.teams, ids: itemIds },
    async intact(owner, id) {
      const team = await owner.admin.request('GET', API.team(id));
      expect(team.body).toMatchObject({
        name: 'Private team',
        assignment: 'manual',
        members: [{ id: owner.people.agent.id }],
      });
    },
  },
  {
    kind: 'saved view',
    async seed({ admin }) {
      const created = await admin.request('POST', API.views, {
        name: 'Shared VIPs',
        filter: { tags: ['vip'] },
        shared: true,
      });
      return created.body.id;
    },
    addresses: (id) => [
      ['GET', API.view(id)],
      ['PATCH', API.view(id), { name: 'Taken over', filter: {} }],
      ['DELETE', API.view(id)],
      ['GET', `${API.conversations}?view=${id}`],
    ],
    // Built-in views ('mine', 'all'…) are in every account's list: only saved ones are objects.
    list: {
      path: API.views,
      ids: (body) =>
        body.items.filter((view) => !['mine', 'unassigned', 'my_team', 'all'].includes(view.id)).map((view) => view.id),
    },
    async intact(owner, id) {
      expect((await owner.admin.request('GET', API.view(id))).body).toMatchObject({
        name: 'Shared VIPs',
        filter: { tags: ['vip'] },
      });
    },
  },
  {
    kind: 'customer',
    seed: async ({ people }) => (await seedCustomer(t.database.db, people.account.id)).id,
    addresses: (id) => [['GET', API.customer(id)]],
  },
  {
    kind: 'sla policy',
    async seed({ admin }) {
      const targets = { normal: { firstResponseMinutes: 60 } };
      return (await admin.request('POST', API.slaPolicies, { name: 'Standard', targets })).body.id;
    },
    addresses: (id) => [
      ['GET', API.slaPolicy(id)],
      ['PATCH', API.slaPolicy(id), { name: 'Taken over', targets: {} }],
      ['DELETE', API.slaPolicy(id)],
    ],
    list: { path: API.slaPolicies, ids: itemIds },
    async intact(owner, id) {
      const policy = await owner.admin.request('GET', API.slaPolicy(id));
      expect(policy.body).toMatchObject({ name: 'Standard', targets: { normal: { firstResponseMinutes: 60 } } });
    },
  },
  {
    kind: 'audit entry',
    async seed({ admin }) {
      const changed = await admin.request('PATCH', API.account, { name: `Renamed ${randomUUID().slice(0, 8)}` });
      expect(changed.status).toBe(200);
      const page = await admin.request('GET', `${API.auditLog}?limit=1`);
      return page.body.items[0].id;
    },
    addresses: () => [],
    list: { path: API.auditLog, ids: itemIds },
  },
  {
    kind: 'message found by search',
    async seed({ people, admin }) {
      const customer = await seedCustomer(t.database.db, people.account.id);
      const conversation = await seedConversation(t.database.db, people.account.id, customer.id);
      const note = { direction: 'note', body: 'Parcel tenancyprobe' };
      return (await admin.request('POST', API.conversationMessages(conversation.id), note)).body.id;
    },
    addresses: () => [],
    list: { path: `${API.search}?q=tenancyprobe`, ids: (body: any) => body.items.map((hit: any) => hit.message.id) },
  },
  {
    kind: 'customer found by search',
    seed: async ({ people }) =>
      (await seedCustomer(t.database.db, people.account.id, { name: 'Tenancyprobe Smirnova' })).id,
    addresses: () => [],
    list: {
      path: `${API.customerSearch}?q=Tenancyprobe`,
      ids: (body: any) => body.items.map((hit: any) => hit.customer.id),
    },
  },
  {
    kind: 'channel',
    async seed({ admin }) {
      return (await admin.request('POST', CHANNEL_API.channels, { kind: 'web', name: 'Private site' })).body.channel.id;
    },
    addresses: (id) => [
      ['GET', CHANNEL_API.channel(id)],
      ['PATCH', CHANNEL_API.channel(id), { name: 'Taken over', active: false }],
      ['POST', CHANNEL_API.rotateChannelSecret(id)],
      ['POST', EMAIL_API.inbound(id)],
    ],
    list: { path: CHANNEL_API.channels, ids: itemIds },
    async intact(owner, id) {
      const channel = await owner.admin.request('GET', CHANNEL_API.channel(id));
      expect(channel.body).toMatchObject({ name: 'Private site', active: true });
    },
  },
  {
    kind: 'original of an email',
    async seed({ people }) {
      const customer = await seedCustomer(t.database.db, people.account.id);
      const conversation = await seedConversation(t.database.db, people.account.id, customer.id);
      const [row] = await t.database.db
        .insert(messages)
        .values({
          accountId: people.account.id,
          conversationId: conversation.id,
          direction: 'inbound',
          body: 'Thanks!',
          metadata: { original: { text: 'Thanks!\n> private quote', html: null, quoted: '> private quote' } },
        })
        .returning();
      return row?.id ?? '';
    },
    addresses: (id) => [['GET', EMAIL_API.messageOriginal(id)]],
  },
  {
    kind: 'webhook endpoint',
    async seed({ admin }) {
      return (await admin.request('POST', WEBHOOK_API.webhooks, { url: 'https://93.184.215.14/hook' })).body.id;
    },
    addresses: (id) => [
      ['GET', WEBHOOK_API.webhook(id)],
      ['PATCH', WEBHOOK_API.webhook(id), { active: false }],
      ['DELETE', WEBHOOK_API.webhook(id)],
      ['POST', WEBHOOK_API.rotateWebhookSecret(id)],
      ['POST', WEBHOOK_API.testWebhook(id)],
      ['GET', WEBHOOK_API.webhookDeliveries(id)],
    ],
    list: { path: WEBHOOK_API.webhooks, ids: itemIds },
    async intact(owner, id) {
      expect((await owner.admin.request('GET', WEBHOOK_API.webhook(id))).body).toMatchObject({ active: true });
    },
  },
  {
    kind: 'connector',
    async seed({ admin }) {
      const connector = {
        kind: 'http_get',
        name: 'Billing',
        urlTemplate: 'https://93.184.215.14/customers/{{customer.id}}',
        headers: { authorization: 'Bearer private' },
        mapping: { mode: 'object', fields: [{ label: 'Plan', path: 'plan', format: 'text' }] },
      };
      const created = await admin.request('POST', CONNECTOR_API.connectors, connector);
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      return created.body.id;
    },
    addresses: (id) => [
      ['GET', CONNECTOR_API.connector(id)],
      ['PATCH', CONNECTOR_API.connector(id), { name: 'Taken over' }],
      ['DELETE', CONNECTOR_API.connector(id)],
      ['POST', CONNECTOR_API.rotateConnectorSecret(id)],
    ],
    list: { path: CONNECTOR_API.connectors, ids: itemIds },
    async intact(owner, id) {
      expect((await owner.admin.request('GET', CONNECTOR_API.connector(id))).body).toMatchObject({ name: 'Billing' });
    },
  },
  {
    kind: 'customer fact',
    async seed({ admin, people }) {
      const customer = await seedCustomer(t.database.db, people.account.id);
      const fact = { category: 'pets', text: 'Dog named Max' };
      const created = await admin.request('POST', CUSTOMER_FACTS_API.customerFacts(customer.id), fact);
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      return created.body.id;
    },
    addresses: (id) => [
      ['PATCH', CUSTOMER_FACTS_API.fact(id), { text: 'Taken over' }],
      ['DELETE', CUSTOMER_FACTS_API.fact(id)],
    ],
  },
  {
    kind: 'promise',
    async seed({ admin, people }) {
      const customer = await seedCustomer(t.database.db, people.account.id);
      const conversation = await seedConversation(t.database.db, people.account.id, customer.id);
      const promise = { what: 'Call back', dueAt: '2099-01-01T10:00:00Z' };
      const created = await admin.request('POST', PROMISES_API.conversationPromises(conversation.id), promise);
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      return created.body.id;
    },
    addresses: (id) => [
      ['PATCH', PROMISES_API.promise(id), { what: 'Taken over' }],
      ['POST', PROMISES_API.keepPromise(id), {}],
      ['POST', PROMISES_API.cancelPromise(id), { reason: 'Taken over' }],
    ],
    list: { path: `${PROMISES_API.promises}?owner=anyone`, ids: itemIds },
    async intact(owner, id) {
      const list = await owner.admin.request('GET', `${PROMISES_API.promises}?owner=anyone`);
      expect(list.body.items).toEqual([expect.objectContaining({ id, what: 'Call back', status: 'open' })]);
    },
  },
  {
    kind: 'follow-up',
    async seed({ admin, people }) {
      const customer = await seedCustomer(t.database.db, people.account.id);
      const conversation = await seedConversation(t.database.db, people.account.id, customer.id);
      const followUp = { dueAt: '2099-01-01T10:00:00Z', mode: 'send', body: 'How is it going?' };
      const created = await admin.request('POST', PROMISES_API.conversationFollowUps(conversation.id), followUp);
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      return created.body.id;
    },
    addresses: (id) => [['DELETE', PROMISES_API.followUp(id)]],
  },
  {
    kind: 'macro',
    async seed({ admin }) {
      const macro = {
        name: 'Private greeting',
        shortcut: 'tenancy',
        scope: 'shared',
        variants: { default: 'Hi {{customer.name}}' },
      };
      return (await admin.request('POST', API.macros, macro)).body.id;
    },
    addresses: (id) => [
      ['GET', API.macro(id)],
      ['PATCH', API.macro(id), { name: 'Taken over', variants: { default: 'Mine' } }],
      ['DELETE', API.macro(id)],
      ['POST', API.renderMacro(id), { conversationId: randomUUID() }],
    ],
    list: { path: API.macros, ids: itemIds },
    async intact(owner, id) {
      const macro = await owner.admin.request('GET', API.macro(id));
      expect(macro.body).toMatchObject({ name: 'Private greeting', variants: { default: 'Hi {{customer.name}}' } });
    },
  },
  {
    kind: 'calendar entry',
    async seed({ admin }) {
      const entry = { country: 'ID', startsOn: '2027-03-01', endsOn: '2027-03-01', kind: 'holiday', name: 'Retreat' };
      const created = await admin.request('POST', ETIQUETTE_API.calendarEntries, entry);
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      return created.body.id;
    },
    addresses: (id) => [['DELETE', ETIQUETTE_API.calendarEntry(id)]],
    async intact(owner, id) {
      const calendar = await owner.admin.request('GET', `${ETIQUETTE_API.calendar}?country=ID&year=2027`);
      expect(calendar.body.entries).toContainEqual(expect.objectContaining({ id, name: 'Retreat' }));
    },
  },
  {
    kind: 'notification',
    async seed({ people }) {
      const [row] = await t.database.db
        .insert(notifications)
        .values({
          accountId: people.account.id,
          userId: people.admin.id,
          kind: 'mention',
          data: { excerpt: 'Private' },
        })
        .returning();
      return row?.id ?? '';
    },
    addresses: (id) => [['POST', API.readNotification(id)]],
    list: { path: API.notifications, ids: itemIds },
    async intact(owner, id) {
      const page = await owner.admin.request('GET', API.notifications);
      expect(page.body.items.find((item: { id: string }) => item.id === id)?.readAt).toBeNull();
    },
  },
  {
    kind: 'attachment',
    async seed({ admin }) {
      const file = { name: 'passport.jpg', type: 'image/jpeg', bytes: 'private bytes' };
      return (await uploadFile(t.app, admin, file)).body.id;
    },
    addresses: (id) => [['GET', API.attachment(id)]],
    async references(id, from) {
      const customer = await seedCustomer(t.database.db, from.people.account.id);
      const conversation = await seedConversation(t.database.db, from.people.account.id, customer.id);
      return [
        ['POST', API.conversationMessages(conversation.id), { direction: 'note', body: 'Mine', attachmentIds: [id] }],
        ['POST', API.conversations, { customer: { name: 'Taken' }, message: { body: 'Hi', attachmentIds: [id] } }],
      ];
    },
    async intact(owner, id) {
      expect((await owner.admin.request('GET', API.attachment(id))).body).toBe('private bytes');
      const [row] = await t.database.db.select().from(attachments).where(eq(attachments.id, id));
      expect(row?.messageId).toBeNull();
    },
  },
  {
    kind: 'scorecard',
    async seed({ admin }) {
      const created = await admin.request('POST', QUALITY_API.scorecards, {
        name: { en: 'Private card', ru: 'Свой лист' },
        categories: DEFAULT_SCORECARD.categories,
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      return created.body.id;
    },
    addresses: (id) => [
      ['GET', QUALITY_API.scorecard(id)],
      ['PATCH', QUALITY_API.scorecard(id), { name: { en: 'Taken over', ru: 'Захвачено' } }],
    ],
    list: {
      path: QUALITY_API.scorecards,
      ids: (body) => (body as unknown as { scorecards: { id: string }[] }).scorecards.map((card) => card.id),
    },
    references: async (id) => [['PATCH', QUALITY_API.settings, { defaultScorecardId: id }]],
  },
  {
    kind: 'quality review',
    seed: async (tenant) => (await humanReview(tenant)).id,
    addresses: (id) => [
      ['GET', QUALITY_API.review(id)],
      ['POST', QUALITY_API.acknowledge(id)],
      ['POST', QUALITY_API.disputeReview(id), { category: 'greeting', reason: 'Taken over' }],
    ],
    list: { path: `${QUALITY_API.reviews}?kind=manual`, ids: itemIds },
  },
  {
    kind: 'review dispute',
    async seed(tenant) {
      const review = await humanReview(tenant);
      const disputed = await tenant.admin.request('POST', QUALITY_API.disputeReview(review.id), {
        category: 'closing',
        reason: 'I did check',
      });
      expect(disputed.status, JSON.stringify(disputed.body)).toBe(201);
      return (disputed.body as Review).disputes[0]?.id ?? '';
    },
    addresses: (id) => [['POST', QUALITY_API.decideDispute(id), { decision: 'reject' }]],
    list: {
      path: QUALITY_API.disputes,
      ids: (body) => (body as unknown as { disputes: { id: string }[] }).disputes.map((dispute) => dispute.id),
    },
  },
  {
    kind: 'calibration round',
    async seed(tenant) {
      const conversationId = await reviewedConversation(tenant);
      const created = await tenant.admin.request('POST', QUALITY_API.calibrations, {
        name: 'Private round',
        conversationIds: [conversationId],
        reviewerIds: [tenant.people.admin.id, tenant.people.reviewer.id],
      });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      return created.body.id;
    },
    addresses: (id) => [
      ['GET', QUALITY_API.calibration(id)],
      ['POST', QUALITY_API.closeCalibration(id)],
    ],
    list: {
      path: QUALITY_API.calibrations,
      ids: (body) => (body as unknown as { calibrations: { id: string }[] }).calibrations.map((round) => round.id),
    },
    references: async (id, from) => {
      const conversationId = await reviewedConversation(from);
      return [['POST', QUALITY_API.conversationReviews(conversationId), { ratings: TOP_RATINGS, calibrationId: id }]];
    },
  },
  {
    kind: 'review assignment',
    async seed(tenant) {
      const conversationId = await reviewedConversation(tenant);
      const assigned = await tenant.admin.request('POST', QUALITY_API.assignments, {
        conversationId,
        reviewerId: tenant.people.reviewer.id,
      });
      expect(assigned.status, JSON.stringify(assigned.body)).toBe(204);
      const queue = await tenant.admin.request('GET', `${QUALITY_API.assignments}?reviewer=anyone`);
      const item = (queue.body.items as { id: string; conversationId: string }[]).find(
        (entry) => entry.conversationId === conversationId,
      );
      return item?.id ?? '';
    },
    addresses: () => [],
    list: { path: `${QUALITY_API.assignments}?reviewer=anyone`, ids: itemIds },
  },
];

/** A resolved conversation of the tenant with an automatic review about its admin, ready for human review. */
async function reviewedConversation({ people }: Tenant): Promise<string> {
  const customer = await seedCustomer(t.database.db, people.account.id);
  const conversation = await seedConversation(t.database.db, people.account.id, customer.id, { status: 'resolved' });
  const { scorecard } = await qualitySetup(t.database.db, people.account.id);
  const now = new Date();
  await upsertAutomaticReview(
    t.database.db,
    {
      accountId: people.account.id,
      conversationId: conversation.id,
      cycle: 1,
      scorecardId: scorecard.id,
      agentId: people.admin.id,
      ratings: [
        { category: 'closing', value: 1, evidence: [{ message: null, quote: null, rule: 'closing.farewell' }] },
      ],
      score: 50,
      criticalFailed: false,
      humanOnly: [],
      sentiment: null,
      resolvedAt: now,
    },
    now,
  );
  return conversation.id;
}

const TOP_RATINGS = DEFAULT_SCORECARD.categories.map((category) => ({
  category: category.key,
  value: { binary: 1, three: 2, four: 3, five: 4 }[category.scale],
}));

/** A human review of the tenant's admin, by the admin (admins review too). */
async function humanReview(tenant: Tenant): Promise<Review> {
  const conversationId = await reviewedConversation(tenant);
  const created = await tenant.admin.request('POST', QUALITY_API.conversationReviews(conversationId), {
    ratings: TOP_RATINGS,
  });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  return created.body as Review;
}

async function tenant(name: string): Promise<Tenant> {
  const people = await seedAccountWithPeople(t.database, name);
  return { people, admin: await signIn(t.app, people.admin.email) };
}

let a: Tenant;
let b: Tenant;
const own = new Map<string, string>();
const foreign = new Map<string, string>();
/** How account A reaches the API: its admin's browser session, and its admin's API token. */
const callersOfA: { via: string; caller: () => Caller }[] = [];

beforeAll(async () => {
  [a, b] = [await tenant('Account A'), await tenant('Account B')];
  for (const kind of KINDS) {
    own.set(kind.kind, await kind.seed(a));
    foreign.set(kind.kind, await kind.seed(b));
  }
  const { secret } = (await a.admin.request('POST', API.apiTokens, { name: 'A automation' })).body;
  callersOfA.push(
    { via: 'session', caller: () => a.admin },
    { via: 'API token', caller: () => withToken(t.app, secret) },
  );
});

const idOf = (ids: Map<string, string>, kind: ObjectKind) => ids.get(kind.kind) ?? '';

for (const kind of KINDS.filter((entry) => entry.addresses(randomUUID()).length > 0)) {
  describe(`a ${kind.kind} of another account`, () => {
    it('is not found by the admin of account A, on every address, exactly like an id that does not exist', async () => {
      const unknown = kind.addresses(randomUUID());
      for (const [index, [method, url, body]] of kind.addresses(idOf(foreign, kind)).entries()) {
        const response = await a.admin.request(method, url, body);
        expect(response.status, `${method} ${url}`).toBe(404);
        expect(response.body.error.code).toBe('not_found');
        const [, unknownUrl = ''] = unknown[index] ?? [];
        expect(response.body).toEqual((await a.admin.request(method, unknownUrl, body)).body);
      }
      await kind.intact?.(b, idOf(foreign, kind));
    });

    it('is out of reach of an API token of account A', async () => {
      const bot = callersOfA.find(({ via }) => via === 'API token')?.caller();
      if (!bot) throw new Error('no token caller');
      for (const [method, url, body] of kind.addresses(idOf(foreign, kind))) {
        const response = await bot.request(method, url, body);
        const unknown = await bot.request(method, url.replace(idOf(foreign, kind), randomUUID()), body);
        expect(response.status, `${method} ${url}`).toBeGreaterThanOrEqual(400);
        expect(response.status).not.toBe(500);
        expect(response.body).toEqual(unknown.body);
      }
      await kind.intact?.(b, idOf(foreign, kind));
    });

    const read = (id: string) => kind.addresses(id).find(([method]) => method === 'GET')?.[1];
    if (read(randomUUID())) {
      it('is still there for its own account', async () => {
        expect((await b.admin.request('GET', read(idOf(foreign, kind)) ?? '')).status).toBe(200);
      });
    }
  });
}

for (const kind of KINDS.filter((entry) => entry.references)) {
  describe(`a ${kind.kind} of another account, named in a request of account A`, () => {
    it.each(['session', 'API token'])('is refused exactly like an id that does not exist (via %s)', async (via) => {
      const caller = callersOfA.find((entry) => entry.via === via)?.caller();
      if (!caller) throw new Error('no caller');
      const [foreignId, unknownId] = [idOf(foreign, kind), randomUUID()];
      const references = (await kind.references?.(foreignId, a)) ?? [];
      expect(references.length).toBeGreaterThan(0);
      for (const [method, url, body] of references) {
        const response = await caller.request(method, url, body);
        const unknown = await caller.request(
          method,
          url,
          JSON.parse(JSON.stringify(body).replaceAll(foreignId, unknownId)),
        );
        expect(response.status, `${method} ${url}`).toBeGreaterThanOrEqual(400);
        expect(response.status).toBeLessThan(500);
        expect(JSON.stringify(response.body).replaceAll(foreignId, unknownId)).toBe(JSON.stringify(unknown.body));
      }
      await kind.intact?.(b, idOf(foreign, kind));
    });
  });
}

for (const kind of KINDS.filter((entry) => entry.list)) {
  describe(`the list where a ${kind.kind} appears`, () => {
    it.each(['session', 'API token'])('shows account A its own and never account B’s (via %s)', async (via) => {
      const list = kind.list;
      const caller = callersOfA.find((entry) => entry.via === via)?.caller();
      if (!list || !caller) throw new Error('missing list or caller');
      const ids = list.ids((await caller.request('GET', list.path)).body);
      expect(ids).toContain(idOf(own, kind));
      expect(ids).not.toContain(idOf(foreign, kind));
      // B sees its own object, so the absence above is isolation, not an empty list.
      expect(list.ids((await b.admin.request('GET', list.path)).body)).toContain(idOf(foreign, kind));
    });
  });
}

describe('lists as a whole', () => {
  it('never carry a single object of account B to account A', async () => {
    const bIds = new Set<string>();
    for (const kind of KINDS) {
      if (!kind.list) continue;
      for (const id of kind.list.ids((await b.admin.request('GET', kind.list.path)).body)) bIds.add(id);
    }
    bIds.add(b.people.account.id);
    for (const kind of KINDS) {
      if (!kind.list) continue;
      const text = JSON.stringify((await a.admin.request('GET', kind.list.path)).body);
      for (const id of bIds) expect(text, `${kind.list.path} mentions ${id}`).not.toContain(id);
    }
  });
});
