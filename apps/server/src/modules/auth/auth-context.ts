import type { Role } from '@sincere/contracts';
import type { AccountRow } from '../accounts/account.mapper';
import type { UserRow } from '../users/user.mapper';
import { AppError, forbidden } from '../../http/app-error';

/** Who is calling: every service takes this and scopes its queries by `accountId`. */
export interface AuthContext {
  accountId: string;
  user: UserRow;
  account: AccountRow;
  via: 'session' | 'api_token';
  /** The session cookie's token hash and CSRF token (session auth only). */
  session: { tokenHash: string; csrfToken: string } | null;
}

export function requireAuth(auth: AuthContext | null): AuthContext {
  if (!auth) throw new AppError('unauthenticated', 'Sign in or send an API token');
  return auth;
}

export function requireRole(auth: AuthContext | null, roles: readonly Role[]): AuthContext {
  const caller = requireAuth(auth);
  if (!roles.includes(caller.user.role)) throw forbidden();
  return caller;
}
