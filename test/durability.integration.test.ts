import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  API,
  CSRF_HEADER,
  SESSION_COOKIE,
  type ApiTokenList,
  type ConversationPage,
  type CreateApiTokenResponse,
  type InviteUserResponse,
  type SessionResponse,
  type UserList,
} from '@sincere/contracts';
import { ServerStartError, spawnServer, type SpawnedServer } from './support/spawn-server';

const DEMO = { email: 'admin@demo.sincere.local', password: 'sincere-demo' };
const onPostgres = Boolean(process.env['DATABASE_URL']);

interface Session {
  accountId: string;
  userId: string;
  send<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<{ status: number; body: T }>;
}

/** Signs in over HTTP like the web app: the session cookie plus the CSRF token on every write. */
async function signIn(url: string): Promise<Session> {
  const response = await fetch(`${url}${API.signIn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(DEMO),
  });
  expect(response.status).toBe(200);
  const cookie = response.headers.getSetCookie().find((line) => line.startsWith(`${SESSION_COOKIE}=`));
  if (!cookie) throw new Error('sign-in set no session cookie');
  const session = (await response.json()) as SessionResponse;
  const headers = { cookie: cookie.split(';')[0] ?? '', [CSRF_HEADER]: session.csrfToken };
  return {
    accountId: session.account.id,
    userId: session.user.id,
    async send<T>(method: 'GET' | 'POST', path: string, body?: unknown) {
      const reply = await fetch(`${url}${path}`, {
        method,
        headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await reply.text();
      return { status: reply.status, body: (text ? JSON.parse(text) : null) as T };
    },
  };
}

async function countConversations(session: Session): Promise<number> {
  let total = 0;
  let cursor: string | null = null;
  do {
    const query: string = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
    const page = await session.send<ConversationPage>('GET', `${API.conversations}?limit=200${query}`);
    expect(page.status).toBe(200);
    total += page.body.items.length;
    cursor = page.body.nextCursor;
  } while (cursor);
  return total;
}

/** Every write whose 2xx answer reached the client: those are promised to be on disk. */
interface Acknowledged {
  invitees: string[];
  tokenIds: string[];
}

async function invite(session: Session, email: string, acknowledged: Acknowledged): Promise<void> {
  const reply = await session.send<InviteUserResponse>('POST', API.invitations, {
    email,
    name: `Invitee ${email}`,
    role: 'agent',
  });
  if (reply.status !== 201) throw new Error(`invitation of ${email} answered ${reply.status}`);
  acknowledged.invitees.push(email);
}

async function createToken(session: Session, name: string, acknowledged: Acknowledged): Promise<void> {
  const reply = await session.send<CreateApiTokenResponse>('POST', API.apiTokens, { name });
  if (reply.status !== 201) throw new Error(`token ${name} answered ${reply.status}`);
  acknowledged.tokenIds.push(reply.body.token.id);
}

describe.skipIf(onPostgres)(
  `SIGKILL of the server and a restart lose no committed data on PGlite${onPostgres ? ' (skipped: DATABASE_URL is set; this file tests the embedded data folder)' : ''}`,
  () => {
    let folder = '';
    let first: SpawnedServer | null = null;
    let second: SpawnedServer | null = null;

    beforeAll(async () => {
      folder = await mkdtemp(join(tmpdir(), 'sincere-durability-'));
      first = await spawnServer({ env: { SINCERE_DATA_DIR: folder, SINCERE_DEMO: 'true' } });
    }, 60_000);

    afterAll(async () => {
      await first?.stop();
      await second?.stop();
      await rm(folder, { recursive: true, force: true });
    }, 30_000);

    it('refuses a second server on the same data folder while the first runs, with a clear message', async () => {
      if (!first) throw new Error('the first server did not start');
      const attempt = await spawnServer({ env: { SINCERE_DATA_DIR: folder } }).then(
        async (unexpected) => {
          await unexpected.stop();
          return null;
        },
        (error: unknown) => error,
      );
      expect(attempt).toBeInstanceOf(ServerStartError);
      const error = attempt as ServerStartError;
      expect(error.code).toBe(1);
      expect(error.output.trim()).toBe(
        `sincere: The data folder ${join(folder, 'pglite')} is in use by process ${first.pid}. Stop it first, or set SINCERE_DATA_DIR.`,
      );
      // The refused start must not have taken the lock or harmed the running server.
      expect(await readFile(join(folder, 'pglite.lock'), 'utf8')).toBe(String(first.pid));
      expect((await fetch(`${first.url}/readyz`)).status).toBe(200);
    }, 30_000);

    it('keeps every acknowledged write after a SIGKILL in the middle of concurrent writes, and does not seed the demo again', async () => {
      if (!first) throw new Error('the first server did not start');
      const before = await signIn(first.url);
      const conversationsBefore = await countConversations(before);
      expect(first.stdout).toContain('Demo workspace created');
      expect(conversationsBefore).toBeGreaterThan(0);

      const acknowledged: Acknowledged = { invitees: [], tokenIds: [] };
      for (let index = 0; index < 20; index += 1)
        await invite(before, `sequential-${index}@durability.test`, acknowledged);
      for (let index = 0; index < 5; index += 1) await createToken(before, `sequential token ${index}`, acknowledged);

      // Four clients write at once; the kill lands while several requests are in flight.
      let stop = false;
      let failures = 0;
      const writer = async (worker: number) => {
        for (let index = 0; !stop; index += 1) {
          const write =
            index % 3 === 2
              ? createToken(before, `concurrent token ${worker}-${index}`, acknowledged)
              : invite(before, `concurrent-${worker}-${index}@durability.test`, acknowledged);
          // After the kill, requests fail (connection reset or refused): those were never acknowledged.
          await write.catch(() => {
            failures += 1;
            stop = true;
          });
        }
      };
      const writers = [0, 1, 2, 3].map(writer);
      const acknowledgedBeforeLoop = acknowledged.invitees.length + acknowledged.tokenIds.length;
      while (!stop && acknowledged.invitees.length + acknowledged.tokenIds.length < acknowledgedBeforeLoop + 30) {
        await new Promise((done) => setTimeout(done, 5));
      }
      const killedPid = first.pid;
      await first.kill('SIGKILL');
      stop = true;
      await Promise.all(writers);
      expect(failures).toBeGreaterThan(0);
      expect(acknowledged.invitees.length + acknowledged.tokenIds.length).toBeGreaterThanOrEqual(
        acknowledgedBeforeLoop + 30,
      );
      // The killed process had no chance to remove its lock: the restart must take it over.
      expect(await readFile(join(folder, 'pglite.lock'), 'utf8')).toBe(String(killedPid));

      second = await spawnServer({ env: { SINCERE_DATA_DIR: folder, SINCERE_DEMO: 'true' } });
      expect(second.stdout).not.toContain('Demo workspace created');
      const after = await signIn(second.url);
      expect(after.accountId).toBe(before.accountId);
      expect(after.userId).toBe(before.userId);
      expect(await countConversations(after)).toBe(conversationsBefore);

      const users = await after.send<UserList>('GET', API.users);
      expect(users.status).toBe(200);
      const emails = new Set(users.body.items.map((user) => user.email));
      expect(acknowledged.invitees.filter((email) => !emails.has(email))).toEqual([]);
      expect(users.body.items.every((user) => user.accountId === before.accountId)).toBe(true);

      const tokens = await after.send<ApiTokenList>('GET', API.apiTokens);
      const tokenIds = new Set(tokens.body.items.map((token) => token.id));
      expect(acknowledged.tokenIds.filter((id) => !tokenIds.has(id))).toEqual([]);

      // The restarted server writes on as before.
      await invite(after, 'after-restart@durability.test', acknowledged);
    }, 45_000);
  },
);
