import {
  BLIND_REVIEW_FILES,
  DEV_REVIEW_FILES,
  loadReviewSet,
  type LabelledConversation,
} from '../../apps/server/src/modules/quality/auto-review/review-set';
import type { Database } from '@sincere/db';

/** One hand-rated conversation as the bulk inserts read it; conversation n copies template n mod the count. */
export interface Template {
  idx: number;
  language: string;
  customerName: string | null;
  customerLocale: string | null;
  /** Messages before the first reply: what an open, still unanswered conversation holds. */
  openLength: number;
  /** Seconds from the first message to the last (minute × 60 + position, so that no two share a time). */
  lastOffset: number;
  /** Seconds to the first reply by a person, or null when nobody replied. */
  firstReplyOffset: number | null;
  hasReply: boolean;
  conversation: LabelledConversation;
}

/** Every labelled conversation of every language, dev and blind: the texts people really write. */
export function loadTemplates(): Template[] {
  const files = [...Object.values(DEV_REVIEW_FILES), ...Object.values(BLIND_REVIEW_FILES)];
  const conversations = files.flatMap((file) => loadReviewSet(file).conversations);
  if (conversations.length === 0)
    throw new Error('no labelled conversations in apps/server/src/modules/quality/labelled');
  return conversations.map((conversation, idx) => {
    const { messages } = conversation;
    const firstReply = messages.findIndex((message) => message.from === 'agent' || message.from === 'bot');
    const firstHuman = messages.findIndex((message) => message.from === 'agent');
    return {
      idx,
      language: conversation.language,
      customerName: conversation.customer.name,
      customerLocale: conversation.customer.locale,
      openLength: Math.max(1, firstReply === -1 ? messages.length : firstReply),
      lastOffset: offsetOf(conversation, messages.length - 1),
      firstReplyOffset: firstHuman === -1 ? null : offsetOf(conversation, firstHuman),
      hasReply: messages.some((message) => message.from === 'agent' || message.from === 'bot'),
      conversation,
    };
  });
}

/** Seconds from the conversation's start to message k; the same formula as the SQL's `offset_secs`. */
export function offsetOf(conversation: LabelledConversation, k: number): number {
  return Math.round((conversation.messages[k]?.minute ?? 0) * 60) + k;
}

const directionOf = (from: string) => (from === 'customer' ? 'inbound' : from === 'note' ? 'note' : 'outbound');

/** Writes the templates, their messages and promises into bench_rescore's tables, one statement each. */
export async function writeTemplates(database: Database, templates: readonly Template[]): Promise<void> {
  await database.query(
    `INSERT INTO bench_rescore.templates
       (idx, language, customer_name, customer_locale, open_length, last_offset, first_reply_offset)
     SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::text[], $5::int[], $6::int[], $7::int[])`,
    [
      templates.map((t) => t.idx),
      templates.map((t) => t.language),
      templates.map((t) => t.customerName),
      templates.map((t) => t.customerLocale),
      templates.map((t) => t.openLength),
      templates.map((t) => t.lastOffset),
      templates.map((t) => t.firstReplyOffset),
    ],
  );
  const messages = templates.flatMap((t) =>
    t.conversation.messages.map((message, k) => ({
      idx: t.idx,
      k,
      direction: directionOf(message.from),
      // Agents' replies and notes are by the conversation's agent; a bot's reply has no author.
      byAgent: message.from === 'agent' || message.from === 'note',
      body: message.text,
      offset: offsetOf(t.conversation, k),
    })),
  );
  await database.query(
    `INSERT INTO bench_rescore.template_messages (idx, k, direction, by_agent, body, offset_secs)
     SELECT * FROM unnest($1::int[], $2::int[], $3::text[], $4::bool[], $5::text[], $6::int[])`,
    [
      messages.map((m) => m.idx),
      messages.map((m) => m.k),
      messages.map((m) => m.direction),
      messages.map((m) => m.byAgent),
      messages.map((m) => m.body),
      messages.map((m) => m.offset),
    ],
  );
  const promises = templates.flatMap((t) =>
    t.conversation.promises.map((promise) => ({
      idx: t.idx,
      k: promise.message,
      what: promise.text,
      status: promise.outcome,
      offset: promise.message === null ? 0 : offsetOf(t.conversation, promise.message),
    })),
  );
  await database.query(
    `INSERT INTO bench_rescore.template_promises (idx, k, what, status, offset_secs)
     SELECT * FROM unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::int[])`,
    [
      promises.map((p) => p.idx),
      promises.map((p) => p.k),
      promises.map((p) => p.what),
      promises.map((p) => p.status),
      promises.map((p) => p.offset),
    ],
  );
}
