import { API, ConversationPage, type ConversationSummary } from '@sincere/contracts';
import { apiGet, withQuery } from '../api/client';

const PAGE_SIZE = 200;
const MAX_PAGES = 5;

export interface CustomerConversations {
  items: ConversationSummary[];
  /** False when the customer has more conversations than were read (over MAX_PAGES pages). */
  complete: boolean;
}

/** The customer's conversations, most recent activity first, up to MAX_PAGES pages (1000 conversations). */
export async function findCustomerConversations(
  customerId: string,
  signal: AbortSignal,
): Promise<CustomerConversations> {
  const items: ConversationSummary[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < MAX_PAGES; page += 1) {
    const path = withQuery(API.conversations, { customerId, sort: 'recent', limit: PAGE_SIZE, cursor });
    const result: ConversationPage = await apiGet(path, ConversationPage, signal);
    items.push(...result.items);
    if (!result.nextCursor) return { items, complete: true };
    cursor = result.nextCursor;
  }
  return { items, complete: false };
}

/** What the current conversation may be merged into: the customer's others, none already merged away. */
export function mergeTargets(conversations: readonly ConversationSummary[], currentId: string): ConversationSummary[] {
  return conversations.filter((conversation) => conversation.id !== currentId && conversation.mergedIntoId === null);
}
