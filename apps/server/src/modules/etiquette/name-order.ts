import type { NameParts } from './name-parts';

type Ordered = Omit<NameParts, 'title'>;

const HANGUL = /^\p{Script=Hangul}+$/u;
const HAN_KANA = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー]+$/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const ARABIC = /\p{Script=Arabic}/u;

const PATRONYMIC = /(овна|евна|ична|ович|евич|ич|ovna|evna|ichna|ovich|evich)$/iu;
const RUSSIAN_SURNAME =
  /(ов|ова|ев|ева|ёв|ёва|ин|ина|ын|ына|ский|ская|цкий|цкая|енко|ov|ova|ev|eva|in|ina|sky|skiy|skaya|enko)$/iu;
/** Common given names that end like surnames ("Екатерина" ends like "Пушкина"). */
const RUSSIAN_GIVEN_LIKE_SURNAMES = new Set(
  ['екатерина', 'марина', 'ирина', 'полина', 'алина', 'кристина', 'валентина', 'галина', 'нина', 'ангелина', 'карина']
    .concat([
      'арина',
      'регина',
      'дина',
      'зарина',
      'элина',
      'альбина',
      'мартин',
      'ekaterina',
      'marina',
      'irina',
      'polina',
    ])
    .concat(['alina', 'kristina', 'valentina', 'galina', 'nina', 'angelina', 'karina', 'arina', 'regina', 'dina']),
);

/** Family names most Vietnamese carry; they come first in the native order ("Nguyễn Văn Khai"). */
const VIETNAMESE_FAMILY_NAMES = new Set(
  [
    'nguyễn',
    'trần',
    'lê',
    'phạm',
    'hoàng',
    'huỳnh',
    'phan',
    'vũ',
    'võ',
    'đặng',
    'bùi',
    'đỗ',
    'hồ',
    'ngô',
    'dương',
    'lý',
  ]
    .concat(['trương', 'đinh', 'nguyen', 'tran', 'le', 'pham', 'hoang', 'huynh', 'vu', 'vo', 'dang', 'bui', 'do', 'ho'])
    .concat(['ngo', 'duong', 'ly', 'truong', 'dinh']),
);

/** Name prefixes Malay and Indonesian men are not called by: "Muhammad Rizki" is Rizki. */
const PROPHET_PREFIXES = new Set([
  'muhammad',
  'muhamad',
  'mohammad',
  'mohamad',
  'mohammed',
  'mohd',
  'md',
  'muh',
  'moh',
]);
/** "son/daughter of": what follows is the father's name, not a surname. */
const PARENT_LINKS = new Set(['bin', 'binti', 'bte', 'bt', 'b', 'a/l', 'a/p', 's/o', 'd/o', 'ibn', 'بن', 'ابن', 'بنت']);
/** Arabic name parts that join the word after them: "عبد الله", "Abdul Rahman", "أبو بكر". */
const JOIN_FORWARD = new Set(['عبد', 'أبو', 'ابو', 'abd', 'abdul', 'abdel', 'abu', 'abou']);

const PARTICLES = new Set([
  'de',
  'del',
  'la',
  'las',
  'los',
  'da',
  'das',
  'do',
  'dos',
  'e',
  'y',
  'van',
  'von',
  'der',
  'den',
  'du',
  'le',
  'di',
  'bin',
  'binti',
  'bte',
  'al',
  'el',
]);

/** Small words inside surnames and patronymic links: "de la Cruz", "van der Berg", "bin Ismail". */
export function isParticle(token: string): boolean {
  const lower = token.toLocaleLowerCase();
  return PARTICLES.has(lower) && (token === lower || token === token.toLocaleUpperCase());
}

const lower = (token: string) => token.toLocaleLowerCase();

/** Particles stay with the word after them: ["José", "de la Cruz", "Ramírez"]. */
function grouped(tokens: readonly string[], joins: (token: string) => boolean = isParticle): string[] {
  const groups: string[] = [];
  let pending: string[] = [];
  for (const token of tokens) {
    if (joins(token) && groups.length + pending.length > 0) {
      pending.push(token);
      continue;
    }
    groups.push([...pending, token].join(' '));
    pending = [];
  }
  if (pending.length > 0) groups.push(pending.join(' '));
  return groups;
}

