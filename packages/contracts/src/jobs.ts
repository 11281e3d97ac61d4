import { z } from 'zod';
import { SlaCheckJob, SlaRecomputeJob } from './sla';
import { ForwardConversationJob } from './conversation-actions';
import { AutoReviewJob, RescoreJob } from './quality-reviews';

/**
 * Durable background jobs: name → payload schema. A job is validated when it is
 * sent and again when it is worked, so a payload from an older release that no
 * longer fits fails loudly instead of doing the wrong thing.
 */
export const JOBS = {
  /** Hourly: delete expired sessions, spent invitations and old sign-in attempts. */
  'maintenance.purge-expired': z.object({}),
  /** At a snoozed conversation's time: reopen it, unless someone already did or snoozed it again. */
  'conversations.wake-snoozed': z.object({
    accountId: z.uuid(),
    conversationId: z.uuid(),
    snoozedUntil: z.iso.datetime({ offset: true }),
  }),
  /** Every minute: run the conversation listeners for changes a crash (or a failing listener) left unreacted. */
  'conversations.react-pending': z.object({}),
  /** Forward a conversation by email, once: a retry finds the first send in the event log. */
  'conversations.forward': ForwardConversationJob,
  /** Every minute: people online or away with no open Sincere tab for three minutes become offline. */
  'presence.sweep-silent': z.object({}),
  /** At an SLA warning or due time: log 'sla.warning' / 'sla.breached' once, unless the due time moved. */
  'sla.check': SlaCheckJob,
  /** After a policy changed or was deleted: recompute the due times of its unresolved conversations. */
  'sla.recompute': SlaRecomputeJob,
  /** Send an agent's reply out through the conversation's channel (email, Telegram); retried with backoff. */
  'channels.deliver': z.object({ accountId: z.uuid(), messageId: z.uuid() }),
  /** Post one event to one webhook endpoint; a failure schedules the next attempt with backoff. */
  'webhooks.deliver': z.object({ accountId: z.uuid(), deliveryId: z.uuid() }),
  /** Every minute: fetch new mail from the inboxes that poll an existing mailbox over IMAP. */
  'email.poll-imap': z.object({}),
  /** After a conversation is resolved: score it with the account's scorecard, with evidence per rating. */
  'quality.auto-review': AutoReviewJob,
  /** Re-score automatic reviews after a scorecard change, one slice per job, with progress in the run's row. */
  'quality.rescore': RescoreJob,
  /** Hourly: draw each account's weekly random sample per agent once its week has begun. */
  'quality.sample-weekly': z.object({}),
} as const;
export type JobName = keyof typeof JOBS;
export type JobPayload<N extends JobName> = z.infer<(typeof JOBS)[N]>;
