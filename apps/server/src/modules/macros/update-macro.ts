import type { UpdateMacroRequest } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { notFound } from '../../http/app-error';
import type { AuthContext } from '../auth/auth-context';
import { checkShortcut, requireSharedMacroEditor, withUniqueShortcut } from './macro-rules';
import { lockMacroVisibleTo, lockMacrosOfAccount, updateMacroRow, type MacroRow } from './macros.repository';

/** Renames a macro, changes its shortcut or replaces its variants. Someone else's personal macro is not found. */
export async function updateMacro(
  ctx: AppContext,
  caller: AuthContext,
  id: string,
  input: UpdateMacroRequest,
): Promise<MacroRow> {
  const { accountId } = caller;
  return withUniqueShortcut(input.shortcut, () =>
    ctx.database.db.transaction(async (tx) => {
      await lockMacrosOfAccount(tx, accountId);
      const macro = await lockMacroVisibleTo(tx, accountId, caller.user.id, id);
      if (!macro) throw notFound('Macro');
      if (macro.ownerUserId === null) requireSharedMacroEditor(caller);
      if (input.shortcut !== undefined && input.shortcut !== macro.shortcut) {
        await checkShortcut(tx, accountId, macro.ownerUserId, input.shortcut, id);
      }
      return updateMacroRow(tx, accountId, id, {
        ...(input.name === undefined ? {} : { name: input.name }),
        ...(input.shortcut === undefined ? {} : { shortcut: input.shortcut }),
        ...(input.variants === undefined ? {} : { variants: input.variants }),
        updatedAt: ctx.clock(),
      });
    }),
  );
}
