import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { and, eq, lt } from 'drizzle-orm';
import { idempotencyKeys } from '@sincere/db';
import type { AppContext } from '../context';
import { AppError } from './app-error';
import type { ZodApp } from './route-types';

declare module 'fastify' {
  interface FastifyRequest {
    /** The Idempotency-Key this request holds (its first use): the answer is stored under it. */
    idempotencyKey: { accountId: string; key: string } | null;
  }
}

export const IDEMPOTENCY_HEADER = 'idempotency-key';
export const REPLAYED_HEADER = 'idempotent-replayed';
/** A key is remembered for a day. */
export const IDEMPOTENCY_TTL_MS = 24 * 3600_000;
/** A first request still "in progress" after this long died with its process: a repeat may run again. */
const ABANDONED_AFTER_MS = 5 * 60_000;
/** Marks a key whose first request has not answered yet. */
const IN_PROGRESS = 0;
const VISIBLE_ASCII = /^[\x21-\x7e]{1,255}$/;

interface StoredResponse {
  contentType: string | null;
  body: string;
}

/**
 * The public API's `Idempotency-Key` header, for POSTs with an API token: the
 * first request with a key runs and its answer (under 500) is stored; a repeat
 * of the same request gets that answer again (`Idempotent-Replayed: true`)
 * instead of a second execution; the same key for a different request is
 * refused. A 5xx forgets the key, so a retry runs again. The key is recorded
 * before the request runs, so a duplicate sent while the first still runs gets
 * 409 rather than running beside it.
 */
export function registerIdempotency(app: ZodApp, ctx: AppContext): void {
  app.decorateRequest('idempotencyKey', null);
  // After authentication (a preValidation hook registered earlier), so the account is known.
  app.addHook('preValidation', async (request, reply) => {
    if (request.method !== 'POST' || request.auth?.via !== 'api_token') return;
    const header = request.headers[IDEMPOTENCY_HEADER];
    if (header === undefined) return;
    if (typeof header !== 'string' || !VISIBLE_ASCII.test(header)) {
      throw new AppError('bad_request', 'The Idempotency-Key header must be 1 to 255 visible ASCII characters', {
        'Idempotency-Key': 'Must be 1 to 255 visible ASCII characters (no spaces), sent once',
      });
    }
    const held = { accountId: request.auth.accountId, key: header };
    const requestHash = hashRequest(request);
    const stored = await claimKey(ctx, held, requestHash);
    if (stored === 'claimed') {
      request.idempotencyKey = held;
      return;
    }
    if (stored.requestHash !== requestHash) {
      throw new AppError('validation_failed', 'This Idempotency-Key was used for a different request', {
        'Idempotency-Key': 'Already used with another method, path or body; use a new key',
      });
    }
    if (stored.statusCode === IN_PROGRESS) {
      throw new AppError('conflict', 'A request with this Idempotency-Key is still in progress; retry shortly', {
        'Idempotency-Key': 'In progress',
      });
    }
    return replay(reply, stored.statusCode, stored.response as StoredResponse);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const held = request.idempotencyKey;
    if (!held) return payload;
    request.idempotencyKey = null;
    const body = typeof payload === 'string' ? payload : Buffer.isBuffer(payload) ? payload.toString('utf8') : null;
    try {
      if (reply.statusCode >= 500 || (body === null && payload !== null && payload !== undefined)) {
        // A failure on our side (or a streamed answer, which cannot be kept): the next try runs again.
        await ctx.database.db.delete(idempotencyKeys).where(keyIs(held));
      } else {
        const contentType = reply.getHeader('content-type');
        const response: StoredResponse = {
          contentType: typeof contentType === 'string' ? contentType : null,
          body: body ?? '',
        };
        await ctx.database.db
          .update(idempotencyKeys)
          .set({ statusCode: reply.statusCode, response })
          .where(keyIs(held));
      }
    } catch (error) {
      // The answer still goes out; the key stays "in progress" until it is abandoned.
      request.log.error({ err: error }, 'could not store the Idempotency-Key answer');
    }
    return payload;
  });
}

const keyIs = (held: { accountId: string; key: string }) =>
  and(eq(idempotencyKeys.accountId, held.accountId), eq(idempotencyKeys.key, held.key));

/** Method, path (with its query) and the body as parsed: a repeat must match all three. */
function hashRequest(request: FastifyRequest): string {
  return createHash('sha256')
    .update(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`)
    .digest('hex');
}

type KeyRow = typeof idempotencyKeys.$inferSelect;

/** Records the key as in progress, or returns what is stored under it. Expired keys of the account go first. */
async function claimKey(
  ctx: AppContext,
  held: { accountId: string; key: string },
  requestHash: string,
): Promise<'claimed' | KeyRow> {
  const { db } = ctx.database;
  const now = ctx.clock();
  await db
    .delete(idempotencyKeys)
    .where(
      and(
        eq(idempotencyKeys.accountId, held.accountId),
        lt(idempotencyKeys.createdAt, new Date(now.getTime() - IDEMPOTENCY_TTL_MS)),
      ),
    );
  for (let attempt = 1; ; attempt++) {
    const inserted = await db
      .insert(idempotencyKeys)
      .values({ ...held, requestHash, statusCode: IN_PROGRESS, response: {}, createdAt: now })
      .onConflictDoNothing()
      .returning({ key: idempotencyKeys.key });
    if (inserted.length > 0) return 'claimed';
    const [row] = await db.select().from(idempotencyKeys).where(keyIs(held));
    // Gone between the two statements (a 5xx just forgot it): try to take it again.
    if (!row) {
      if (attempt < 3) continue;
      throw new AppError('conflict', 'A request with this Idempotency-Key is still in progress; retry shortly');
    }
    const abandoned = row.statusCode === IN_PROGRESS && now.getTime() - row.createdAt.getTime() > ABANDONED_AFTER_MS;
    if (!abandoned || attempt >= 3) return row;
    await db
      .delete(idempotencyKeys)
      .where(
        and(keyIs(held), eq(idempotencyKeys.statusCode, IN_PROGRESS), eq(idempotencyKeys.createdAt, row.createdAt)),
      );
  }
}

function replay(reply: FastifyReply, statusCode: number, stored: StoredResponse): FastifyReply {
  void reply.status(statusCode).header(REPLAYED_HEADER, 'true');
  if (stored.contentType) void reply.type(stored.contentType);
  // A string with a JSON content type is sent as it is: the stored bytes, not serialised again.
  return reply.send(stored.body === '' ? null : stored.body);
}

/** Forgets keys older than a day in every account (the hourly sweep; each request also sweeps its own account). */
export async function purgeExpiredIdempotencyKeys(ctx: AppContext): Promise<number> {
  const cutoff = new Date(ctx.clock().getTime() - IDEMPOTENCY_TTL_MS);
  const rows = await ctx.database.db
    .delete(idempotencyKeys)
    .where(lt(idempotencyKeys.createdAt, cutoff))
    .returning({ key: idempotencyKeys.key });
  return rows.length;
}
