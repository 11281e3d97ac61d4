import type { AppContext } from '../../context';
import { notFound } from '../../http/app-error';
import type { AuthContext } from '../auth/auth-context';
import { requireSharedMacroEditor } from './macro-rules';
import { deleteMacroRow, lockMacroVisibleTo } from './macros.repository';

/** Deletes the caller's own macro, or (admins and leads) a shared one. */
export async function deleteMacro(ctx: AppContext, caller: AuthContext, id: string): Promise<void> {
  const { accountId } = caller;
  await ctx.database.db.transaction(async (tx) => {
    const macro = await lockMacroVisibleTo(tx, accountId, caller.user.id, id);
    if (!macro) throw notFound('Macro');
    if (macro.ownerUserId === null) requireSharedMacroEditor(caller);
    await deleteMacroRow(tx, accountId, id);
  });
}
