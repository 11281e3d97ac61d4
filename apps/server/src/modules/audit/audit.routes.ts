import { and, desc, eq, lt, or, sql } from 'drizzle-orm';
import { auditLog, users } from '@sincere/db';
import { API, AuditAction, AuditPage, PageQuery, type AuditEntry } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { AUTHED_ERRORS, type ZodApp } from '../../http/route-types';
import { requireRole } from '../auth/auth-context';
import { decodeCursor, encodeCursor } from '../../http/keyset-cursor';

export function registerAuditRoutes(app: ZodApp, ctx: AppContext): void {
  app.get(
    API.auditLog,
    {
      schema: {
        tags: ['audit'],
        summary: 'Administrative actions, newest first (admins and leads)',
        querystring: PageQuery,
        response: { 200: AuditPage, ...AUTHED_ERRORS },
      },
    },
    async (request) => {
      const caller = requireRole(request.auth, ['admin', 'lead']);
      const { limit, cursor } = request.query;
      const after = decodeCursor(cursor);
      // The cursor carries milliseconds; compare and sort at that precision so no row is skipped.
      const createdMs = sql<Date>`date_trunc('milliseconds', ${auditLog.createdAt})`;
      const rows = await ctx.database.db
        .select({ entry: auditLog, actor: { id: users.id, name: users.name } })
        .from(auditLog)
        .leftJoin(users, eq(users.id, auditLog.actorUserId))
        .where(
          and(
            eq(auditLog.accountId, caller.accountId),
            after ? or(lt(createdMs, after.at), and(eq(createdMs, after.at), lt(auditLog.id, after.id))) : undefined,
          ),
        )
        .orderBy(desc(createdMs), desc(auditLog.id))
        .limit(limit + 1);
      const page = rows.slice(0, limit);
      const last = page.at(-1);
      return {
        items: page.map(({ entry, actor }): AuditEntry => ({
          id: entry.id,
          action: AuditAction.parse(entry.action),
          actor: actor?.id ? { id: actor.id, name: actor.name } : null,
          targetType: entry.targetType,
          targetId: entry.targetId,
          data: entry.data,
          createdAt: entry.createdAt.toISOString(),
        })),
        nextCursor: rows.length > limit && last ? encodeCursor(last.entry.createdAt, last.entry.id) : null,
      };
    },
  );
}
