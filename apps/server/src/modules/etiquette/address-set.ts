import { fileURLToPath } from 'node:url';
import { ProfileLocale, type LocaleProfile } from '@sincere/contracts';
import { z } from 'zod';
import { loadLabelledSet } from '../language/labelled-set';
import { SHIPPED_PROFILES, chooseProfile } from './profiles';
import { proposeAddress } from './propose-address';

/** Customers as a CRM or chat widget knows them, each with the address a careful agent would use, by hand. */
export const ADDRESS_SET_FILE = fileURLToPath(new URL('./labelled/addresses.jsonl', import.meta.url));
/** Written by a second labeller from the profiles' data and notes, without reading the code: the honest figure. */
export const BLIND_ADDRESS_SET_FILE = fileURLToPath(new URL('./labelled/addresses-blind.jsonl', import.meta.url));

const LabelledCustomer = z.strictObject({
  id: z.string().min(1),
  customer: z.strictObject({
    name: z.string().nullable(),
    locale: z.string().nullable(),
    country: z.string().nullable(),
    gender: z.enum(['male', 'female']).nullable(),
    age: z.enum(['younger', 'adult', 'older']).nullable().optional(),
    /** The language the customer writes in, as detected from their messages. */
    language: z.string().nullable().optional(),
  }),
  expected: z.strictObject({
    /** Null when Sincere has no profile for the customer. */
    locale: ProfileLocale.nullable(),
    /** Null when nothing should be proposed (no usable name and no neutral form without one). */
    proposed: z.string().nullable(),
    /** Forms that must be among the alternatives; others may be there too. */
    alternatives: z.array(z.string()),
  }),
  note: z.string().optional(),
});
export type LabelledCustomer = z.infer<typeof LabelledCustomer>;

export const loadAddressSet = (file: string = ADDRESS_SET_FILE) => loadLabelledSet(file, LabelledCustomer);

export interface AddressMiss {
  id: string;
  what: 'profile' | 'proposal' | 'alternative';
  expected: string | null;
  got: string | null;
}

export interface AddressFigures {
  customers: number;
  profileRight: number;
  proposalRight: number;
  alternativesExpected: number;
  alternativesFound: number;
  /** Share of customers whose profile was chosen right. */
  profileAccuracy: number;
  /** Share of customers whose proposal is exactly the labelled one (null for null). */
  proposalAccuracy: number;
  /** Share of the labelled alternatives found among the proposal's alternatives; 1 when none were labelled. */
  alternativesRecall: number;
  /** Customers and proposals right per expected profile ("none" for no profile). */
  byLocale: Record<string, { customers: number; proposalRight: number }>;
  misses: AddressMiss[];
}

/** What Sincere proposes for one labelled customer under the given profiles. */
export function addressFor(entry: LabelledCustomer, profiles: readonly LocaleProfile[]) {
  const { name, locale, country, gender, age, language } = entry.customer;
  const profile = chooseProfile({ locale, country, language: language ?? null }, profiles);
  const proposal = profile ? proposeAddress({ name, gender, age: age ?? null }, profile) : null;
  return { profile, proposal };
}

export function measureAddressSet(
  set: readonly LabelledCustomer[],
  profiles: readonly LocaleProfile[] = SHIPPED_PROFILES,
): AddressFigures {
  const figures: AddressFigures = {
    customers: set.length,
    profileRight: 0,
    proposalRight: 0,
    alternativesExpected: 0,
    alternativesFound: 0,
    profileAccuracy: 1,
    proposalAccuracy: 1,
    alternativesRecall: 1,
    byLocale: {},
    misses: [],
  };
  for (const entry of set) {
    const { profile, proposal } = addressFor(entry, profiles);
    const locale = profile?.locale ?? null;
    const proposed = proposal?.proposed.address ?? null;
    const group = (figures.byLocale[entry.expected.locale ?? 'none'] ??= { customers: 0, proposalRight: 0 });
    group.customers += 1;
    if (locale === entry.expected.locale) figures.profileRight += 1;
    else figures.misses.push({ id: entry.id, what: 'profile', expected: entry.expected.locale, got: locale });
    if (proposed === entry.expected.proposed) {
      figures.proposalRight += 1;
      group.proposalRight += 1;
    } else figures.misses.push({ id: entry.id, what: 'proposal', expected: entry.expected.proposed, got: proposed });
    const offered = new Set(proposal?.alternatives.map((option) => option.address));
    for (const alternative of entry.expected.alternatives) {
      figures.alternativesExpected += 1;
      if (offered.has(alternative)) figures.alternativesFound += 1;
      else figures.misses.push({ id: entry.id, what: 'alternative', expected: alternative, got: null });
    }
  }
  if (set.length > 0) {
    figures.profileAccuracy = figures.profileRight / set.length;
    figures.proposalAccuracy = figures.proposalRight / set.length;
  }
  if (figures.alternativesExpected > 0)
    figures.alternativesRecall = figures.alternativesFound / figures.alternativesExpected;
  return figures;
}
