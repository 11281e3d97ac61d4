import { execFile } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { API } from '@sincere/contracts';
import { eq } from 'drizzle-orm';
import {
  attachments,
  connectors,
  customerAttributeDefinitions,
  customerDuplicateDismissals,
  customerFacts,
  followUps,
  promises,
  localeProfiles,
  calendarEntries,
  customerNotes,
  customers,
  channels,
  conversationThreads,
  customerIdentities,
  webhookDeliveries,
  webhookEndpoints,
  conversations,
  macros,
  messages,
  migrate,
  notifications,
  openDatabase,
  qaAssignments,
  qaCalibrations,
  qaDisputes,
  qaRescoreRuns,
  qaReviews,
  qaSampledWeeks,
  savedViews,
  slaPolicies,
  teamMembers,
  teams,
  users,
  type Database,
} from '@sincere/db';
import { openTestDatabase } from '@sincere/db/testing';
import { loadConfig } from '../apps/server/src/config';
import { LocalAttachmentStorage } from '../apps/server/src/modules/attachments/local-storage';
import { EXPORTED_TABLES, FILE_CHUNK_BYTES, type ExportHeader } from '../apps/server/src/modules/backup/backup-format';
import { exportAccount } from '../apps/server/src/modules/backup/export-account';
import { ImportError, importAccount } from '../apps/server/src/modules/backup/import-account';
import { appendEvents } from '../apps/server/src/modules/conversations/event-log';
import { seedDemo } from '../apps/server/src/modules/demo/seed-demo';
import { assemble } from '../apps/server/src/runtime';
import { signIn, withToken } from '../apps/server/src/testing/http-client';
import { childEnv, CLI, REPO_ROOT } from './support/spawn-server';

const DEMO = { email: 'admin@demo.sincere.local', password: 'sincere-demo' };
const adminUrl = process.env['DATABASE_URL'];
const engine = adminUrl ? 'PostgreSQL' : 'PGlite';
const run = promisify(execFile);

interface Scratch {
  database: Database;
  /** Connection string on PostgreSQL, for the CLI. */
  url: string | null;
  drop(): Promise<void>;
}

/**
 * An empty, migrated database of this run's engine: a new in-memory PGlite
 * (cloned from the run's migrated one) or a uniquely named PostgreSQL database.
 */
async function emptyDatabase(): Promise<Scratch> {
  if (!adminUrl) {
    const database = await openTestDatabase(inject('testDatabase'));
    await migrate(database);
    return { database, url: null, drop: () => database.close() };
  }
  const name = `sincere_backup_${Date.now()}_${randomUUID().slice(0, 8)}`;
  const admin = await openDatabase({ engine: 'postgres', url: adminUrl, poolSize: 1 });
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ engine: 'postgres', url: url.toString(), poolSize: 3 });
  await migrate(database);
  return {
    database,
    url: url.toString(),
    async drop() {
      await database.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    },
  };
}

/** Each side's attachment bytes, in its own temporary folder. */
const folders = await Promise.all([
  mkdtemp(join(tmpdir(), 'sincere-files-a-')),
  mkdtemp(join(tmpdir(), 'sincere-files-b-')),
]);
const sourceFiles = new LocalAttachmentStorage(folders[0]);
const targetFiles = new LocalAttachmentStorage(folders[1]);
afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));
/** A receipt photo larger than one export line's chunk, so that it travels in pieces. */
const RECEIPT = randomBytes(FILE_CHUNK_BYTES + 1234);

async function exportText(
  database: Database,
  accountId: string,
  now = new Date(),
  files = sourceFiles,
): Promise<string> {
  let text = '';
  for await (const line of exportAccount(database, accountId, now, files)) text += line;
  return text;
}

