import { Id } from '@sincere/contracts';
import type { AppContext } from '../../context';
import type { ConversationChange, ConversationListeners } from '../conversations/conversation-listeners';
import { detectFacts } from './detect-facts';
import { insertSuggestedFacts, listInboundMessagesForFacts, type NewSuggestion } from './memory.repository';

/** The detector reads no further than this into a message (a pasted log, a long quoted thread): neither do we. */
const READ_CHARS = 4000;
const registered = new WeakSet<ConversationListeners>();

/**
 * Suggests personal facts from customer messages after they commit (a conversation listener). Registering
 * twice for one context does nothing.
 */
export function registerFactSuggestions(ctx: AppContext): void {
  if (registered.has(ctx.conversationListeners)) return;
  registered.add(ctx.conversationListeners);
  ctx.conversationListeners.on(
    'fact-suggestions',
    (change) => suggestFacts(ctx, [change]),
    (changes) => suggestFacts(ctx, changes),
  );
}

/**
 * For the customer messages of the changes: runs the detector and stores what it finds as suggestions for an
 * agent to confirm. Per account, one query reads the messages and one statement stores the suggestions; running
 * it again for the same messages stores nothing more (one suggestion per message and category).
 */
export async function suggestFacts(ctx: AppContext, changes: ConversationChange[]): Promise<void> {
  const messageIdsByAccount = new Map<string, Set<string>>();
  for (const { accountId, events } of changes) {
    for (const event of events) {
      const messageId = event.type === 'message.inbound' ? Id.safeParse(event.data.messageId) : null;
      if (!messageId?.success) continue;
      const ids = messageIdsByAccount.get(accountId) ?? new Set<string>();
      ids.add(messageId.data);
      messageIdsByAccount.set(accountId, ids);
    }
  }
  for (const [accountId, ids] of messageIdsByAccount) {
    const inbound = await listInboundMessagesForFacts(ctx.database.db, accountId, [...ids], READ_CHARS);
    const suggestions: NewSuggestion[] = [];
    const seen = new Set<string>();
    for (const message of inbound) {
      for (const found of detectFacts(message.body, { language: message.language })) {
        // One per message and category (the table's key), and one per customer for the same words.
        const perMessage = `${message.id} ${found.category}`;
        const perCustomer = `${message.customerId} ${found.category} ${found.text.toLowerCase()}`;
        if (seen.has(perMessage) || seen.has(perCustomer)) continue;
        seen.add(perMessage).add(perCustomer);
        suggestions.push({
          customerId: message.customerId,
          category: found.category,
          text: found.text,
          mentionedAt: message.createdAt,
          messageId: message.id,
          conversationId: message.conversationId,
        });
      }
    }
    await insertSuggestedFacts(ctx.database.db, accountId, suggestions, ctx.clock());
  }
}
