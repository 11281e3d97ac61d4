import { LocaleProfile, type LocaleProfileEntry } from '@sincere/contracts';
import type { Db, Tx } from '@sincere/db';
import type { AppContext } from '../../context';
import { AppError, notFound } from '../../http/app-error';
import { recordAudit } from '../audit/record-audit';
import type { AuthContext } from '../auth/auth-context';
import { deleteLocaleProfileRow, listLocaleProfilesOfAccount, upsertLocaleProfile } from './etiquette.repository';
import { SHIPPED_PROFILES } from './profiles';

const SHIPPED = new Map(SHIPPED_PROFILES.map((profile) => [profile.locale, profile]));

/**
 * The profiles an account works with: Sincere's, each replaced whole by the account's version when it has one,
 * plus the locales the account added. A stored version that no longer fits the schema (the schema grew) is
 * skipped, so the shipped one applies instead of a broken one.
 */
export async function profilesOfAccount(db: Db | Tx, accountId: string): Promise<LocaleProfileEntry[]> {
  const own = new Map<string, LocaleProfile>();
  for (const row of await listLocaleProfilesOfAccount(db, accountId)) {
    const parsed = LocaleProfile.safeParse(row.profile);
    if (parsed.success) own.set(row.locale, parsed.data);
  }
  const entries: LocaleProfileEntry[] = SHIPPED_PROFILES.map((profile) => ({
    profile: own.get(profile.locale) ?? profile,
    changed: own.has(profile.locale),
    shipped: true,
  }));
  for (const [locale, profile] of own) {
    if (!SHIPPED.has(locale)) entries.push({ profile, changed: true, shipped: false });
  }
  return entries;
}

export async function listLocaleProfiles(ctx: AppContext, caller: AuthContext): Promise<LocaleProfileEntry[]> {
  return profilesOfAccount(ctx.database.db, caller.accountId);
}

/** Saves the account's version of a profile (or a new locale), whole. */
export async function saveLocaleProfile(
  ctx: AppContext,
  caller: AuthContext,
  locale: string,
  profile: LocaleProfile,
): Promise<LocaleProfileEntry> {
  if (profile.locale !== locale) {
    throw new AppError('validation_failed', `The profile is for "${profile.locale}", not "${locale}"`, {
      locale: 'Must be the locale in the address',
    });
  }
  await ctx.database.db.transaction(async (tx) => {
    await upsertLocaleProfile(tx, {
      accountId: caller.accountId,
      locale,
      profile,
      updatedBy: caller.user.id,
      updatedAt: ctx.clock(),
    });
    await recordAudit(tx, {
      accountId: caller.accountId,
      actorUserId: caller.user.id,
      action: 'locale_profile.updated',
      targetType: 'locale_profile',
      targetId: locale,
      data: { locale, name: profile.name },
    });
  });
  return { profile, changed: true, shipped: SHIPPED.has(locale) };
}

/** Drops the account's version: Sincere's applies again (a locale Sincere does not ship is gone). */
export async function restoreLocaleProfile(ctx: AppContext, caller: AuthContext, locale: string): Promise<void> {
  await ctx.database.db.transaction(async (tx) => {
    if (!(await deleteLocaleProfileRow(tx, caller.accountId, locale))) throw notFound('Changed locale profile');
    await recordAudit(tx, {
      accountId: caller.accountId,
      actorUserId: caller.user.id,
      action: 'locale_profile.restored',
      targetType: 'locale_profile',
      targetId: locale,
      data: { locale },
    });
  });
}
