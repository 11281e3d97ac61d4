import { and, eq } from 'drizzle-orm';
import { accounts } from '@sincere/db';
import { Account, API, UpdateAccountRequest } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { notFound } from '../../http/app-error';
import { AUTHED_ERRORS, type ZodApp } from '../../http/route-types';
import { recordAudit } from '../audit/record-audit';
import { requireAuth, requireRole } from '../auth/auth-context';
import { toAccount } from './account.mapper';

export function registerAccountRoutes(app: ZodApp, ctx: AppContext): void {
  const tags = ['account'];
  app.get(API.account, { schema: { tags, response: { 200: Account, ...AUTHED_ERRORS } } }, async (request) =>
    toAccount(requireAuth(request.auth).account),
  );

  app.patch(
    API.account,
    {
      schema: {
        tags,
        summary: 'Rename the account or change its defaults (admins)',
        body: UpdateAccountRequest,
        response: { 200: Account, ...AUTHED_ERRORS },
      },
    },
    async (request) => {
      const caller = requireRole(request.auth, ['admin']);
      // Nothing to change: answer with the account as it is, and audit nothing.
      if (Object.keys(request.body).length === 0) return toAccount(caller.account);
      const updated = await ctx.database.db.transaction(async (tx) => {
        const [row] = await tx
          .update(accounts)
          .set(request.body)
          .where(and(eq(accounts.id, caller.accountId)))
          .returning();
        if (!row) throw notFound('Account');
        await recordAudit(tx, {
          accountId: caller.accountId,
          actorUserId: caller.user.id,
          action: 'account.updated',
          targetType: 'account',
          targetId: caller.accountId,
          data: { ...request.body },
        });
        return row;
      });
      return toAccount(updated);
    },
  );
}
