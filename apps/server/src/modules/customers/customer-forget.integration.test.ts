import { afterAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import {
  API,
  AuditPage,
  CUSTOMER_PROFILE_API,
  PROMISES_API,
  CustomerExport,
  EMAIL_API,
  FORGOTTEN_CUSTOMER_NAME,
} from '@sincere/contracts';
import {
  attachments,
  channels,
  conversationEvents,
  conversationThreads,
  conversations,
  customerFacts,
  customerIdentities,
  customers,
  messages,
  qaReviews,
  webhookDeliveries,
  webhookEndpoints,
} from '@sincere/db';
import { seedCustomer } from '@sincere/db/testing';
import { createTestApp } from '../../testing/test-app';
import { inboxWorkspace } from '../../testing/inbox-workspace';
import { signIn, uploadFile } from '../../testing/http-client';
import { ingestRawEmail } from '../email/ingest-email';
import { upsertAutomaticReview } from '../quality/reviews.repository';
import { qualitySetup } from '../quality/scorecards';

const t = await createTestApp();
afterAll(() => t.close());

let now = Date.now();
const tick = () => {
  now += 60_000;
  t.setNow(new Date(now));
};

/** Everything personal the scenario puts in; none of it may be left after forgetting. */
const PERSONAL = [
  'Olga',
  'Smirnova',
  'olga@example.com',
  'olga.old@example.com',
  '+7 900 123-45-67',
  'Lenina',
  'Earlier I wrote',
  'passport-scan',
  'card-photo',
  'order 4411',
  'Рога и копыта',
  'Ольга Петровна',
  'A friend of Marfa',
  'Gold',
  'Prefers calls after six',
  'daughter started first grade',
  'My card number is 4111',
  '700100',
  'K-2024-77',
];

function email(seq: number, address: string) {
  const lines = [
    'From: Olga Smirnova <olga@example.com>',
    `To: ${address}`,
    'Subject: My order 4411',
    `Message-ID: <forget-${seq}-${now}@example.com>`,
    'Date: Tue, 29 Apr 2025 10:00:00 +0000',
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'My address is Lenina 5, flat 12.',
    '',
    '> Earlier I wrote about the parcel.',
    '--b1',
    'Content-Type: application/pdf; name="passport-scan.pdf"',
    'Content-Disposition: attachment; filename="passport-scan.pdf"',
    'Content-Transfer-Encoding: base64',
    '',
    Buffer.from('%PDF-1.4 passport').toString('base64'),
    '--b1--',
    '',
  ];
  return Buffer.from(lines.join('\r\n'));
}

/**
 * Olga, as the account comes to know her: an email with a file and a quoted part, a conversation through the
 * API with an uploaded photo, an agent's reply and note, profile fields and field values, a note, two facts,
 * a Telegram identity, an older customer merged into her, and a webhook endpoint receiving it all.
 */
async function olgaScenario() {
  const space = await inboxWorkspace(t, 'Forgetting', { beforeWrite: tick });
  const { people, admin, agent, channel, write } = space;
  const accountId = people.account.id;
  const lead = await signIn(t.app, people.lead.email);
  const reviewer = await signIn(t.app, people.reviewer.email);
  await t.database.db
    .insert(webhookEndpoints)
    .values({ accountId, url: 'http://127.0.0.1:9/hook', secret: 'secret', allowPrivate: true });
  const address = `support-${now}@acme.test`;
  const [inbox] = await t.database.db
    .insert(channels)
    .values({ accountId, kind: 'email', name: 'Support', address, settings: { address } })
    .returning();
  if (!inbox) throw new Error('no channel');

  tick();
  const mailed = await ingestRawEmail(t.ctx, inbox, email(1, address));
  if (mailed.kind !== 'stored') throw new Error(mailed.reason);
  const [row] = await t.database.db.select().from(conversations).where(eq(conversations.id, mailed.conversationId));
  const customerId = row?.customerId ?? '';
  await write(mailed.conversationId, 'outbound', 'We are checking the parcel now.');

  await admin.request('POST', CUSTOMER_PROFILE_API.attributes, { key: 'contract', label: 'Contract', type: 'text' });
  const edited = await agent.request('PATCH', CUSTOMER_PROFILE_API.customer(customerId), {
    phone: '+7 900 123-45-67',
    company: 'Рога и копыта',
    addressAs: 'Ольга Петровна',
    referralSource: 'A friend of Marfa',
    plan: 'Gold',
    revenue: { amountCents: 990_00, currency: 'RUB' },
    locale: 'ru',
    country: 'RU',
    timeZone: 'Europe/Moscow',
    attributes: { contract: 'K-2024-77' },
  });
  expect(edited.status, JSON.stringify(edited.body)).toBe(200);

  const photo = await uploadFile(t.app, channel, { name: 'card-photo.png', type: 'image/png', bytes: 'png bytes' });
  expect(photo.status, JSON.stringify(photo.body)).toBe(201);
  tick();
  const viaApi = await channel.request('POST', API.conversations, {
    customer: { id: customerId },
    subject: 'Payment for order 4411',
    message: { body: 'My card number is 4111 and here is a photo', attachmentIds: [photo.body.id] },
  });
  expect(viaApi.status, JSON.stringify(viaApi.body)).toBe(201);
  await write(viaApi.body.id, 'note', 'Checked with billing.');

  await agent.request('POST', CUSTOMER_PROFILE_API.notes(customerId), { body: 'Prefers calls after six' });
  await t.database.db.insert(customerFacts).values([
    {
      accountId,
      customerId,
      category: 'family',
      text: 'daughter started first grade',
      status: 'confirmed',
      mentionedAt: new Date(now),
    },
    { accountId, customerId, category: 'pets', text: 'has a cat', status: 'suggested', mentionedAt: new Date(now) },
  ]);
  await t.database.db.insert(customerIdentities).values({ accountId, customerId, kind: 'telegram', value: '700100' });
  const older = await seedCustomer(t.database.db, accountId, { name: 'Olga S.', email: 'olga.old@example.com' });
  await t.database.db
    .insert(customerIdentities)
    .values({ accountId, customerId: older.id, kind: 'email', value: 'olga.old@example.com' });
  await t.database.db.insert(customerFacts).values({
    accountId,
    customerId: older.id,
    category: 'other',
    text: 'Olga once lived in Tver',
    status: 'confirmed',
    mentionedAt: new Date(now),
  });
  const merged = await agent.request('POST', CUSTOMER_PROFILE_API.merge(customerId), { sourceId: older.id });
  expect(merged.status).toBe(200);

  const conversationIds = [mailed.conversationId, viaApi.body.id as string];
  return { ...space, accountId, lead, reviewer, inbox, address, customerId, olderId: older.id, conversationIds };
}

const containsAny = (text: string) => PERSONAL.filter((secret) => text.includes(secret));

describe('exporting a customer’s data', () => {
  it('gives admins and leads everything held about the customer as a JSON file, and records who did', async () => {
    const { admin, lead, agent, reviewer, customerId, conversationIds } = await olgaScenario();
    const exported = await lead.request('GET', CUSTOMER_PROFILE_API.export(customerId));
    expect(exported.status).toBe(200);
    expect(exported.headers['content-disposition']).toBe(`attachment; filename="customer-${customerId}.json"`);
    const data = CustomerExport.parse(exported.body);
    expect(data.customer).toMatchObject({ id: customerId, name: 'Olga Smirnova', company: 'Рога и копыта' });
    expect(data.customer.identities).toEqual(
      expect.arrayContaining([
        { kind: 'email', value: 'olga@example.com' },
        { kind: 'email', value: 'olga.old@example.com' },
        { kind: 'telegram', value: '700100' },
      ]),
    );
    expect(data.attributeLabels).toEqual({ contract: 'Contract' });
    expect(data.notes.map((note) => note.body)).toEqual(['Prefers calls after six']);
    expect(data.facts.map((fact) => [fact.text, fact.status]).sort()).toEqual(
      [
        ['Olga once lived in Tver', 'confirmed'],
        ['daughter started first grade', 'confirmed'],
        ['has a cat', 'suggested'],
      ].sort(),
    );
    expect(data.conversations.map((conversation) => conversation.id).sort()).toEqual([...conversationIds].sort());
    const bodies = data.conversations.flatMap((conversation) => conversation.messages.map((message) => message.body));
    expect(bodies).toEqual(
      expect.arrayContaining([
        'My address is Lenina 5, flat 12.',
        'We are checking the parcel now.',
        'My card number is 4111 and here is a photo',
        'Checked with billing.',
      ]),
    );
    expect(JSON.stringify(data)).toContain('passport-scan.pdf');

    expect((await admin.request('GET', CUSTOMER_PROFILE_API.export(customerId))).status).toBe(200);
    for (const caller of [agent, reviewer])
      expect((await caller.request('GET', CUSTOMER_PROFILE_API.export(customerId))).status).toBe(403);
    const [entry] = AuditPage.parse((await admin.request('GET', API.auditLog)).body).items;
    expect(entry).toMatchObject({ action: 'customer.exported', targetType: 'customer', targetId: customerId });
  });
});

describe('forgetting a customer', () => {
  it('is for admins only, and only with the customer’s name typed as confirmation', async () => {
    const { admin, lead, agent, customerId } = await olgaScenario();
    for (const caller of [lead, agent]) {
      const refused = await caller.request('POST', CUSTOMER_PROFILE_API.forget(customerId), {
        confirm: 'Olga Smirnova',
      });
      expect(refused.status).toBe(403);
    }
    for (const body of [{ confirm: 'Olga' }, { confirm: '' }, {}]) {
      const refused = await admin.request('POST', CUSTOMER_PROFILE_API.forget(customerId), body);
      expect(refused.status, JSON.stringify(body)).toBe(422);
      expect(refused.body.error.fields).toHaveProperty(['confirm']);
    }
    expect((await admin.request('GET', API.customer(customerId))).body).toMatchObject({
      name: 'Olga Smirnova',
      forgottenAt: null,
    });
  });

  it('erases everything personal in one go, and the export then shows nothing personal', async () => {
    const scenario = await olgaScenario();
    const { accountId, admin, agent, customerId, olderId, conversationIds } = scenario;
    const planned = await agent.request('POST', PROMISES_API.conversationFollowUps(conversationIds[0] ?? ''), {
      dueAt: '2099-01-01T10:00:00Z',
      mode: 'send',
      body: 'Olga, is the card working now?',
    });
    expect(planned.status, JSON.stringify(planned.body)).toBe(201);
    const { scorecard } = await qualitySetup(t.database.db, accountId);
    await upsertAutomaticReview(
      t.database.db,
      {
        accountId,
        conversationId: conversationIds[0] ?? '',
        cycle: 1,
        scorecardId: scorecard.id,
        agentId: null,
        ratings: [
          {
            category: 'greeting',
            value: 2,
            evidence: [{ message: null, quote: 'Hello Olga!', rule: 'greeting.with_name' }],
          },
        ],
        score: 100,
        criticalFailed: false,
        humanOnly: [],
        sentiment: null,
        resolvedAt: new Date(now),
      },
      new Date(now),
    );
    const inbound = await t.database.db
      .select()
      .from(messages)
      .where(and(inArray(messages.conversationId, conversationIds), eq(messages.direction, 'inbound')));
    const files = await t.database.db
      .select()
      .from(attachments)
      .where(inArray(attachments.conversationId, conversationIds));
    expect(files.map((file) => file.fileName).sort()).toEqual(['card-photo.png', 'passport-scan.pdf']);
    const emailed = inbound.find((message) => message.metadata !== null);
    expect(emailed?.metadata).toHaveProperty('original');
    const eventsBefore = await t.database.db
      .select({ id: conversationEvents.id })
      .from(conversationEvents)
      .where(inArray(conversationEvents.conversationId, conversationIds));
    const deliveriesBefore = await t.database.db
      .select({ payload: webhookDeliveries.payload })
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.accountId, accountId));
    expect(containsAny(JSON.stringify(deliveriesBefore))).toEqual(
      expect.arrayContaining(['Olga', 'Lenina', 'passport-scan', 'My card number is 4111']),
    );

    tick();
    const forgotten = await admin.request('POST', CUSTOMER_PROFILE_API.forget(customerId), {
      confirm: '  olga   SMIRNOVA ',
    });
    expect(forgotten.status, JSON.stringify(forgotten.body)).toBe(200);
    const followUps = await agent.request('GET', PROMISES_API.conversationFollowUps(conversationIds[0] ?? ''));
    expect(followUps.body.items).toEqual([expect.objectContaining({ status: 'cancelled', body: '' })]);
    expect(forgotten.body).toMatchObject({
      id: customerId,
      name: FORGOTTEN_CUSTOMER_NAME,
      email: null,
      phone: null,
      locale: null,
      country: null,
      timeZone: null,
      company: null,
      addressAs: null,
      referralSource: null,
      plan: null,
      revenue: null,
      attributes: {},
      identities: [],
      forgottenAt: new Date(now).toISOString(),
    });

    // The customer's own messages are empty, their metadata and files gone, bytes included.
    const after = await t.database.db.select().from(messages).where(inArray(messages.conversationId, conversationIds));
    for (const message of after.filter((row) => row.direction === 'inbound')) {
      expect(message).toMatchObject({ body: '', metadata: null, externalId: null });
    }
    expect(
      after
        .filter((row) => row.direction !== 'inbound')
        .map((row) => row.body)
        .sort(),
    ).toEqual(['Checked with billing.', 'We are checking the parcel now.']);
    expect(
      await t.database.db.select().from(attachments).where(inArray(attachments.conversationId, conversationIds)),
    ).toEqual([]);
    for (const file of files) await expect(t.ctx.attachmentStorage.get(file.storageKey)).rejects.toThrow();
    expect((await agent.request('GET', EMAIL_API.messageOriginal(emailed?.id ?? ''))).status).toBe(404);

    // The conversations stay, without subjects or channel threads; the event log is untouched.
    const rows = await t.database.db.select().from(conversations).where(inArray(conversations.id, conversationIds));
    expect(rows.map((row) => [row.customerId, row.subject])).toEqual([
      [customerId, null],
      [customerId, null],
    ]);
    expect(
      await t.database.db
        .select()
        .from(conversationThreads)
        .where(inArray(conversationThreads.conversationId, conversationIds)),
    ).toEqual([]);
    const eventsAfter = await t.database.db
      .select({ id: conversationEvents.id })
      .from(conversationEvents)
      .where(inArray(conversationEvents.conversationId, conversationIds));
    expect(eventsAfter).toEqual(eventsBefore);

    // Identities, notes and facts are gone, the merged-in customer is forgotten too.
    expect(
      await t.database.db
        .select()
        .from(customerIdentities)
        .where(inArray(customerIdentities.customerId, [customerId, olderId])),
    ).toEqual([]);
    expect(
      await t.database.db
        .select()
        .from(customerFacts)
        .where(inArray(customerFacts.customerId, [customerId, olderId])),
    ).toEqual([]);
    expect((await agent.request('GET', CUSTOMER_PROFILE_API.notes(customerId))).body.items).toEqual([]);
    const [older] = await t.database.db.select().from(customers).where(eq(customers.id, olderId));
    expect(older).toMatchObject({ name: FORGOTTEN_CUSTOMER_NAME, email: null, mergedIntoId: customerId });
    expect(older?.forgottenAt).not.toBeNull();

    // Nothing personal is left in what the API shows, in webhook payloads, or in the audit log.
    const exported = await admin.request('GET', CUSTOMER_PROFILE_API.export(customerId));
    expect(exported.status).toBe(200);
    expect(containsAny(JSON.stringify(exported.body))).toEqual([]);
    const exportedConversations = CustomerExport.parse(exported.body).conversations;
    expect(exportedConversations).toHaveLength(2);
    for (const id of conversationIds) {
      expect(containsAny(JSON.stringify((await agent.request('GET', API.conversation(id))).body))).toEqual([]);
    }
    const deliveries = await t.database.db
      .select({ payload: webhookDeliveries.payload })
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.accountId, accountId));
    expect(containsAny(JSON.stringify(deliveries))).toEqual([]);
    const reviews = await t.database.db
      .select()
      .from(qaReviews)
      .where(inArray(qaReviews.conversationId, conversationIds));
    expect(reviews[0]?.ratings).toEqual([
      { category: 'greeting', value: 2, evidence: [{ message: null, quote: null, rule: 'greeting.with_name' }] },
    ]);
    const audit = AuditPage.parse((await admin.request('GET', `${API.auditLog}?limit=100`)).body).items;
    expect(audit[1]).toMatchObject({ action: 'customer.forgotten', targetId: customerId });
    expect(containsAny(JSON.stringify(audit))).toEqual([]);
  });

  it('lets the person write again as a new customer, and refuses to record anything on the forgotten one', async () => {
    const { admin, agent, inbox, address, customerId } = await olgaScenario();
    await admin.request('POST', CUSTOMER_PROFILE_API.forget(customerId), { confirm: 'Olga Smirnova' });
    tick();
    const again = await ingestRawEmail(t.ctx, inbox, email(2, address));
    if (again.kind !== 'stored') throw new Error(again.reason);
    const [row] = await t.database.db.select().from(conversations).where(eq(conversations.id, again.conversationId));
    expect(row?.customerId).not.toBe(customerId);

    expect((await agent.request('PATCH', CUSTOMER_PROFILE_API.customer(customerId), { plan: 'Gold' })).status).toBe(
      409,
    );
    expect((await agent.request('POST', CUSTOMER_PROFILE_API.notes(customerId), { body: 'x' })).status).toBe(409);
    expect((await agent.request('GET', CUSTOMER_PROFILE_API.duplicates(customerId))).body.items).toEqual([]);
    // Forgetting again is harmless.
    const repeated = await admin.request('POST', CUSTOMER_PROFILE_API.forget(customerId), {
      confirm: FORGOTTEN_CUSTOMER_NAME,
    });
    expect(repeated.status).toBe(200);
  });

  it('refuses to forget a customer merged into another: that one is forgotten instead', async () => {
    const { admin, olderId } = await olgaScenario();
    const refused = await admin.request('POST', CUSTOMER_PROFILE_API.forget(olderId), { confirm: 'Olga S.' });
    expect(refused.status).toBe(409);
  });
});
