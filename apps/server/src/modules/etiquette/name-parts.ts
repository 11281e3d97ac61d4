import { orderedParts, isParticle } from './name-order';

/** A customer's name split into the parts an honorific goes with. */
export interface NameParts {
  given: string | null;
  surname: string | null;
  patronymic: string | null;
  /** The whole name, cleaned: "Juan García López", "김민수". */
  full: string;
  /** A title the customer typed into the name field ("Ibu Sari", "Mehmet Bey"), removed from the parts. */
  title: { text: string; gender: 'male' | 'female' | 'any' } | null;
}

export interface Title {
  text: string;
  gender: 'male' | 'female' | 'any';
  placement: 'before' | 'after';
}

/** Titles people type into a name field in any language; a profile adds its own honorifics. */
const COMMON_TITLES: readonly Title[] = [
  ...['mr', 'sir', 'herr', 'sr', 'señor', 'senhor'].map((text) => ({
    text,
    gender: 'male' as const,
    placement: 'before' as const,
  })),
  ...['mrs', 'ms', 'miss', 'frau', 'sra', 'señora', 'senhora', 'mme', 'mlle'].map((text) => ({
    text,
    gender: 'female' as const,
    placement: 'before' as const,
  })),
  ...['dr', 'prof', 'ing'].map((text) => ({ text, gender: 'any' as const, placement: 'before' as const })),
];

/** What chat widgets and CRMs put in the name field when there is no name. */
const PLACEHOLDER_WORDS = new Set(
  `guest visitor customer user anonymous anon unknown client website web live chat whatsapp telegram facebook
instagram test noname no name n/a cliente invitado visitante usuario usuário convidado anónimo anônimo tamu pengunjung
pelanggan pengguna гость посетитель клиент пользователь аноним misafir ziyaretçi müşteri kullanıcı زائر ضيف عميل مستخدم
visiteur invité besucher gast kunde ゲスト 게스트 손님 khách ลูกค้า`.split(/\s+/u),
);

const UNICAMERAL = /^[^\p{Lu}\p{Ll}]*$/u;

/** Locale-aware capitals, so that Turkish "İBRAHİM" becomes "İbrahim" and "ışıl" becomes "Işıl". */
function capitalise(token: string, language: string): string {
  const lower = token.toLocaleLowerCase(language);
  return lower.replace(
    /(^|[-'’])(\p{L})/gu,
    (_, mark: string, letter: string) => mark + letter.toLocaleUpperCase(language),
  );
}

/** A token typed all in capitals or all in small letters gets ordinary capitals; "McDonald" stays as typed. */
function normalCase(token: string, language: string): string {
  if (UNICAMERAL.test(token)) return token;
  const all = token === token.toLocaleUpperCase(language) || token === token.toLocaleLowerCase(language);
  return all ? capitalise(token, language) : token;
}

/** Words of the name: emails, handles, links, emoji, numbers ("Visitor 123") and initials removed. */
function nameTokens(raw: string): string[] {
  return (
    raw
      .replace(/<[^>]*>|\S+@\S+|https?:\/\/\S+|www\.\S+|\([^)]*\)|\[[^\]]*\]/gu, ' ')
      .replace(/\p{Extended_Pictographic}|[\p{So}\p{Sk}|"“”«»]|\u200d|\ufe0f/gu, ' ')
      .split(/\s+/u)
      .filter((token) => token && !/[\d_@#]/u.test(token))
      // Marks count as letters: Devanagari and Thai vowel signs end many names ("प्रिया").
      .map((token) => token.replace(/^[^\p{L}]+|[^\p{L}\p{M}.,'’]+$/gu, ''))
      // An initial ("M. Rizki", "Juan C. García") is no part to address; a single Han character (林) is a name.
      .filter((token) => token && !/^[\p{Lu}\p{Ll}]\.?$/u.test(token))
  );
}

/** Titles written onto the name without a space: "田中様", "김민수님" (not "ji": "Raji" is a name). */
const GLUED = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+$/u;

/** Strips a title typed before or after the name, also one glued on ("田中様"). */
function stripTitle(tokens: string[], titles: readonly Title[]): NameParts['title'] {
  const key = (value: string) => value.toLocaleLowerCase().replace(/\.$/u, '');
  const first = tokens[0];
  const before =
    first && tokens.length > 1 ? titles.find((t) => t.placement === 'before' && key(t.text) === key(first)) : undefined;
  if (before) {
    tokens.shift();
    return { text: before.text, gender: before.gender };
  }
  const last = tokens.at(-1);
  if (!last) return null;
  const after = titles.find(
    (t) =>
      t.placement === 'after' &&
      (key(t.text) === key(last)
        ? tokens.length > 1
        : GLUED.test(t.text) && last.endsWith(t.text) && last.length > t.text.length),
  );
  if (!after) return null;
  if (key(after.text) === key(last)) tokens.pop();
  else tokens[tokens.length - 1] = last.slice(0, -after.text.length);
  return { text: after.text, gender: after.gender };
}

/**
 * The parts of a customer's name under the naming customs of a language, or null when the "name" is none: an
 * email, a phone number, a handle, "Guest" or "Visitor 123".
 */
export function parseName(
  raw: string | null,
  language: string,
  profileTitles: readonly Title[] = [],
): NameParts | null {
  if (!raw) return null;
  let tokens = nameTokens(raw);
  // "García López, Juan": a comma puts the surname first.
  const comma = tokens.findIndex((token) => token.endsWith(','));
  if (comma >= 0 && comma < tokens.length - 1) tokens = [...tokens.slice(comma + 1), ...tokens.slice(0, comma + 1)];
  tokens = tokens.map((token) => token.replace(/[.,]+$/u, '')).filter(Boolean);
  const title = stripTitle(tokens, [...profileTitles, ...COMMON_TITLES]);
  if (tokens.length === 0 || tokens.every((token) => PLACEHOLDER_WORDS.has(token.toLocaleLowerCase()))) return null;
  // Vietnamese "LE" or "DO" is a family name, not a particle.
  const particles = language !== 'vi';
  const cased = tokens.map((token, index) =>
    particles && index > 0 && isParticle(token) ? token.toLocaleLowerCase(language) : normalCase(token, language),
  );
  return { ...orderedParts(cased, language), title };
}
