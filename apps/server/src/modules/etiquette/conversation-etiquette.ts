import type { CalendarEntry, ConversationEtiquette, LocaleProfile } from '@sincere/contracts';
import { DateTime } from 'luxon';
import type { AppContext } from '../../context';
import { notFound } from '../../http/app-error';
import type { AuthContext } from '../auth/auth-context';
import { accountEntriesOf } from '../calendars/calendar-entries.repository';
import { calendarEntries, quietPeriodOn } from '../calendars/country-calendar';
import { occasionNear } from '../calendars/occasions';
import { detectLanguage } from '../language/detect-language';
import { findEtiquetteSubject, listRecentCustomerMessages } from './etiquette.repository';
import { profilesOfAccount } from './locale-profiles';
import { chooseProfile } from './profiles';
import { proposeAddress } from './propose-address';

type Subject = NonNullable<Awaited<ReturnType<typeof findEtiquetteSubject>>>;

const languageOf = (profile: LocaleProfile | null) => profile?.locale.split('-')[0] ?? null;

/**
 * Everything the composer needs to address this conversation's customer as their culture expects: the language
 * they write in (their words first, then what is known of them), the profile for it, the form of address (the
 * one an agent chose, else a proposal), whether they write in a second language, their local time, and the
 * quiet period or occasion they are in.
 */
export async function conversationEtiquette(
  ctx: AppContext,
  caller: AuthContext,
  conversationId: string,
): Promise<ConversationEtiquette> {
  return (await readEtiquette(ctx, caller.accountId, conversationId)).etiquette;
}

export interface EtiquetteReading {
  etiquette: ConversationEtiquette;
  /** The customer's calendar around today (empty without a country), for checks on scheduled messages. */
  calendar: CalendarEntry[];
  timeZone: string | null;
  country: string | null;
}

export async function readEtiquette(
  ctx: AppContext,
  accountId: string,
  conversationId: string,
): Promise<EtiquetteReading> {
  const { db } = ctx.database;
  const subject = await findEtiquetteSubject(db, accountId, conversationId);
  if (!subject) throw notFound('Conversation');
  const [recent, entries] = await Promise.all([
    listRecentCustomerMessages(db, accountId, conversationId),
    profilesOfAccount(db, accountId),
  ]);
  const profiles = entries.map((entry) => entry.profile);
  const [latest = '', ...earlier] = recent;
  const language = detectLanguage(latest, {
    locale: subject.locale,
    country: subject.country,
    phone: subject.phone,
    earlier,
  });
  const profile = chooseProfile(
    { locale: subject.locale, country: subject.country, language: language.language },
    profiles,
  );
  const proposal = profile ? proposeAddress({ name: subject.name }, profile) : null;
  const now = ctx.clock();
  const calendar = await calendarAround(ctx, accountId, subject, now);
  const address = subject.addressAs ?? proposal?.proposed.address ?? null;
  const occasion = calendar ? occasionNear(calendar.entries, calendar.today, languageOf(profile) ?? 'en') : null;
  const etiquette: ConversationEtiquette = {
    customerId: subject.customerId,
    language,
    profile,
    address: { chosen: subject.addressAs, proposal },
    secondLanguage: writesInSecondLanguage(subject, language.language, language.confidence, profiles),
    localTime: subject.timeZone ? { at: now.toISOString(), timeZone: subject.timeZone } : null,
    quietPeriod: calendar ? quietPeriodOn(calendar.entries, calendar.today) : null,
    occasion: occasion && {
      entry: occasion.entry,
      greeting: occasion.greeting === null ? null : fillAddress(occasion.greeting, address),
    },
  };
  return { etiquette, calendar: calendar?.entries ?? [], timeZone: subject.timeZone, country: subject.country };
}

/** "Selamat Hari Raya Idul Fitri, {address}" with the address, or without it and its comma when there is none. */
function fillAddress(template: string, address: string | null): string {
  if (address) return template.replaceAll('{address}', address);
  return template
    .replace(/[,،]?\s*\{address\}/gu, '')
    .replace(/\s+([!.?])/gu, '$1')
    .trim();
}

/**
 * The customer writes, confidently, in a language other than their country's (or, with no country, their
 * locale's): an Indonesian customer writing English reads plain short sentences best.
 */
function writesInSecondLanguage(
  subject: Subject,
  written: string | null,
  confidence: 'high' | 'medium' | 'low',
  profiles: readonly LocaleProfile[],
): boolean {
  if (!written || confidence === 'low') return false;
  const home = subject.country
    ? languageOf(chooseProfile({ country: subject.country }, profiles))
    : (subject.locale?.toLowerCase().split(/[-_]/u)[0] ?? null);
  return home !== null && home !== written;
}

/** The customer's calendar for the year of their local today (needs their country; UTC when the zone is unknown). */
async function calendarAround(ctx: AppContext, accountId: string, subject: Subject, now: Date) {
  if (!subject.country) return null;
  const local = DateTime.fromJSDate(now, { zone: subject.timeZone ?? 'UTC' });
  const today = local.toISODate() ?? now.toISOString().slice(0, 10);
  const own = await accountEntriesOf(ctx.database.db, accountId, subject.country);
  // In late December an occasion two days ahead is next year's (New Year).
  const years = local.month === 12 ? [local.year, local.year + 1] : [local.year];
  const country = subject.country;
  return { today, entries: years.flatMap((year) => calendarEntries(country, year, own)) };
}
