import { z } from 'zod';
import { Id } from './common';

/** Merging: the source conversation's messages move into this one (the target), and the source is resolved. */
export const MergeConversationsRequest = z
  .object({
    sourceId: Id.describe('The conversation to merge into this one: same customer, not merged already'),
  })
  .strict();
export type MergeConversationsRequest = z.infer<typeof MergeConversationsRequest>;

/** Splitting: one customer message (and its attachments) starts a new conversation of the same customer. */
export const SplitConversationRequest = z
  .object({
    messageId: Id.describe('A customer (inbound) message of this conversation, not its only one'),
    /** The new conversation's subject; the source's when left out. */
    subject: z.string().trim().max(300).optional(),
  })
  .strict();
export type SplitConversationRequest = z.infer<typeof SplitConversationRequest>;

const ForwardComment = z.string().trim().max(5_000);
/** At most 10 addresses: forwarding is for a colleague or a partner, not a mailing. */
const ForwardRecipients = z.array(z.email().max(254)).min(1).max(10);

export const ForwardConversationRequest = z
  .object({
    to: ForwardRecipients,
    /** A few words above the transcript. */
    comment: ForwardComment.optional(),
    /** Internal notes are the team's own words: they go out only when asked for. */
    includeNotes: z.boolean().default(false),
  })
  .strict();
export type ForwardConversationRequest = z.infer<typeof ForwardConversationRequest>;

/** 202: the mail is queued; `conversation.forwarded` appears in the event log once it is sent. */
export const ForwardConversationResponse = z
  .object({ forwardId: Id.describe('Also the job id; the log’s conversation.forwarded event carries it') })
  .meta({ id: 'ForwardConversationResponse' });
export type ForwardConversationResponse = z.infer<typeof ForwardConversationResponse>;

/** The job behind a forward: everything the request decided, so that a retry sends the same mail. */
export const ForwardConversationJob = z.object({
  accountId: z.uuid(),
  conversationId: z.uuid(),
  forwardId: z.uuid(),
  requestedBy: z.uuid(),
  requestedAt: z.iso.datetime({ offset: true }),
  to: ForwardRecipients,
  comment: ForwardComment.nullable(),
  includeNotes: z.boolean(),
});
export type ForwardConversationJob = z.infer<typeof ForwardConversationJob>;
