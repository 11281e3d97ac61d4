import { z } from 'zod';
import { Id, IsoDateTime } from './common';

/*
 * Culture-aware service: how each customer expects to be addressed and answered. Locale profiles are
 * data (shipped defaults an account can override), never rules in code; their bands are coarse and
 * describe a typical person in a country, not the customer in front of the agent.
 */

const Country = z
  .string()
  .regex(/^[A-Z]{2}$/, 'Two capital letters (ISO 3166-1)')
  .describe('ISO 3166-1 alpha-2 country code');

/** A profile's key: a language, or a language and a country where they differ ('es-MX', 'pt-PT'). */
export const ProfileLocale = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'A language code, optionally with a country: "id", "es-MX"')
  .describe('Language (ISO 639-1) with an optional country (ISO 3166-1): "id", "es-MX", "pt-PT"');
export type ProfileLocale = z.infer<typeof ProfileLocale>;

export const Formality = z.enum(['formal', 'informal']);
export type Formality = z.infer<typeof Formality>;

export const Gender = z.enum(['male', 'female', 'any']);
export type Gender = z.infer<typeof Gender>;

/** Whom an honorific suits by age, coarsely: "Dik" younger, "Pak" adult, "ông" older. */
export const AgeBand = z.enum(['any', 'younger', 'adult', 'older']);
export type AgeBand = z.infer<typeof AgeBand>;

/** Which part of the name goes with the honorific ("Kak Dimas", "señor García", "Екатерина Сергеевна"). */
export const NameUse = z.enum(['given', 'surname', 'full', 'given_patronymic', 'none']);
export type NameUse = z.infer<typeof NameUse>;

export const Honorific = z.strictObject({
  text: z.string().trim().min(1).max(30).describe('As written beside the name: "Pak", "Bey", "様", "señor"'),
  gender: Gender,
  age: AgeBand,
  placement: z.enum(['before', 'after']).describe('"Pak Budi" before, "Mehmet Bey" and "田中様" after'),
  name: NameUse.describe('The part of the name it goes with'),
  formality: Formality,
  /** The safe choice when gender and age are unknown ("Kak" in Indonesian chat); at most one per profile. */
  default: z.boolean(),
  note: z.string().max(300).optional(),
});
export type Honorific = z.infer<typeof Honorific>;

/** A greeting or closing; `{address}` stands for the customer's form of address ("Halo {address}"). */
export const Phrase = z.strictObject({
  text: z.string().trim().min(1).max(200),
  formality: Formality,
  gender: Gender.describe('"Estimado {address}" for a man, "Estimada {address}" for a woman; any for most'),
});
export type Phrase = z.infer<typeof Phrase>;

export const LocaleProfile = z
  .strictObject({
    locale: ProfileLocale,
    name: z.string().trim().min(1).max(80).describe('In English: "Spanish (Mexico)"'),
    /** Countries where this profile is the default for the language ('es-MX': MX, GT…). */
    countries: z.array(Country).max(60),
    you: z.strictObject({
      formal: z.string().max(40).nullable().describe('"вы", "usted", "Anda", "Sie"; null when the language has none'),
      informal: z.string().max(40).nullable(),
      /** What a service reply to a stranger uses. */
      serviceDefault: Formality,
      /** Words that address the reader informally, flagged in a reply when the customer is addressed formally. */
      informalForms: z.array(z.string().trim().min(1).max(40)).max(60),
      note: z.string().max(300).optional(),
    }),
    honorifics: z.array(Honorific).max(30),
    /** The name agents use without an honorific, and in a greeting when the profile has no honorifics. */
    nameUse: NameUse,
    greetings: z.array(Phrase).max(20),
    closings: z.array(Phrase).max(20),
    /** How directly negative feedback is given (Erin Meyer's "evaluating" scale), in coarse bands. */
    negativeFeedback: z.enum(['direct', 'moderate', 'indirect']),
    /** Low-context: say it explicitly; high-context: much is read between the lines. */
    context: z.enum(['low', 'moderate', 'high']),
    scheduling: z.enum(['linear', 'flexible', 'very_flexible']),
    /** Caution for replies others can read (social media, public reviews): strict never corrects a customer there. */
    faceSaving: z.enum(['normal', 'careful', 'strict']),
    /** Why a band is an assumption (the source does not place the country; mapped to a neighbour), else null. */
    assumption: z.string().max(300).nullable(),
    notes: z.array(z.string().trim().min(1).max(300)).max(20),
  })
  .meta({ id: 'LocaleProfile' });