async function bytesOf(storage: LocalAttachmentStorage, key: string): Promise<Buffer | null> {
  const stream = await storage.get(key).catch(() => null);
  if (!stream) return null;
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The export with the header's exportedAt blanked: the one part allowed to differ. */
function withoutExportTime(text: string): string {
  const [header = '', ...rows] = text.split('\n');
  const parsed = JSON.parse(header) as Partial<ExportHeader>;
  delete parsed.exportedAt;
  return [JSON.stringify(parsed), ...rows].join('\n');
}

function rowsPerTable(text: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const line of text.split('\n').slice(1)) {
    if (!line) continue;
    const { table } = JSON.parse(line) as { table?: string };
    if (table) counts[table] = (counts[table] ?? 0) + 1;
  }
  return counts;
}

async function tableCounts(database: Database): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const { table } of EXPORTED_TABLES) {
    const { rows } = await database.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    counts[table] = rows[0]?.n ?? -1;
  }
  return counts;
}

/** One row of each kind the demo seed does not make, tied to the demo's people, conversations and messages. */
async function seedTheRest(database: Database, accountId: string): Promise<void> {
  const { db } = database;
  const [user] = await db.select().from(users).where(eq(users.accountId, accountId)).limit(1);
  const [message] = await db.select().from(messages).where(eq(messages.accountId, accountId)).limit(1);
  if (!user || !message) throw new Error('the demo seed made no users or messages');
  const [policy] = await db
    .insert(slaPolicies)
    .values({ accountId, name: 'Standard', targets: { urgent: { firstResponseMinutes: 30 } }, businessHours: null })
    .returning();
  const [team] = await db
    .insert(teams)
    .values({
      accountId,
      name: 'Repairs',
      assignment: 'round_robin',
      lastAssignedUserId: user.id,
      slaPolicyId: policy?.id ?? null,
    })
    .returning();
  if (!team) throw new Error('no team');
  await db.insert(teamMembers).values({ accountId, teamId: team.id, userId: user.id });
  await db
    .update(conversations)
    .set({ teamId: team.id, tags: ['refund', 'доставка'] })
    .where(eq(conversations.id, message.conversationId));
  await db
    .insert(savedViews)
    .values({ accountId, userId: user.id, name: 'Mine, urgent', filters: { priority: ['urgent'], assignee: 'me' } });
  await db.insert(macros).values({
    accountId,
    name: 'Refund sent',
    shortcut: '/refund',
    variants: { default: 'Refund sent, {{customer.name}}.', ru: 'Возврат отправлен.' },
  });
  await db.insert(notifications).values({
    accountId,
    userId: user.id,
    kind: 'mention',
    conversationId: message.conversationId,
    messageId: message.id,
  });
  const [channel] = await db
    .insert(channels)
    .values({
      accountId,
      kind: 'email',
      name: 'Support',
      address: `support-${randomUUID()}@acme.test`,
      secrets: { imapPassword: 'секрет' },
    })
    .returning();
  if (!channel) throw new Error('no channel');
  await db.update(conversations).set({ channelId: channel.id }).where(eq(conversations.id, message.conversationId));
  await db.insert(conversationThreads).values({
    accountId,
    conversationId: message.conversationId,
    channelId: channel.id,
    threadKey: 'a1b2c3d4e5f6a7b8c9d0',
    subjectKey: 'заказ',
  });
  const [conversation] = await db.select().from(conversations).where(eq(conversations.id, message.conversationId));
  await db
    .insert(customerIdentities)
    .values({ accountId, customerId: conversation?.customerId ?? '', kind: 'email', value: 'olga@example.com' });
  const [endpoint] = await db
    .insert(webhookEndpoints)
    .values({ accountId, url: 'https://hooks.example.com/sincere', secret: 'whsec_test', events: ['message.inbound'] })
    .returning();
  await db.insert(webhookDeliveries).values({
    accountId,
    endpointId: endpoint?.id ?? '',
    eventId: randomUUID(),
    eventType: 'message.inbound',
    payload: { type: 'message.inbound' },
    status: 'delivered',
    attempts: 1,
    lastStatusCode: 200,
  });
  const customerId = conversation?.customerId ?? '';
  await db
    .update(customers)
    .set({
      company: 'ООО Ромашка',
      attributes: { contract: 'A-17', seats: 12 },
      revenueCents: 1_250_000,
      revenueCurrency: 'RUB',
    })
    .where(eq(customers.id, customerId));
  await db
    .insert(customerAttributeDefinitions)
    .values({ accountId, key: 'segment', label: 'Сегмент', type: 'list', options: ['SMB', 'Enterprise'] });
  await db
    .insert(customerNotes)
    .values({ accountId, customerId, authorUserId: user.id, body: 'Prefers calls after 18:00' });
  const [twin] = await db.insert(customers).values({ accountId, name: 'Olga S.' }).returning();
  await db.insert(customerDuplicateDismissals).values({
    accountId,
    firstCustomerId: customerId < (twin?.id ?? '') ? customerId : (twin?.id ?? ''),
    secondCustomerId: customerId < (twin?.id ?? '') ? (twin?.id ?? '') : customerId,
    dismissedByUserId: user.id,
  });
  await db.insert(customerFacts).values({
    accountId,
    customerId,
    category: 'pets',
    text: 'Собака Макс грызёт зарядки',
    status: 'confirmed',
    mentionedAt: new Date('2026-09-12T10:00:00Z'),
    sourceMessageId: message.id,
    sourceConversationId: message.conversationId,
    confirmedByUserId: user.id,
  });
  await db.insert(promises).values({
    accountId,
    conversationId: message.conversationId,
    messageId: message.id,
    ownerId: user.id,
    createdBy: user.id,
    what: 'перезвоню завтра утром',
    dueAt: new Date('2026-09-13T09:00:00Z'),
    timeText: 'завтра утром',
    remindAt: new Date('2026-09-13T08:30:00Z'),
    status: 'kept',
    keptAt: new Date('2026-09-13T08:00:00Z'),
    keptBy: user.id,
    keptEvidence: { kind: 'owner' },
  });
  await db.insert(followUps).values({
    accountId,
    conversationId: message.conversationId,
    ownerId: user.id,
    createdBy: user.id,
    dueAt: new Date('2026-09-15T07:00:00Z'),
    mode: 'send',
    body: 'Всё ли работает?',
    status: 'scheduled',
  });
  await db.insert(localeProfiles).values({
    accountId,
    locale: 'id',
    profile: { locale: 'id', name: 'Indonesian, our way' },
    updatedBy: user.id,
  });
  await db.insert(calendarEntries).values({
    accountId,
    country: 'ID',
    startsOn: '2027-03-01',
    endsOn: '2027-03-02',
    kind: 'holiday',
    name: 'Company retreat',
    createdBy: user.id,
  });
  await db.insert(connectors).values({
    accountId,
    name: 'Billing',
    kind: 'http_get',
    urlTemplate: 'https://billing.example.com/customers/{{customer.email}}',
    headers: { authorization: 'v1.sealed' },
    mapping: { mode: 'object', fields: [{ label: 'Plan', path: 'plan', format: 'text' }] },
  });
  const storageKey = `${accountId}/${randomUUID()}`;
  await sourceFiles.put(storageKey, Readable.from([RECEIPT]));
  await db.insert(attachments).values({
    accountId,
    messageId: message.id,
    conversationId: message.conversationId,
    fileName: 'фото чека.jpg',
    contentType: 'image/jpeg',
    size: RECEIPT.length,
    sha256: createHash('sha256').update(RECEIPT).digest('hex'),
    storageKey,
  });
  await seedQualityRest(database, accountId, user.id);
}

