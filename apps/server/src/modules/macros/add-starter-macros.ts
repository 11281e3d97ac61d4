import type { AppContext } from '../../context';
import type { AuthContext } from '../auth/auth-context';
import { requireSharedMacroEditor } from './macro-rules';
import { insertMacro, lockMacrosOfAccount, shortcutTaken, type MacroRow } from './macros.repository';
import { STARTER_MACROS } from './starter-macros';

/**
 * Gives an existing account the starter macros as shared ones (admins and leads). One whose shortcut a shared
 * macro already uses is skipped, so running it twice adds nothing the second time.
 */
export async function addStarterMacros(
  ctx: AppContext,
  caller: AuthContext,
): Promise<{ added: MacroRow[]; skipped: string[] }> {
  requireSharedMacroEditor(caller);
  const { accountId } = caller;
  return ctx.database.db.transaction(async (tx) => {
    await lockMacrosOfAccount(tx, accountId);
    const added: MacroRow[] = [];
    const skipped: string[] = [];
    const now = ctx.clock();
    for (const macro of STARTER_MACROS) {
      if (await shortcutTaken(tx, accountId, null, macro.shortcut, null)) {
        skipped.push(macro.shortcut);
        continue;
      }
      added.push(await insertMacro(tx, { accountId, ownerUserId: null, ...macro, createdAt: now, updatedAt: now }));
    }
    return { added, skipped };
  });
}
