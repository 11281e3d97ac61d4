import type { Db } from '@sincere/db';
import { AppError } from '../../http/app-error';
import { countFailuresByEmail, countFailuresByIp } from './login-attempts.repository';

/**
 * Failed sign-ins allowed per window before the next attempt is refused with 429.
 * Per email it stops password guessing on one account; per address it stops
 * one machine from trying many accounts.
 */
export const SIGN_IN_LIMITS = { windowMinutes: 15, perEmail: 5, perIp: 30 } as const;

export async function assertSignInAllowed(db: Db, email: string, ip: string, now: Date): Promise<void> {
  const since = new Date(now.getTime() - SIGN_IN_LIMITS.windowMinutes * 60_000);
  const [byEmail, byIp] = await Promise.all([countFailuresByEmail(db, email, since), countFailuresByIp(db, ip, since)]);
  if (byEmail >= SIGN_IN_LIMITS.perEmail || byIp >= SIGN_IN_LIMITS.perIp) {
    throw new AppError(
      'rate_limited',
      `Too many failed sign-in attempts. Try again in ${SIGN_IN_LIMITS.windowMinutes} minutes.`,
      undefined,
      SIGN_IN_LIMITS.windowMinutes * 60,
    );
  }
}
