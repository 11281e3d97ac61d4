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
  'sla_policy.created',
  'sla_policy.updated',
  'sla_policy.deleted',
  'team.created',
  'team.renamed',
  'team.deleted',
  'team.assignment_changed',
  'team.sla_policy_changed',
  'team.member_added',
  'team.member_removed',
  'user.capacity_changed',
  'channel.created',
  'channel.updated',
  'channel.secret_rotated',
  'webhook.created',
  'webhook.updated',
  'webhook.deleted',
  'webhook.secret_rotated',
  'customers.imported',
  'customer_fact.created',
  'customer_fact.confirmed',
  'customer_fact.updated',
  'customer_fact.deleted',
  'customer.updated',
  'customer.merged',
  'customer.exported',
  'customer.forgotten',
  'customer_field.created',
  'customer_field.updated',
  'customer_field.deleted',
  'connector.created',
  'connector.updated',
  'connector.deleted',
  'connector.secret_rotated',
  'connector.action_run',
  'locale_profile.updated',
  'locale_profile.restored',
  'calendar_entry.created',
  'calendar_entry.deleted',
  'quality.scorecard_created',
  'quality.scorecard_edited',
  'quality.scorecard_versioned',
  'quality.settings_changed',
  'quality.dispute_decided',
  'quality.calibration_created',
  'quality.calibration_closed',
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
