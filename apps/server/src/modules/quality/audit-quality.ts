import type { AuditAction } from '@sincere/contracts';
import type { Tx } from '@sincere/db';
import type { AuthContext } from '../auth/auth-context';
import { recordAudit } from '../audit/record-audit';

/** An audit entry for a QA change by the caller, in the change's transaction. */
export async function auditQuality(
  tx: Tx,
  caller: AuthContext,
  action: AuditAction,
  targetType: string,
  targetId: string | null,
  data: Record<string, unknown> = {},
): Promise<void> {
  await recordAudit(tx, {
    accountId: caller.accountId,
    actorUserId: caller.user.id,
    action,
    targetType,
    targetId,
    data,
  });
}
