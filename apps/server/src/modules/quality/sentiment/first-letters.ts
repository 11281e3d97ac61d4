/**
 * The characters (lower-cased) a match of a regular-expression source can begin with, or null when the source does
 * not say (`\s`, `.`, a negated class first). A lookaround first is passed over: it takes no characters. Lets the scorer try at a word only the phrases that can
 * start there: a few dozen instead of hundreds. Only the syntax the lexicons use is understood; anything else is
 * null, which is always safe: such a cue is tried everywhere.
 */
export function firstLetters(source: string): Set<string> | null {
  const letters = new Set<string>();
  for (const [start, end] of alternatives(source, 0, source.length)) {
    const part = firstOf(source, start, end);
    if (part === ANY || part.size === 0) return ANY;
    for (const letter of part) letters.add(letter);
  }
  return letters;
}

const ANY = null;
const DIGITS = '0123456789';
const LOOKAROUND = ['(?=', '(?!', '(?<=', '(?<!'];

function firstOf(source: string, from: number, to: number): Set<string> | null {
  if (from >= to) return new Set(); // empty: the caller unions with what follows
  const char = source.charAt(from);
  let letters: Set<string> | null;
  let next: number;
  if (char === '(') {
    const close = matchingParen(source, from);
    if (LOOKAROUND.some((opening) => source.startsWith(opening, from))) {
      // A lookaround takes no characters: the match starts with what follows it.
      return close === -1 || close >= to ? ANY : firstOf(source, close + 1, to);
    }
    if (close === -1 || close >= to) return ANY;
    const inner = source.startsWith('(?:', from) ? from + 3 : from + 1;
    letters = new Set();
    for (const [start, end] of alternatives(source, inner, close)) {
      const part = firstOf(source, start, end);
      if (part === ANY) return ANY;
      if (part.size === 0) letters = unionWithRest(letters, source, close + 1, to);
      if (letters === ANY) return ANY;
      for (const letter of part) letters.add(letter);
    }
    next = close + 1;
  } else if (char === '[') {
    const close = source.indexOf(']', from + 2);
    if (close === -1 || source.charAt(from + 1) === '^') return ANY;
    letters = classLetters(source.slice(from + 1, close));
    if (letters === ANY) return ANY;
    next = close + 1;
  } else if (char === '\\') {
    const escaped = source.charAt(from + 1);
    if (escaped === 'd') letters = new Set(DIGITS);
    else if (/[a-zA-Z]/u.test(escaped))
      return ANY; // \s, \w, \b, \p{…}
    else letters = new Set([escaped]);
    next = from + 2;
  } else if ('.^$|)?*+{'.includes(char)) {
    return ANY;
  } else {
    letters = new Set([char.toLowerCase()]);
    next = from + 1;
  }
  // A quantifier that allows nothing: what follows may come first as well.
  const quantifier = source.charAt(next);
  if (quantifier === '?' || quantifier === '*' || source.startsWith('{0', next)) {
    const after = quantifier === '{' ? source.indexOf('}', next) + 1 : next + 1;
    return unionWithRest(letters, source, source.charAt(after) === '?' ? after + 1 : after, to);
  }
  return letters;
}

function unionWithRest(letters: Set<string>, source: string, from: number, to: number): Set<string> | null {
  const rest = firstOf(source, from, to);
  if (rest === ANY) return ANY;
  if (rest.size === 0) return ANY; // the whole pattern may match nothing: no telling
  return new Set([...letters, ...rest]);
}

function matchingParen(source: string, open: number): number {
  let depth = 0;
  for (let index = open; index < source.length; index += 1) {
    const char = source.charAt(index);
    if (char === '\\') index += 1;
    else if (char === '[') index = source.indexOf(']', index + 2);
    else if (char === '(') depth += 1;
    else if (char === ')') {
      depth -= 1;
      if (depth === 0) return index;
    }
    if (index === -1) return -1;
  }
  return -1;
}

/** [start, end) of each top-level alternative between `from` and `to`. */
function alternatives(source: string, from: number, to: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let depth = 0;
  let start = from;
  for (let index = from; index < to; index += 1) {
    const char = source.charAt(index);
    if (char === '\\') index += 1;
    else if (char === '[') index = source.indexOf(']', index + 2);
    else if (char === '(') depth += 1;
    else if (char === ')') depth -= 1;
    else if (char === '|' && depth === 0) {
      spans.push([start, index]);
      start = index + 1;
    }
  }
  spans.push([start, to]);
  return spans;
}

function classLetters(body: string): Set<string> | null {
  const letters = new Set<string>();
  for (let index = 0; index < body.length; index += 1) {
    let char = body.charAt(index);
    if (char === '\\') {
      const escaped = body.charAt(index + 1);
      if (/[a-zA-Z]/u.test(escaped)) return ANY;
      char = escaped;
      index += 1;
    }
    if (body.charAt(index + 1) === '-' && index + 2 < body.length) {
      const last = body.charCodeAt(index + 2);
      for (let code = char.charCodeAt(0); code <= last; code += 1) letters.add(String.fromCharCode(code).toLowerCase());
      index += 2;
    } else letters.add(char.toLowerCase());
  }
  return letters;
}
