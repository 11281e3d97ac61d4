/**
 * How a customer matched a look-up, for highlighting: the database finds customers by
 * trigram similarity (pg_trgm); this marks the words of the field that resemble the
 * words typed, the same way pg_trgm compares them.
 */

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** A field word this similar to a typed word (or starting with it) is highlighted. */
const WORD_THRESHOLD = 0.3;

/** The digits of a phone number, the way the search compares numbers. */
export const digitsOf = (text: string) => text.replace(/\D/g, '');

/**
 * The digits a number is looked up by: the last ten, so that a country code or a trunk
 * prefix ("+7 912…", "8 912…", "912…") does not decide whether it is found. Null when
 * the query is not a phone number (letters, or fewer than three digits).
 */
export function phoneLookupDigits(query: string): string | null {
  if (/\p{L}/u.test(query)) return null;
  const digits = digitsOf(query);
  return digits.length >= 3 ? digits.slice(-10) : null;
}

/** pg_trgm's trigrams of one word: lower-cased, padded with two spaces before and one after. */
function trigrams(word: string): Set<string> {
  const chars = [' ', ' ', ...word.toLowerCase(), ' '];
  const result = new Set<string>();
  for (let i = 0; i + 3 <= chars.length; i += 1) result.add(chars.slice(i, i + 3).join(''));
  return result;
}

export function wordSimilarity(a: string, b: string): number {
  const left = trigrams(a);
  const right = trigrams(b);
  let shared = 0;
  for (const trigram of left) if (right.has(trigram)) shared += 1;
  return shared / (left.size + right.size - shared);
}

/** [start, end) ranges of the words of `text` that resemble a word of `query`. */
export function similarWordRanges(text: string, query: string): [number, number][] {
  const typed = (query.match(WORD) ?? []).map((word) => word.toLowerCase());
  const ranges: [number, number][] = [];
  for (const found of text.matchAll(WORD)) {
    const word = found[0].toLowerCase();
    if (typed.some((each) => word.startsWith(each) || wordSimilarity(word, each) >= WORD_THRESHOLD)) {
      ranges.push([found.index, found.index + found[0].length]);
    }
  }
  return ranges;
}

/** The range of a phone number covering the looked-up digits, or all its digits when they matched only roughly. */
export function phoneRange(phone: string, lookup: string): [number, number][] {
  const positions = [...phone.matchAll(/\d/g)].map((digit) => digit.index);
  const at = digitsOf(phone).indexOf(lookup);
  const first = at >= 0 ? positions[at] : positions[0];
  const last = at >= 0 ? positions[at + lookup.length - 1] : positions.at(-1);
  return first === undefined || last === undefined ? [] : [[first, last + 1]];
}
