import { eq } from 'drizzle-orm';
import { users } from '@sincere/db';
import type { SignInRequest } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { AppError } from '../../http/app-error';
import { recordLoginAttempt } from './login-attempts.repository';
import { UNUSABLE_HASH, verifyPassword } from './password';
import { startSession, type StartedSession } from './start-session';
import { assertSignInAllowed } from './sign-in-limits';

export interface ClientInfo {
  ip: string;
  userAgent: string | null;
}

export async function signIn(ctx: AppContext, input: SignInRequest, client: ClientInfo): Promise<StartedSession> {
  const { db } = ctx.database;
  const now = ctx.clock();
  await assertSignInAllowed(db, input.email, client.ip, now);
  const [user] = await db.select().from(users).where(eq(users.email, input.email)).limit(1);
  // Always verify a hash, so an unknown email takes as long as a wrong password.
  const matches = await verifyPassword(input.password, user?.passwordHash ?? UNUSABLE_HASH);
  const allowed = matches && user?.status === 'active';
  await recordLoginAttempt(db, input.email, client.ip, allowed, now);
  if (!user || !allowed) throw new AppError('invalid_credentials', 'Email or password is wrong');
  return startSession(ctx, user, client);
}
