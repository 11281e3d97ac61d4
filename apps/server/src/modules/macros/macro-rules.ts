import type { Role } from '@sincere/contracts';
import type { Tx } from '@sincere/db';
import { AppError, forbidden } from '../../http/app-error';
import type { AuthContext } from '../auth/auth-context';
import { isUniqueViolation } from '../conversations/conversation-writes';
import { shortcutTaken } from './macros.repository';

/** Who creates and changes shared macros; everyone uses them, and keeps personal ones of their own. */
export const SHARED_MACRO_EDITORS: readonly Role[] = ['admin', 'lead'];

export function requireSharedMacroEditor(caller: AuthContext): void {
  if (!SHARED_MACRO_EDITORS.includes(caller.user.role)) throw forbidden('Only admins and leads change shared macros');
}

const shortcutConflict = (shortcut: string) =>
  new AppError('conflict', `The shortcut /${shortcut} is already used by another macro`, {
    shortcut: `/${shortcut} is already used`,
  });

/** A shortcut is unique among the shared macros, and among each person's own. */
export async function checkShortcut(
  tx: Tx,
  accountId: string,
  ownerUserId: string | null,
  shortcut: string | null,
  exceptId: string | null,
): Promise<void> {
  if (shortcut !== null && (await shortcutTaken(tx, accountId, ownerUserId, shortcut, exceptId))) {
    throw shortcutConflict(shortcut);
  }
}

/** The unique index has the last word for personal shortcuts written at the same moment. */
export async function withUniqueShortcut<T>(shortcut: string | null | undefined, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (shortcut && isUniqueViolation(error)) throw shortcutConflict(shortcut);
    throw error;
  }
}
