import { z } from 'zod';
import { Id } from './common';

/**
 * Who else has a conversation open, and who is writing in it: the collision
 * warning. Nothing here is stored; it lives in the servers' memory and expires
 * by itself, so a lost "left" (a crashed browser, a lost link) clears within
 * seconds. Durations are relative (milliseconds from when the event is sent),
 * not timestamps: a browser whose clock is off would otherwise drop or keep
 * them wrongly.
 */

/** How long an agent counts as viewing after their last `viewing`; browsers repeat it every 15 s. */
export const VIEWING_TTL_MS = 30_000;
/** How long an agent counts as typing after their last `typing`; browsers repeat it at most every 2.5 s. */
export const TYPING_TTL_MS = 6_000;

export const TypingKind = z.enum(['reply', 'note']);
export type TypingKind = z.infer<typeof TypingKind>;

/** The connection ids of customers writing in the chat widget: shown as typing, never as a colleague's collision. */
export const CUSTOMER_CONNECTION_PREFIX = 'widget-';

/** What one agent's browser tab (or a widget visitor, by CUSTOMER_CONNECTION_PREFIX) is doing in one conversation. */
export const AgentActivity = z.object({
  /** Opaque id of the tab's socket: one agent with two tabs has two entries, each expiring on its own. */
  connectionId: z.string().min(1).max(64),
  user: z.object({ id: Id, name: z.string() }),
  /** How long the agent counts as viewing unless refreshed; 0 when they left. */
  viewingForMs: z.number().int().min(0).max(VIEWING_TTL_MS),
  /** What they are writing and how long that holds unless refreshed; null when not writing. */
  typing: z.object({ kind: TypingKind, forMs: z.number().int().min(1).max(TYPING_TTL_MS) }).nullable(),
});
export type AgentActivity = z.infer<typeof AgentActivity>;