/** The QA rows the demo seed does not make: a calibration round, a dispute, a re-scoring run, a sampled week. */
async function seedQualityRest(database: Database, accountId: string, userId: string): Promise<void> {
  const { db } = database;
  const [review] = await db.select().from(qaReviews).where(eq(qaReviews.accountId, accountId)).limit(1);
  if (!review) throw new Error('the demo seed made no automatic reviews');
  const [calibration] = await db
    .insert(qaCalibrations)
    .values({ accountId, name: 'Калибровка', scorecardId: review.scorecardId, createdBy: userId })
    .returning();
  await db.insert(qaAssignments).values({
    accountId,
    conversationId: review.conversationId,
    cycle: review.cycle,
    reviewerId: userId,
    reason: 'calibration',
    calibrationId: calibration?.id ?? null,
    status: 'pending',
  });
  const [manual] = await db
    .insert(qaReviews)
    .values({
      ...review,
      id: randomUUID(),
      kind: 'manual',
      reviewerId: userId,
      ratings: [{ category: 'greeting', value: 1, comment: 'Без имени' }],
      sentiment: null,
    })
    .returning();
  await db.insert(qaDisputes).values({
    accountId,
    reviewId: manual?.id ?? review.id,
    category: 'greeting',
    raisedBy: userId,
    reason: 'Я поздоровался',
    status: 'open',
    originalValue: 1,
  });
  await db
    .insert(qaRescoreRuns)
    .values({ accountId, scorecardId: review.scorecardId, status: 'done', total: 1, done: 1 });
  await db.insert(qaSampledWeeks).values({ accountId, week: '2026-11-23' });
}

