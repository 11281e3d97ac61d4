import type { HighlightedText } from '@sincere/contracts';

/**
 * ts_headline wraps matches in markers of our choosing. Control characters that the
 * message text is stripped of beforehand, so that nothing a customer writes can open
 * or close a highlight; the markers are then turned into ranges over plain text.
 */
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

export function rangesFromMarkers(marked: string): HighlightedText {
  let text = '';
  const highlights: [number, number][] = [];
  let start: number | null = null;
  for (const char of marked) {
    if (char === MARK_START) {
      start ??= text.length;
    } else if (char === MARK_END) {
      if (start !== null && text.length > start) highlights.push([start, text.length]);
      start = null;
    } else {
      text += char;
    }
  }
  return { text, highlights };
}
