import type { InviteUserRequest } from '@sincere/contracts';
import { users } from '@sincere/db';
import type { AppContext } from '../../context';
import { AppError } from '../../http/app-error';
import { recordAudit } from '../audit/record-audit';
import type { AuthContext } from '../auth/auth-context';
import { hashSecret, newSecret } from '../auth/secret-token';
import type { UserRow } from './user.mapper';

export const INVITATION_DAYS = 7;

export async function inviteUser(
  ctx: AppContext,
  caller: AuthContext,
  input: InviteUserRequest,
  baseUrl: string,
): Promise<{ user: UserRow; inviteUrl: string }> {
  const token = newSecret();
  const now = ctx.clock();
  const user = await ctx.database.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(users)
      .values({
        accountId: caller.accountId,
        email: input.email,
        name: input.name,
        role: input.role,
        locale: caller.account.locale,
        status: 'invited',
        inviteTokenHash: hashSecret(token),
        inviteExpiresAt: new Date(now.getTime() + INVITATION_DAYS * 86_400_000),
        createdAt: now,
        updatedAt: now,
      })
      // The unique email decides, not a read before the insert: two invitations sent at once get one 201 and one 409.
      .onConflictDoNothing({ target: users.email })
      .returning();
    if (!created) throw new AppError('conflict', 'A user with this email already exists', { email: 'Already in use' });
    await recordAudit(tx, {
      accountId: caller.accountId,
      actorUserId: caller.user.id,
      action: 'user.invited',
      targetType: 'user',
      targetId: created.id,
      data: { email: created.email, role: created.role },
    });
    return created;
  });
  return { user, inviteUrl: `${baseUrl}/invite/${token}` };
}