export type LocaleProfile = z.infer<typeof LocaleProfile>;

/** A form of address Sincere proposes for a customer, with the others an agent may choose instead. */
export const AddressOption = z.strictObject({
  address: z.string().min(1).max(100).describe('"Kak Dimas", "Ibu Sari", "señor García", "Екатерина Сергеевна"'),
  honorific: z.string().max(30).nullable(),
  gender: Gender,
  age: AgeBand,
  formality: Formality,
});
export type AddressOption = z.infer<typeof AddressOption>;

export const AddressProposal = z
  .strictObject({
    /** The proposal: safe when gender and age are unknown. */
    proposed: AddressOption,
    /** Other forms the profile allows for this name, most common first, without the proposal. */
    alternatives: z.array(AddressOption).max(12),
    locale: ProfileLocale,
    /** Why, in order: which profile and which part of the name ("profile:id", "name:given"). */
    reasons: z.array(z.string().max(100)),
  })
  .meta({ id: 'AddressProposal' });
export type AddressProposal = z.infer<typeof AddressProposal>;

/** Reply checks for the customer's culture, beside the coaching checks; each explains itself in the UI. */
export const CULTURE_CHECKS = [
  'missing_honorific',
  'wrong_honorific',
  'informal_you',
  'public_criticism',
  'long_sentences',
  'quiet_period',
] as const;
export const CultureCheck = z.enum(CULTURE_CHECKS);
export type CultureCheck = z.infer<typeof CultureCheck>;

export const CultureWarning = z
  .strictObject({
    check: CultureCheck,
    /** The words of the draft that raised it; empty for a whole-reply warning (a missing honorific, a quiet period). */
    text: z.string().max(300),
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    /** What to write instead, when there is one ("Anda", "Kak Dimas"). */
    suggestion: z.string().max(200).nullable(),
  })
  .meta({ id: 'CultureWarning' });
export type CultureWarning = z.infer<typeof CultureWarning>;

/** Kinds of calendar days: holidays close business hours, working days reopen a weekend, quiet periods warn. */
export const CalendarEntryKind = z.enum(['holiday', 'working_day', 'quiet', 'observance']);
export type CalendarEntryKind = z.infer<typeof CalendarEntryKind>;

const LocalDate = z.iso.date().describe('A local date, YYYY-MM-DD');

export const CalendarEntry = z
  .strictObject({
    /** Stable for shipped entries ("ramadan-1448-ID"), so an account can replace or remove one. */
    key: z.string().min(1).max(100),
    country: Country,
    startsOn: LocalDate,
    /** Inclusive. */
    endsOn: LocalDate,
    kind: CalendarEntryKind,
    name: z.string().min(1).max(120),
    /** Computed, may differ from the official date by a day (Islamic dates): shown "±1 day". */
    approximate: z.boolean(),
    source: z.enum(['date-holidays', 'computed', 'sincere', 'account']),
  })
  .meta({ id: 'CalendarEntry' });
export type CalendarEntry = z.infer<typeof CalendarEntry>;

export const ETIQUETTE_API = {
  /** What the composer needs to address this conversation's customer: language, profile, address, calendar. */
  conversationEtiquette: (conversationId: string) => `/api/v1/conversations/${conversationId}/etiquette`,
  /** The shipped profiles with the account's changes applied; admins change one with PUT, restore it with DELETE. */
  localeProfiles: '/api/v1/locale-profiles',
  localeProfile: (locale: string) => `/api/v1/locale-profiles/${locale}`,
  /** A country's calendar for a year: public holidays, Sincere's overlay and the account's own entries. */
  calendar: '/api/v1/calendar',
  calendarEntries: '/api/v1/calendar/entries',
  calendarEntry: (id: string) => `/api/v1/calendar/entries/${id}`,
} as const;

