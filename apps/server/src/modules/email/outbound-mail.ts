import { messageIdsIn, normaliseMessageId } from './parse-email';

/** "Re: <subject>", on one line, without doubling a "Re:" the subject already has. */
export function replySubject(subject: string | null, fallback: string): string {
  const about = (subject ?? '').replace(/\s+/g, ' ').trim();
  if (!about) return `Re: ${fallback}`;
  return /^re\s*(\[\d+\])?\s*:/i.test(about) ? about : `Re: ${about}`;
}

/** Mail systems refuse very long References: the first (the thread's root) and the latest ones are what matter. */
const MOST_REFERENCES = 20;

/**
 * The References of a reply: those of the message answered, then its own Message-ID (RFC 5322 3.6.4), without
 * brackets and without repeats.
 */
export function replyReferences(previous: string[], answered: string | null): string[] {
  const ids = [...new Set([...previous, ...(answered ? [answered] : [])].map(normaliseMessageId))].filter(Boolean);
  if (ids.length <= MOST_REFERENCES) return ids;
  return [ids[0] ?? '', ...ids.slice(ids.length - MOST_REFERENCES + 1)];
}

/** The References an inbound message's metadata kept (an array or a header's text), without brackets. */
export function referencesIn(metadata: Record<string, unknown> | null): string[] {
  const value = metadata?.references;
  if (typeof value === 'string') return messageIdsIn(value);
  if (Array.isArray(value)) return messageIdsIn(value.filter((item): item is string => typeof item === 'string'));
  return [];
}

/** The sender an inbound message's metadata kept ('a@b', 'Ann <a@b>' or { address }), lower-cased, or null. */
export function senderIn(metadata: Record<string, unknown> | null): string | null {
  const from = metadata?.from;
  const text =
    typeof from === 'string'
      ? from
      : typeof from === 'object' && from !== null && 'address' in from && typeof from.address === 'string'
        ? from.address
        : null;
  if (!text) return null;
  const address = /<([^<>\s]+@[^<>\s]+)>/.exec(text)?.[1] ?? text.trim();
  return /^[^\s@<>]+@[^\s@<>]+$/.test(address) ? address.toLowerCase() : null;
}

/** `<id>` for a header. */
export const bracketed = (id: string) => `<${normaliseMessageId(id)}>`;
