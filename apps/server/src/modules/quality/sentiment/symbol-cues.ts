import type { RawCue } from './read-cues';

/*
 * Mood carried by symbols rather than words: emoji, text smileys, the Russian ")" and "(((", shouting in capitals
 * and "!!!". The same in every supported language.
 */

const EMOJI_WEIGHTS: ReadonlyArray<[string, number]> = [
  ['😡🤬😠😤💢🖕', -1.5],
  ['😢😭😞😔🙁☹😩😫😒🙄🤦👎😕😖😣😓😟😥😿💔🤡😰😨😱', -1],
  ['😊🙂😀😃😄😁😆🥰😍🤩😘☺❤♥💕💖💗💓💙💚💛💜🧡🤍👍👌👏🙌🎉🥳💯✅✨🤗😇🫶🥹💪🎁', 1],
  // Thanks and pleading look alike: a faint plus, which a complaint outweighs.
  ['🙏', 0.25],
];
const EMOJI = new Map<string, number>(
  EMOJI_WEIGHTS.flatMap(([symbols, weight]) => [...symbols].map((symbol): [string, number] => [symbol, weight])),
);
const EMOJI_PATTERN = new RegExp(`[${EMOJI_WEIGHTS.map(([symbols]) => symbols).join('')}]`, 'gu');

/** ":)", ":-D", "=)", "^_^"; ":(", ":'(", "T_T". Case matters: ":d" is not a grin. */
const HAPPY = /(?<![\w:/])(?:[:;=]-?[)\]D]+|\^_?\^)(?![\w])/gu;
const SAD = /(?<![\w:/])(?:[:;=]['’]?-?[([]+|T_T|;_;)(?![\w])/gu;

/** Two or more capitalised words in a row, one of four letters or more: shouting. */
// The capital first and the look back after it: the engine then skips ahead to capitals instead of testing everywhere.
const CAPS_RUN = /\p{Lu}(?<!\p{L}\p{Lu})\p{Lu}+(?:[\s,.!?'’-]+\p{Lu}{2,})+(?!\p{L})/gu;
const LONG_CAPS_WORD = /\p{Lu}{4}/u;
const EXCLAMATIONS = /[!?]*![!?]+|\?[!?]+/gu;
const SMILEY_PART = new Set([':', ';', '=', '-', '^', '_']);
const LIST_MARKER_BEFORE = /(?:^|\s)(?:\d+|\p{L})$/u;
const WORD_AFTER = /^[\p{L}\d]/u;

export function readSymbolCues(text: string, brackets: boolean): RawCue[] {
  const cues: RawCue[] = [];
  EMOJI_PATTERN.lastIndex = 0;
  for (let found = EMOJI_PATTERN.exec(text); found; found = EMOJI_PATTERN.exec(text)) {
    const weight = EMOJI.get(found[0]) ?? 0;
    cues.push({ start: found.index, end: found.index + found[0].length, weight, kind: 'symbol' });
  }
  for (const [pattern, weight] of [
    [HAPPY, 1],
    [SAD, -1],
  ] as const) {
    pattern.lastIndex = 0;
    for (let found = pattern.exec(text); found; found = pattern.exec(text)) {
      cues.push({ start: found.index, end: found.index + found[0].length, weight, kind: 'symbol' });
    }
  }
  if (brackets) cues.push(...bracketSmileys(text));
  return cues;
}

/**
 * Russian writers smile with ")" and frown with "(": a ")" that closes no "(" is a smile, and a run of "(" never
 * closed and not opening a word is a frown. List markers ("1)", "а)") and ":)" are left to other rules.
 */
function bracketSmileys(text: string): RawCue[] {
  const cues: RawCue[] = [];
  const open: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charAt(index);
    if (char === '(' && !SMILEY_PART.has(text.charAt(index - 1))) open.push(index);
    if (char !== ')' || SMILEY_PART.has(text.charAt(index - 1))) continue;
    if (open.length > 0) {
      open.pop();
      continue;
    }
    if (LIST_MARKER_BEFORE.test(text.slice(Math.max(0, index - 4), index))) continue;
    let end = index + 1;
    while (text.charAt(end) === ')') end += 1;
    cues.push({ start: index, end, weight: end - index > 1 ? 1 : 0.75, kind: 'symbol' });
    index = end - 1;
  }
  for (let run = 0; run < open.length;) {
    let next = run + 1;
    while (next < open.length && open[next] === (open[next - 1] ?? 0) + 1) next += 1;
    const start = open[run] ?? 0;
    const end = (open[next - 1] ?? 0) + 1;
    if (!WORD_AFTER.test(text.slice(end, end + 1))) {
      cues.push({ start, end, weight: end - start > 1 ? -1 : -0.75, kind: 'symbol' });
    }
    run = next;
  }
  return cues;
}

/** Shouting and "!!!": they add to whatever mood the words carry. Spans only; the caller gives them a sign. */
export function emphasisSpans(text: string): { caps: [number, number] | null; exclamations: [number, number] | null } {
  let caps: [number, number] | null = null;
  CAPS_RUN.lastIndex = 0;
  for (let found = CAPS_RUN.exec(text); found; found = CAPS_RUN.exec(text)) {
    if (LONG_CAPS_WORD.test(found[0])) {
      caps = [found.index, found.index + found[0].length];
      break;
    }
  }
  EXCLAMATIONS.lastIndex = 0;
  const exclaimed = EXCLAMATIONS.exec(text);
  const exclamations: [number, number] | null = exclaimed
    ? [exclaimed.index, exclaimed.index + exclaimed[0].length]
    : null;
  return { caps, exclamations };
}