const EMPTY = Object.fromEntries(EXPORTED_TABLES.map(({ table }) => [table, 0]));

describe(`export and import of an account on ${engine}`, () => {
  let source: Scratch;
  let target: Scratch;
  let accountId = '';
  let original = '';
  let tokenSecret = '';

  beforeAll(async () => {
    [source, target] = await Promise.all([emptyDatabase(), emptyDatabase()]);
    ({ accountId } = await seedDemo(source.database, () => new Date()));
    // The demo has people, customers, conversations, messages and events; tokens and audit entries come from use.
    const config = {
      ...loadConfig({ SINCERE_DEMO: 'false', LOG_LEVEL: 'silent', PUBLIC_URL: 'http://sincere.test' }),
      webRoot: null,
    };
    const { app } = await assemble(config, source.database, () => new Date());
    const admin = await signIn(app, DEMO.email, DEMO.password);
    const kept = await admin.request('POST', API.apiTokens, { name: 'Helpdesk sync ✓', expiresInDays: 30 });
    const revoked = await admin.request('POST', API.apiTokens, { name: 'Old script' });
    expect([kept.status, revoked.status]).toEqual([201, 201]);
    tokenSecret = kept.body.secret;
    expect((await admin.request('DELETE', API.apiToken(revoked.body.token.id))).status).toBe(204);
    expect(
      (
        await admin.request('POST', API.invitations, {
          email: 'new.agent@example.test',
          name: 'Ана Новая',
          role: 'agent',
        })
      ).status,
    ).toBe(201);
    await app.close();
    await seedTheRest(source.database, accountId);
    original = await exportText(source.database, accountId, new Date('2030-01-01T00:00:00Z'));
  }, 60_000);

  afterAll(async () => {
    await Promise.all([source.drop(), target.drop()]);
  });

  it('exports every kind of object the account has', () => {
    const counts = rowsPerTable(original);
    // A table added to the export fails here until seedTheRest gives it a row, so the round trip covers it.
    for (const { table } of EXPORTED_TABLES) expect(counts[table], `rows of ${table} in the export`).toBeGreaterThan(0);
    expect(counts['api_tokens']).toBe(2);
  });

  it('imports nothing from a file cut off in the middle of a line', async () => {
    // Cut inside a conversation event, after earlier tables were already written in the transaction.
    const lastEvent = original.lastIndexOf('{"table":"conversation_events"');
    const truncated = original.slice(0, lastEvent + 40);
    await expect(importAccount(target.database, Readable.from([truncated]), targetFiles)).rejects.toThrow();
    expect(await tableCounts(target.database)).toEqual(EMPTY);
  });

  it('imports nothing from a file cut off between two lines, which only the end line reveals', async () => {
    const lines = original.trimEnd().split('\n');
    const cut = `${lines.slice(0, Math.floor(lines.length / 2)).join('\n')}\n`;
    await expect(importAccount(target.database, Readable.from([cut]), targetFiles)).rejects.toThrow(/cut off/);
    expect(await tableCounts(target.database)).toEqual(EMPTY);
    const miscounted = original.replace(
      /\{"end":true,"rows":(\d+)/,
      (_, n: string) => `{"end":true,"rows":${Number(n) + 1}`,
    );
    await expect(importAccount(target.database, Readable.from([miscounted]), targetFiles)).rejects.toThrow(/counts/);
    expect(await tableCounts(target.database)).toEqual(EMPTY);
  });

  it('refuses attachment bytes that do not match their row, and leaves no bytes behind', async () => {
    const fileLine = original.split('\n').find((line) => line.startsWith('{"file":')) ?? '';
    const { file, data } = JSON.parse(fileLine) as { file: string; data: string };
    const flipped = Buffer.from(data, 'base64');
    flipped[0] = (flipped[0] ?? 0) ^ 0xff;
    const corrupted = original.replace(fileLine, JSON.stringify({ file, data: flipped.toString('base64') }));
    await expect(importAccount(target.database, Readable.from([corrupted]), targetFiles)).rejects.toThrow(/SHA-256/);
    expect(await tableCounts(target.database)).toEqual(EMPTY);
    const key = (
      JSON.parse(original.split('\n').find((line) => line.startsWith('{"table":"attachments"')) ?? '') as {
        row: { storage_key: string };
      }
    ).row.storage_key;
    expect(await bytesOf(targetFiles, key)).toBeNull();
  });

  it('restores the account into an empty database so that exporting it again gives the same bytes', async () => {
    const result = await importAccount(target.database, Readable.from([original]), targetFiles);
    const rows = original.split('\n').filter((line) => line.startsWith('{"table":')).length;
    expect(result).toEqual({ accountId, rows, files: 1 });
    // The bytes came along, and exporting from the restored side (its own storage) gives them back identically.
    const [restored] = await target.database.db.select().from(attachments).where(eq(attachments.accountId, accountId));
    expect((await bytesOf(targetFiles, restored?.storageKey ?? ''))?.equals(RECEIPT)).toBe(true);
    const again = await exportText(target.database, accountId, new Date(), targetFiles);
    expect(again).not.toBe(original);
    expect(withoutExportTime(again)).toBe(withoutExportTime(original));
    // Derived data is rebuilt, not copied: the counters kept by a trigger and the search vectors come out the same.
    const counts = `SELECT status, assignee_key, team_key, n FROM conversation_counts WHERE account_id = $1 ORDER BY 1, 2, 3`;
    const [before, after] = await Promise.all([
      source.database.query(counts, [accountId]),
      target.database.query(counts, [accountId]),
    ]);
    expect(after.rows).toEqual(before.rows);
    expect(after.rows.length).toBeGreaterThan(0);
    const vectors = `SELECT id, search_vector::text AS v FROM messages WHERE account_id = $1 ORDER BY id`;
    const [sourceVectors, targetVectors] = await Promise.all([
      source.database.query(vectors, [accountId]),
      target.database.query(vectors, [accountId]),
    ]);
    expect(targetVectors.rows).toEqual(sourceVectors.rows);
  });

  it('continues the conversation event sequence above the imported events', async () => {
    const seqs = original
      .split('\n')
      .filter((line) => line.startsWith('{"table":"conversation_events"'))
      .map((line) => (JSON.parse(line) as { row: { seq: number; conversation_id: string } }).row);
    const highest = Math.max(...seqs.map((row) => row.seq));
    const conversationId = seqs[0]?.conversation_id ?? '';
    const [added] = await appendEvents(target.database.db, [
      { accountId, conversationId, type: 'note.added', actorType: 'system', actorId: null, occurredAt: new Date() },
    ]);
    expect(added?.seq).toBeGreaterThan(highest);
  });

  it('lets imported people sign in with their passwords and imported API tokens authenticate', async () => {
    const config = {
      ...loadConfig({ SINCERE_DEMO: 'false', LOG_LEVEL: 'silent', PUBLIC_URL: 'http://sincere.test' }),
      webRoot: null,
    };
    const { app } = await assemble(config, target.database, () => new Date());
    try {
      const admin = await signIn(app, DEMO.email, DEMO.password);
      expect(admin.session?.account.id).toBe(accountId);
      const viaToken = await withToken(app, tokenSecret).request('GET', API.account);
      expect(viaToken.status).toBe(200);
      expect(viaToken.body.id).toBe(accountId);
    } finally {
      await app.close();
    }
  });

  it('refuses an account that already exists and leaves nothing half-written', async () => {
    const before = await tableCounts(target.database);
    await expect(importAccount(target.database, Readable.from([original]), targetFiles)).rejects.toThrow(ImportError);
    await expect(importAccount(target.database, Readable.from([original]), targetFiles)).rejects.toThrow(
      /already exists/,
    );
    // A new account id whose rows clash half-way (same user ids): the account row written first must be rolled back.
    const otherId = randomUUID();
    const clashing = original.replaceAll(accountId, otherId);
    await expect(importAccount(target.database, Readable.from([clashing]), targetFiles)).rejects.toThrow();
    expect((await target.database.query('SELECT 1 FROM accounts WHERE id = $1', [otherId])).rows).toEqual([]);
    expect(await tableCounts(target.database)).toEqual(before);
  });

  it('exports and imports through the CLI', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'sincere-backup-'));
    const extra: Scratch[] = [];
    try {
      // The CLI opens the database itself: a data folder on PGlite, a connection string on PostgreSQL.
      const where = async (name: string): Promise<Record<string, string>> => {
        if (!adminUrl) return { SINCERE_DATA_DIR: join(folder, name) };
        const scratch = await emptyDatabase();
        extra.push(scratch);
        return { DATABASE_URL: scratch.url ?? '' };
      };
      const cli = (args: string[], env: Record<string, string>) =>
        run(process.execPath, [CLI, ...args], { cwd: REPO_ROOT, env: childEnv({ SINCERE_DEMO: 'false', ...env }) });
      const [from, to] = await Promise.all([where('from'), where('to')]);
      const seeded = await cli(['seed-demo'], from);
      const id = /Demo account ([0-9a-f-]{36})/.exec(seeded.stdout)?.[1] ?? '';
      expect(id).not.toBe('');
      const first = join(folder, 'first.ndjson');
      const second = join(folder, 'second.ndjson');
      await cli(['export', '--account-id', id, '--out', first], from);
      const imported = await cli(['import', first], to);
      expect(imported.stdout).toMatch(new RegExp(`Imported account ${id}: \\d+ rows`));
      await cli(['export', '--account-id', id, '--out', second], to);
      const [before, after] = await Promise.all([readFile(first, 'utf8'), readFile(second, 'utf8')]);
      expect(rowsPerTable(before)['conversation_events']).toBeGreaterThan(0);
      expect(withoutExportTime(after)).toBe(withoutExportTime(before));

      // A second import of the same file is refused with a plain message.
      await writeFile(join(folder, 'again.ndjson'), before);
      const refused = await cli(['import', join(folder, 'again.ndjson')], to).then(
        () => null,
        (error: unknown) => error as { code: number; stderr: string },
      );
      expect(refused?.code).toBe(1);
      expect(refused?.stderr.trim()).toBe(`sincere: Account ${id} already exists in this database`);
    } finally {
      for (const scratch of extra) await scratch.drop().catch(() => undefined);
      await rm(folder, { recursive: true, force: true });
    }
    // Four CLI processes, each opening its own embedded database: on a busy machine that alone takes a minute.
  }, 180_000);
});
