import { and, eq } from 'drizzle-orm';
import { conversations, customers } from '@sincere/db';
import type { CultureWarning, ReplyCheck } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { notFound } from '../../http/app-error';
import type { AuthContext } from '../auth/auth-context';
import { accountCalendar } from '../calendars/account-calendar';
import { checkReply } from '../coaching/check-reply';
import { checkCulture } from '../etiquette/check-culture';
import { readEtiquette } from '../etiquette/conversation-etiquette';
import { cultureContextOf, type DraftCircumstances } from '../etiquette/culture-context';
import { detectPromises } from './detection/detect-promises';

/**
 * What the composer shows beside a draft: the promises it makes, with due times resolved from now in the
 * customer's time zone (their country's public holidays skipped for business days), and coaching warnings.
 * Read-only: nothing is tracked until the agent confirms.
 */
export async function checkDraft(
  ctx: AppContext,
  caller: AuthContext,
  conversationId: string,
  text: string,
  draft: DraftCircumstances = { scheduledAt: null, proactive: false },
): Promise<ReplyCheck> {
  const { accountId, account } = caller;
  const [row] = await ctx.database.db
    .select({
      language: conversations.language,
      locale: customers.locale,
      country: customers.country,
      timeZone: customers.timeZone,
    })
    .from(conversations)
    .leftJoin(
      customers,
      and(eq(customers.accountId, conversations.accountId), eq(customers.id, conversations.customerId)),
    )
    .where(and(eq(conversations.accountId, accountId), eq(conversations.id, conversationId)));
  if (!row) throw notFound('Conversation');
  const now = ctx.clock();
  const language = row.language ?? row.locale;
  const promises = detectPromises(text, {
    sentAt: now,
    timeZone: validZone(row.timeZone) ?? validZone(account.timeZone) ?? 'UTC',
    country: row.country ?? countryOfLocale(row.locale),
    language,
  });
  const coaching = checkReply(text, { language });
  const culture = await cultureWarnings(ctx, accountId, conversationId, text, draft);
  return {
    promises,
    defaultDueAt: new Date(now.getTime() + account.promiseDefaultDelayMinutes * 60_000).toISOString(),
    coaching,
    culture,
    language: promises[0]?.language ?? coaching[0]?.language ?? null,
  };
}

async function cultureWarnings(
  ctx: AppContext,
  accountId: string,
  conversationId: string,
  text: string,
  draft: DraftCircumstances,
): Promise<CultureWarning[]> {
  const reading = await readEtiquette(ctx, accountId, conversationId);
  // A message scheduled for another year meets that year's quiet periods.
  const year = draft.scheduledAt?.getUTCFullYear();
  const calendar =
    reading.country && year !== undefined && !reading.calendar.some((entry) => entry.startsOn.startsWith(`${year}-`))
      ? await accountCalendar(ctx.database.db, accountId, reading.country, year)
      : reading.calendar;
  const context = cultureContextOf(reading, draft, calendar);
  return context ? checkCulture(text, context) : [];
}

function validZone(zone: string | null | undefined): string | null {
  if (!zone) return null;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return null;
  }
}

/** pt-BR → BR, es_MX → MX; a bare language says no country. */
function countryOfLocale(locale: string | null): string | null {
  const match = locale?.match(/^[a-z]{2,3}[-_]([A-Za-z]{2})\b/);
  return match?.[1]?.toUpperCase() ?? null;
}
