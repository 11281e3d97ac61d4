import type { AppContext } from '../../context';
import { findConversationSummaries } from '../conversations/conversation-summary';
import { findMessage } from '../conversations/conversations.repository';

/** Enough for the lists and conversations on screen; anything beyond shows at the next load. */
const MAX_PUSHED = 500;

/**
 * After commit: the list rows of conversations whose customer changed (a merge moved them, "forget" renamed
 * their customer), and messages that changed with them (erased), pushed to the account's agents so that their
 * screens follow.
 */
export async function publishConversationRows(
  ctx: AppContext,
  accountId: string,
  ids: string[],
  changedMessages: { id: string; conversationId: string }[] = [],
): Promise<void> {
  if (ids.length === 0) return;
  await ctx.afterCommit.run(async () => {
    const { db } = ctx.database;
    const rows = await findConversationSummaries(db, accountId, ids.slice(0, MAX_PUSHED), ctx.clock());
    for (const conversation of rows) ctx.realtime.publish(accountId, { type: 'conversation.updated', conversation });
    for (const { id, conversationId } of changedMessages.slice(0, MAX_PUSHED)) {
      const message = await findMessage(db, accountId, id);
      if (message) ctx.realtime.publish(accountId, { type: 'message.updated', conversationId, message });
    }
  });
}
