import { z } from 'zod';

/**
 * Durable background jobs: name → payload schema. A job is validated when it is
 * sent and again when it is worked, so a payload from an older release that no
 * longer fits fails loudly instead of doing the wrong thing.
 */
export const JOBS = {
  /** Hourly: delete expired sessions, spent invitations and old sign-in attempts. */
  'maintenance.purge-expired': z.object({}),
} as const;
export type JobName = keyof typeof JOBS;
export type JobPayload<N extends JobName> = z.infer<(typeof JOBS)[N]>;
