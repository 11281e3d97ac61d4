import type { Evidence } from '@sincere/contracts';

export interface TextPart {
  text: string;
  marked: boolean;
}

/**
 * Cuts a message's text into plain and marked parts: each quote is marked where it first occurs (the scorer
 * quotes exact words), overlapping quotes are joined, and a quote not found leaves the text as it is.
 */
export function markQuotes(text: string, quotes: readonly string[]): TextPart[] {
  const ranges: [number, number][] = [];
  for (const quote of new Set(quotes)) {
    if (!quote) continue;
    const at = text.indexOf(quote);
    if (at >= 0) ranges.push([at, at + quote.length]);
  }
  if (ranges.length === 0) return text ? [{ text, marked: false }] : [];
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  const parts: TextPart[] = [];
  let cursor = 0;
  for (const [start, end] of merged) {
    if (start > cursor) parts.push({ text: text.slice(cursor, start), marked: false });
    parts.push({ text: text.slice(start, end), marked: true });
    cursor = end;
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor), marked: false });
  return parts;
}

/** The quotes to mark in each message, from every category's evidence. */
export function quotesByMessage(evidence: readonly Evidence[]): Map<string, string[]> {
  const byMessage = new Map<string, string[]>();
  for (const item of evidence) {
    if (!item.messageId || !item.quote) continue;
    const list = byMessage.get(item.messageId) ?? [];
    list.push(item.quote);
    byMessage.set(item.messageId, list);
  }
  return byMessage;
}