const parts = (full: string, given: string | null, surname: string | null, patronymic: string | null = null) => ({
  given,
  surname,
  patronymic,
  full,
});

function western(tokens: readonly string[]): Ordered {
  const groups = grouped(tokens);
  return parts(tokens.join(' '), groups[0] ?? null, groups.length > 1 ? (groups.at(-1) ?? null) : null);
}

/** Usual pairs of given names: "María José", "Juan Carlos", "Ana Paula", "João Pedro". */
const COMPOUND_FIRST = new Set(['maría', 'maria', 'josé', 'jose', 'juan', 'joão', 'joao', 'ana', 'luis', 'luiz']);
const COMPOUND_SECOND = new Set(
  ['josé', 'jose', 'fernanda', 'lucía', 'lucia', 'luisa', 'luiza', 'isabel', 'elena', 'teresa', 'guadalupe', 'carlos']
    .concat(['pablo', 'luis', 'luiz', 'miguel', 'antonio', 'antônio', 'manuel', 'pedro', 'paulo', 'paula', 'clara'])
    .concat(['eduarda', 'beatriz', 'júlia', 'julia', 'cecilia', 'cecília', 'gabriela', 'carolina', 'victoria']),
);

const givenCount = (groups: readonly string[]) =>
  groups.length >= 3 && COMPOUND_FIRST.has(lower(groups[0] ?? '')) && COMPOUND_SECOND.has(lower(groups[1] ?? ''))
    ? 2
    : 1;

/** Spanish: given name(s), then the father's surname, then the mother's: "Juan García López" is señor García. */
function spanish(tokens: readonly string[]): Ordered {
  const groups = grouped(tokens);
  if (groups.length < 3) return western(tokens);
  const count = groups.length >= 4 ? groups.length - 2 : givenCount(groups);
  return parts(tokens.join(' '), groups.slice(0, count).join(' '), groups[count] ?? null);
}

/** Portuguese: given name(s) first, the last surname is the main one ("João Pedro Silva Santos": Santos). */
function portuguese(tokens: readonly string[]): Ordered {
  const groups = grouped(tokens);
  const count = givenCount(groups);
  return parts(
    tokens.join(' '),
    groups.slice(0, count).join(' ') || null,
    groups.length > count ? (groups.at(-1) ?? null) : null,
  );
}

/** Russian: "Екатерина Сергеевна Иванова" or "Иванова Екатерина Сергеевна"; the name comes before the patronymic. */
function russian(tokens: readonly string[]): Ordered {
  const full = tokens.join(' ');
  const at = tokens.findIndex((token, index) => index > 0 && index <= 2 && PATRONYMIC.test(token));
  if (at > 0) {
    const rest = tokens.filter((_, index) => index !== at && index !== at - 1);
    return parts(full, tokens[at - 1] ?? null, rest.at(-1) ?? null, tokens[at] ?? null);
  }
  const [first, second] = tokens;
  const surnameLike = (token: string) => RUSSIAN_SURNAME.test(token) && !RUSSIAN_GIVEN_LIKE_SURNAMES.has(lower(token));
  if (tokens.length === 2 && first && second && surnameLike(first) && !surnameLike(second)) {
    return parts(full, second, first);
  }
  return western(tokens);
}

const SON_OF = new Set(['bin', 'b', 'a/l', 's/o', 'ibn', 'بن', 'ابن']);
const DAUGHTER_OF = new Set(['binti', 'bte', 'bt', 'a/p', 'd/o', 'بنت']);

/** "Faizal bin Ahmad" is a man, "Aishah binti Yusof" a woman: the word before the father's name says so. */
export function genderOfParentLink(tokens: readonly string[]): 'male' | 'female' | null {
  for (const token of tokens.slice(1)) {
    const word = lower(token).replace(/\.$/u, '');
    if (SON_OF.has(word)) return 'male';
    if (DAUGHTER_OF.has(word)) return 'female';
  }
  return null;
}

