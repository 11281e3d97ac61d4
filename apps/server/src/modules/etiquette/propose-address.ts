import type { AddressOption, AddressProposal, AgeBand, Honorific, LocaleProfile, NameUse } from '@sincere/contracts';
import { genderOfParentLink } from './name-order';
import { parseName, type NameParts } from './name-parts';

export interface AddressedCustomer {
  name: string | null;
  gender?: 'male' | 'female' | null;
  age?: 'younger' | 'adult' | 'older' | null;
}

type Age = NonNullable<AddressedCustomer['age']>;
type Gender = NonNullable<AddressedCustomer['gender']>;

/** One form of address with what it was built from, so the choice can weigh it. */
interface Candidate {
  option: AddressOption;
  /** The profile's honorific, or null for the name alone. */
  honorific: Honorific | null;
  part: NameUse;
  /** The profile's default, or its twin in the name's script. */
  isDefault: boolean;
}

const MAX_ALTERNATIVES = 12;
/** Scripts written without spaces between words: "田中様", "คุณสมชาย". */
const UNSPACED = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+$/u;
const THAI = /\p{Script=Thai}/u;
const LATIN = /\p{Script=Latin}/u;

function namePart(parts: NameParts, use: NameUse): string | null {
  switch (use) {
    case 'given':
      return parts.given;
    case 'surname':
      return parts.surname;
    case 'full':
      return parts.full;
    case 'given_patronymic':
      return parts.given && parts.patronymic ? `${parts.given} ${parts.patronymic}` : null;
    case 'none':
      return null;
  }
}

function joined(honorific: Honorific, name: string): string {
  const glued = UNSPACED.test(honorific.text) || (THAI.test(honorific.text) && THAI.test(name.charAt(0)));
  const space = glued ? '' : ' ';
  return honorific.placement === 'before' ? `${honorific.text}${space}${name}` : `${name}${space}${honorific.text}`;
}

/**
 * Every form the profile allows for this name, in the profile's order: its honorifics with the part of the name
 * each goes with, then the name alone, then (with a patronymic) the name and patronymic, then the forms without
 * a name. Russian has no titles, so its formal form, "Екатерина Сергеевна", cannot be an honorific in the data:
 * it is offered wherever a patronymic is found, as the form for older customers.
 */
function candidatesFor(parts: NameParts | null, profile: LocaleProfile): Candidate[] {
  const candidates: Candidate[] = [];
  const add = (
    address: string,
    honorific: Honorific | null,
    part: NameUse,
    rest: Omit<AddressOption, 'address' | 'honorific'>,
    isDefault = false,
  ) =>
    candidates.push({ option: { address, honorific: honorific?.text ?? null, ...rest }, honorific, part, isDefault });
  const named = profile.honorifics.filter((honorific) => honorific.name !== 'none');
  for (const honorific of named) {
    const name = parts && namePart(parts, honorific.name);
    if (!name) continue;
    // The same honorific in two scripts ("ji", "जी"): the one in the script of the name.
    const twin = named.find((other) => isTwin(other, honorific));
    if (twin && LATIN.test(twin.text) === LATIN.test(name)) continue;
    add(joined(honorific, name), honorific, honorific.name, optionOf(honorific), honorific.default || twin?.default);
  }
  const plain = parts && namePart(parts, profile.nameUse);
  const formality = profile.you.serviceDefault;
  if (plain) add(plain, null, profile.nameUse, { gender: 'any', age: 'any', formality });
  const patronymic = parts && namePart(parts, 'given_patronymic');
  if (patronymic && profile.nameUse !== 'given_patronymic') {
    add(patronymic, null, 'given_patronymic', { gender: 'any', age: 'older', formality: 'formal' });
  }
  for (const honorific of profile.honorifics.filter((h) => h.name === 'none')) {
    add(honorific.text, honorific, 'none', optionOf(honorific));
  }
  return candidates;
}

const isTwin = (one: Honorific, other: Honorific) =>
  one !== other &&
  one.gender === other.gender &&
  one.age === other.age &&
  one.placement === other.placement &&
  one.name === other.name &&
  LATIN.test(one.text) !== LATIN.test(other.text);

const optionOf = (honorific: Honorific) => ({
  gender: honorific.gender,
  age: honorific.age,
  formality: honorific.formality,
});

/** Whether a form suits the customer; an adult's form also suits an older customer ("Ibu" for a grandmother). */
function suits(option: AddressOption, gender: Gender | null, age: Age | null, ageUnknown: readonly AgeBand[]): boolean {
  const genderFits = option.gender === 'any' || gender === null || option.gender === gender;
  const ageFits =
    option.age === 'any' ||
    (age === null
      ? ageUnknown.includes(option.age)
      : option.age === age || (age === 'older' && option.age === 'adult'));
  return genderFits && ageFits;
}

