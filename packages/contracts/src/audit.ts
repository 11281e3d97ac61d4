import { z } from 'zod';
import { Id, IsoDateTime, pageOf } from './common';

export const AUDIT_ACTIONS = [
  'account.updated',
  'user.invited',
  'user.invitation_accepted',
  'user.role_changed',
  'user.renamed',
  'user.deactivated',
  'user.reactivated',
  'api_token.created',
  'api_token.revoked',
] as const;
export const AuditAction = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditAction>;

export const AuditEntry = z
  .object({
    id: Id,
    action: AuditAction,
    actor: z.object({ id: Id, name: z.string() }).nullable(),
    targetType: z.string(),
    targetId: z.string().nullable(),
    data: z.record(z.string(), z.unknown()),
    createdAt: IsoDateTime,
  })
  .meta({ id: 'AuditEntry' });
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditPage = pageOf(AuditEntry);
export type AuditPage = z.infer<typeof AuditPage>;
