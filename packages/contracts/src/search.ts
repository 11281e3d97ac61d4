import { z } from 'zod';
import { Id, IsoDateTime, pageOf } from './common';
import { ConversationSummary, Customer, MessageDirection } from './conversations';
import { ConversationListQuery } from './saved-views';

/**
 * Text with the parts that matched a search. The text is plain (never HTML);
 * each range is [start, end) in UTF-16 code units, as `String.prototype.slice`
 * counts, in ascending order and not overlapping. Render it with
 * `highlightSegments`, wrapping the marked segments in <mark> as text nodes.
 */
export const HighlightedText = z
  .object({
    text: z.string(),
    highlights: z.array(z.tuple([z.number().int().min(0), z.number().int().min(0)])),
  })
  .meta({ id: 'HighlightedText' });
export type HighlightedText = z.infer<typeof HighlightedText>;

/** Splits highlighted text into plain and marked segments, ignoring ranges that do not fit the text. */
export function highlightSegments({ text, highlights }: HighlightedText): { text: string; marked: boolean }[] {
  const segments: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const [start, end] of highlights) {
    if (start < at || end <= start || end > text.length) continue;
    if (start > at) segments.push({ text: text.slice(at, start), marked: false });
    segments.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), marked: false });
  return segments;
}

const SearchText = z.string().trim().min(1, 'Type what to search for').max(200);

/**
 * Message search within a view: the same query-string fields as the conversation list
 * (`view=mine`, `status=open,pending&assignee=me`, `sort`…), parsed by the same schema.
 */
export const ConversationSearchQuery = ConversationListQuery.omit({ cursor: true, limit: true })
  .extend({
    q: SearchText.describe(
      'Words as typed, in any language: matched in their other forms (stemmed in the language of each message). Supports "quoted phrases", OR and -excluded words.',
    ),
    cursor: z.string().max(300).optional(),
    limit: z.coerce.number().int().min(1).max(50).default(20),
  })
  .strict();
export type ConversationSearchQuery = z.infer<typeof ConversationSearchQuery>;

/** A conversation whose messages match, with its latest matching message. */
export const ConversationSearchHit = z
  .object({
    conversation: ConversationSummary,
    message: z.object({
      id: Id,
      direction: MessageDirection,
      createdAt: IsoDateTime,
      /** A passage of the message around the matched words. */
      snippet: HighlightedText,
    }),
  })
  .meta({ id: 'ConversationSearchHit' });
export type ConversationSearchHit = z.infer<typeof ConversationSearchHit>;

/** In the view's order: most recent activity first by default. */
export const ConversationSearchPage = pageOf(ConversationSearchHit);
export type ConversationSearchPage = z.infer<typeof ConversationSearchPage>;

export const CustomerSearchQuery = z
  .object({
    q: SearchText.describe('A name, email or phone number, typos allowed; phone numbers in any formatting'),
    limit: z.coerce.number().int().min(1).max(50).default(10),
  })
  .strict();
export type CustomerSearchQuery = z.infer<typeof CustomerSearchQuery>;

export const CustomerMatchField = z.enum(['name', 'email', 'phone']);
export type CustomerMatchField = z.infer<typeof CustomerMatchField>;

export const CustomerSearchHit = z
  .object({
    customer: Customer,
    /** The field that matched best, its value, and the parts of it that matched. */
    match: HighlightedText.extend({ field: CustomerMatchField }),
  })
  .meta({ id: 'CustomerSearchHit' });
export type CustomerSearchHit = z.infer<typeof CustomerSearchHit>;

/** Closest match first; no further pages (a more precise query narrows the list). */
export const CustomerSearchResult = z.object({ items: z.array(CustomerSearchHit) });
export type CustomerSearchResult = z.infer<typeof CustomerSearchResult>;