/**
 * The safe form when gender and age are unknown: the profile's default honorific ("Kak Dimas"), else the name
 * as the profile uses it alone ("Mehmet", "Екатерина"), else a neutral honorific the name allows ("田中太郎様").
 * Turkish has no default on purpose: a wrong "Bey"/"Hanım" offends more than none, and "Sayın Mehmet Yılmaz"
 * reads like a letter, so the first name with "siz" is the safe chat form; Bey and Hanım are the alternatives.
 */
function safeChoice(candidates: readonly Candidate[], profile: LocaleProfile): Candidate | undefined {
  const named = candidates.filter((c) => c.part !== 'none');
  return (
    named.find((c) => c.isDefault) ??
    named.find((c) => c.honorific === null && c.part === profile.nameUse) ??
    named.find(
      (c) => c.option.gender === 'any' && c.option.age === 'any' && c.option.formality === profile.you.serviceDefault,
    )
  );
}

/**
 * With gender or age known, the most specific form that suits them in the profile's service register ("Ibu
 * Sari", "señor García", "Екатерина Сергеевна" for an older customer); an older customer may be addressed
 * formally even where the service voice is informal ("Dona Maria" in Brazil).
 */
function fittingChoice(
  candidates: readonly Candidate[],
  profile: LocaleProfile,
  gender: Gender | null,
  age: Age | null,
) {
  let best: Candidate | undefined;
  let bestScore = 0;
  for (const candidate of candidates) {
    const { option } = candidate;
    const register =
      option.formality === profile.you.serviceDefault || (age === 'older' && option.formality === 'formal');
    if (candidate.part === 'none' || !register || !suits(option, gender, age, ['any', 'adult'])) continue;
    const score = (gender !== null && option.gender === gender ? 2 : 0) + (age !== null && option.age === age ? 1 : 0);
    if (score > bestScore) [best, bestScore] = [candidate, score];
  }
  return best;
}

/** Without a usable name: a form without one that suits the customer, neutral when the gender is unknown. */
function namelessChoice(candidates: readonly Candidate[], gender: Gender | null): Candidate | undefined {
  const fitting = candidates.filter((c) => suits(c.option, null, null, ['any', 'adult']));
  return (
    (gender ? fitting.find((c) => c.option.gender === gender) : undefined) ??
    fitting.find((c) => c.option.gender === 'any')
  );
}

/**
 * How to address a customer under a profile: a safe proposal (the default honorific when gender and age are
 * unknown, the fitting one when they are known) and the other forms the profile allows for the name, fitting
 * ones first. Null when there is no usable name and the profile has no suitable form without one.
 */
export function proposeAddress(customer: AddressedCustomer, profile: LocaleProfile): AddressProposal | null {
  const language = profile.locale.split('-')[0] ?? profile.locale;
  const parts = parseName(
    customer.name,
    language,
    profile.honorifics.filter((h) => h.name !== 'none'),
  );
  const typed = parts?.title?.gender;
  const gender =
    customer.gender ??
    (typed === 'male' || typed === 'female' ? typed : null) ??
    genderOfParentLink(customer.name?.split(/\s+/u) ?? []);
  const age = customer.age ?? null;
  const candidates = candidatesFor(parts, profile);
  const proposal = parts
    ? (((gender ?? age) ? fittingChoice(candidates, profile, gender, age) : undefined) ??
      safeChoice(candidates, profile))
    : namelessChoice(candidates, gender);
  if (!proposal) return null;
  const seen = new Set([proposal.option.address]);
  const anyAge: AgeBand[] = ['any', 'younger', 'adult', 'older'];
  const rest = candidates.filter((c) => {
    if (seen.has(c.option.address)) return false;
    seen.add(c.option.address);
    return suits(c.option, gender, null, anyAge);
  });
  // A known age only orders the alternatives: it is a guess more often than the gender is.
  const named = rest.filter((c) => c.part !== 'none');
  const fitsAge = (c: Candidate) => suits(c.option, null, age, anyAge);
  const ranked = [
    ...named.filter(fitsAge),
    ...named.filter((c) => !fitsAge(c)),
    ...rest.filter((c) => c.part === 'none'),
  ];
  const reasons = [`profile:${profile.locale}`, `name:${parts ? proposal.part : 'unusable'}`];
  if (parts?.title) reasons.push(`title-in-name:${parts.title.text}`);
  reasons.push(
    `gender:${gender ?? 'unknown'}`,
    `age:${age ?? 'unknown'}`,
    `honorific:${proposal.option.honorific ?? 'none'}`,
  );
  return {
    proposed: proposal.option,
    alternatives: ranked.slice(0, MAX_ALTERNATIVES).map((c) => c.option),
    locale: profile.locale,
    reasons,
  };
}