/** Malay and Indonesian: often one name; "bin/binti" starts the father's name; Muhammad is seldom the call name. */
function malay(tokens: readonly string[]): Ordered {
  const link = tokens.findIndex((token, index) => index > 0 && PARENT_LINKS.has(lower(token)));
  const own = link > 0 ? tokens.slice(0, link) : [...tokens];
  const callable = own.length > 1 && PROPHET_PREFIXES.has(lower(own[0] ?? '')) ? own.slice(1) : own;
  // Before "bin/binti" everything is the person's own name ("Nur Aisyah binti Hassan" is Puan Nur Aisyah).
  const given = link > 0 ? callable.join(' ') : (callable[0] ?? null);
  return parts(tokens.join(' '), given, own.length > 1 ? (own.at(-1) ?? null) : null);
}

/** Arabic: the first name is the call name ("عبد الله" and "أبو بكر" are one name); a father's name may follow. */
function arabic(tokens: readonly string[]): Ordered {
  const link = tokens.findIndex((token, index) => index > 0 && PARENT_LINKS.has(lower(token)));
  const own = link > 0 ? tokens.slice(0, link) : tokens;
  const groups = grouped(own, () => false).reduce<string[]>((joined, token) => {
    const previous = joined.at(-1);
    if (previous !== undefined && JOIN_FORWARD.has(lower(previous))) joined[joined.length - 1] = `${previous} ${token}`;
    else joined.push(token);
    return joined;
  }, []);
  return parts(tokens.join(' '), groups[0] ?? null, groups.length > 1 ? (groups.at(-1) ?? null) : null);
}

/** Vietnamese: family name first, given name last, unless the name is written the Western way ("Khai Nguyen"). */
function vietnamese(tokens: readonly string[]): Ordered {
  const full = tokens.join(' ');
  const family = (token: string | undefined) => token !== undefined && VIETNAMESE_FAMILY_NAMES.has(lower(token));
  if (tokens.length > 1 && !family(tokens[0]) && family(tokens.at(-1))) {
    return parts(full, tokens[0] ?? null, tokens.at(-1) ?? null);
  }
  return parts(full, tokens.at(-1) ?? null, tokens.length > 1 ? (tokens[0] ?? null) : null);
}

/** Japanese script: surname first ("田中 太郎"); a name in katakana with "・" is foreign, given name first. */
function japanese(tokens: readonly string[]): Ordered {
  const foreign = tokens.some((token) => token.includes('・'));
  const split = tokens.flatMap((token) => token.split('・')).filter(Boolean);
  if (foreign) return parts(split.join('・'), split[0] ?? null, split.at(-1) ?? null);
  if (split.length === 1) return parts(split.join(''), null, null);
  return parts(split.join(''), split.at(-1) ?? null, split[0] ?? null);
}

/** Korean in Hangul is used whole ("김민수"); the first syllable is the surname when it is written apart. */
function korean(tokens: readonly string[]): Ordered {
  const full = tokens.join('');
  return parts(full, full, tokens.length > 1 ? (tokens[0] ?? null) : null);
}

/** The parts of a cleaned name (non-empty tokens) under the customs of the language and the script it is in. */
export function orderedParts(tokens: readonly string[], language: string): Ordered {
  if (tokens.every((token) => HANGUL.test(token))) return korean(tokens);
  if (tokens.every((token) => HAN_KANA.test(token.replaceAll('・', '')))) return japanese(tokens);
  if (language === 'ru' || tokens.some((token) => CYRILLIC.test(token))) return russian(tokens);
  if (language === 'ar' || tokens.some((token) => ARABIC.test(token))) return arabic(tokens);
  switch (language) {
    case 'es':
      return spanish(tokens);
    case 'pt':
      return portuguese(tokens);
    case 'id':
    case 'ms':
      return malay(tokens);
    case 'vi':
      return vietnamese(tokens);
    default:
      return western(tokens);
  }
}
