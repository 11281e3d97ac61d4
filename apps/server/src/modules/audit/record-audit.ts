import type { AuditAction } from '@sincere/contracts';
import { auditLog, type Db, type Tx } from '@sincere/db';

export interface AuditRecord {
  accountId: string;
  actorUserId: string | null;
  action: AuditAction;
  targetType: string;
  targetId: string | null;
  data?: Record<string, unknown>;
  ip?: string | null;
}

/** Call inside the transaction that makes the change, so the record and the change land together. */
export async function recordAudit(db: Db | Tx, record: AuditRecord): Promise<void> {
  await db.insert(auditLog).values({
    accountId: record.accountId,
    actorUserId: record.actorUserId,
    action: record.action,
    targetType: record.targetType,
    targetId: record.targetId,
    data: record.data ?? {},
    ip: record.ip ?? null,
  });
}
