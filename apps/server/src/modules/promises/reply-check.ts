import { and, eq } from 'drizzle-orm';
import { conversations, customers } from '@sincere/db';
import type { ReplyCheck } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { notFound } from '../../http/app-error';
import type { AuthContext } from '../auth/auth-context';
import { checkReply } from '../coaching/check-reply';
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
  return {
    promises,
    defaultDueAt: new Date(now.getTime() + account.promiseDefaultDelayMinutes * 60_000).toISOString(),
    coaching,
    language: promises[0]?.language ?? coaching[0]?.language ?? null,
  };
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