export const DETECTABLE_LANGUAGES = ['ru', 'en', 'es', 'pt', 'id', 'ms', 'ar', 'tr'] as const;
export const DetectableLanguage = z.enum(DETECTABLE_LANGUAGES);
export type DetectableLanguage = z.infer<typeof DetectableLanguage>;

export const DetectedLanguage = z
  .strictObject({
    language: DetectableLanguage.nullable(),
    confidence: z.enum(['high', 'medium', 'low']),
    /** What decided it, weightiest first: "script:cyrillic", "text", "phone:+60", "locale:ms-MY". */
    reasons: z.array(z.string().max(100)),
  })
  .meta({ id: 'DetectedLanguage' });
export type DetectedLanguage = z.infer<typeof DetectedLanguage>;

/** A public holiday or observance near today, with a greeting in the customer's language when the profile has one. */
export const Occasion = z.strictObject({
  entry: CalendarEntry,
  /** With `{address}` filled in: "Selamat Hari Raya Idul Fitri, Kak Dimas". */
  greeting: z.string().max(300).nullable(),
});
export type Occasion = z.infer<typeof Occasion>;

export const ConversationEtiquette = z
  .object({
    customerId: Id,
    language: DetectedLanguage,
    /** The profile used (the account's version of it); null when nothing is known of the customer's culture. */
    profile: LocaleProfile.nullable(),
    /** What the customer is called: set by an agent (remembered on the customer), else the proposal. */
    address: z.strictObject({
      chosen: z.string().nullable(),
      proposal: AddressProposal.nullable(),
    }),
    /** The customer writes in a language other than their country's or locale's: keep sentences short and plain. */
    secondLanguage: z.boolean(),
    /** The customer's local time now, and their time zone; null when unknown. */
    localTime: z.strictObject({ at: IsoDateTime, timeZone: z.string() }).nullable(),
    /** A quiet period the customer is in now (Ramadan…): proactive messages wait. */
    quietPeriod: CalendarEntry.nullable(),
    occasion: Occasion.nullable(),
  })
  .meta({ id: 'ConversationEtiquette' });
export type ConversationEtiquette = z.infer<typeof ConversationEtiquette>;

/** The account's version of a profile replaces the shipped one whole; `changed` tells them apart. */
export const LocaleProfileEntry = z
  .object({ profile: LocaleProfile, changed: z.boolean(), shipped: z.boolean() })
  .meta({ id: 'LocaleProfileEntry' });
export type LocaleProfileEntry = z.infer<typeof LocaleProfileEntry>;

export const LocaleProfileList = z.object({ items: z.array(LocaleProfileEntry) }).meta({ id: 'LocaleProfileList' });
export type LocaleProfileList = z.infer<typeof LocaleProfileList>;

export const CalendarQuery = z.object({
  country: Country,
  year: z.coerce.number().int().min(2000).max(2100),
});
export type CalendarQuery = z.infer<typeof CalendarQuery>;

/** A day in an account's calendar: `id` is the account entry's, null for a shipped one. */
export const CalendarDay = CalendarEntry.extend({ id: z.uuid().nullable() }).meta({ id: 'CalendarDay' });
export type CalendarDay = z.infer<typeof CalendarDay>;

export const CalendarView = z
  .object({
    country: Country,
    year: z.number().int(),
    entries: z.array(CalendarDay),
    /** Shipped entries the account hid, each with the id of the account entry that hides it (delete it to bring one back). */
    removed: z.array(CalendarDay),
    attribution: z.string(),
  })
  .meta({ id: 'CalendarView' });
export type CalendarView = z.infer<typeof CalendarView>;

/** An account's own calendar entry; with `replaces`, it stands in for (or with `removed`, hides) a shipped one. */
export const CreateCalendarEntryRequest = z
  .strictObject({
    country: Country,
    startsOn: LocalDate,
    endsOn: LocalDate,
    kind: CalendarEntryKind,
    name: z.string().trim().min(1).max(120),
    replaces: z.string().min(1).max(100).nullable().default(null),
    removed: z.boolean().default(false),
  })
  .refine((entry) => entry.endsOn >= entry.startsOn, { path: ['endsOn'], message: 'Ends before it starts' })
  .meta({ id: 'CreateCalendarEntryRequest' });
export type CreateCalendarEntryRequest = z.infer<typeof CreateCalendarEntryRequest>;
