import { randomUUID } from 'node:crypto';
import type { ForwardConversationRequest } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { AppError } from '../../http/app-error';
import type { AuthContext } from '../auth/auth-context';
import { jobsIn } from '../jobs/jobs-in-transaction';
import { appendEvents } from './event-log';
import { lockConversation, publishChanges } from './conversation-writes';
import { refuseMerged } from './merged-conversations';

/** A failed send is retried with backoff (about 1, 2, 4, 8, 16 minutes…) before the job gives up. */
const SEND_RETRIES = 6;

/**
 * Records the request to forward the conversation by email (`conversation.forward_requested`,
 * by the caller) and queues the job that sends it (send-forward.ts), in one transaction: the
 * request is never logged without its job, nor queued without its record. Returns the
 * forward's id, which is also the job's.
 */
export async function forwardConversation(
  ctx: AppContext,
  caller: AuthContext,
  conversationId: string,
  input: ForwardConversationRequest,
): Promise<string> {
  const { accountId } = caller;
  const now = ctx.clock();
  const forwardId = randomUUID();
  const to = [...new Set(input.to.map((address) => address.toLowerCase()))];
  const comment = input.comment || null;
  const events = await ctx.database.db.transaction(async (tx) => {
    // Looked up first, so that another account's conversation is a 404 whatever this server's mail set-up.
    const conversation = await lockConversation(tx, accountId, conversationId);
    refuseMerged(conversation);
    if (!ctx.config.mail) {
      // 409, not 503: retrying will not help until an administrator sets SMTP_URL; nothing is down.
      throw new AppError('conflict', 'Outgoing mail is not set up on this server (SMTP_URL), so forwarding is off');
    }
    await ctx.jobs.send(
      'conversations.forward',
      {
        accountId,
        conversationId,
        forwardId,
        requestedBy: caller.user.id,
        requestedAt: now.toISOString(),
        to,
        comment,
        includeNotes: input.includeNotes,
      },
      { id: forwardId, db: jobsIn(tx), retryLimit: SEND_RETRIES, retryBackoff: true },
    );
    return appendEvents(tx, [
      {
        accountId,
        conversationId,
        type: 'conversation.forward_requested',
        actorType: 'user',
        actorId: caller.user.id,
        data: { forwardId, to, includeNotes: input.includeNotes, ...(comment ? { comment } : {}) },
        occurredAt: now,
      },
    ]);
  });
  await publishChanges(ctx, accountId, conversationId, events);
  return forwardId;
}
