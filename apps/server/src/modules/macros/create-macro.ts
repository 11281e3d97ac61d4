import type { CreateMacroRequest } from '@sincere/contracts';
import type { AppContext } from '../../context';
import type { AuthContext } from '../auth/auth-context';
import { checkShortcut, requireSharedMacroEditor, withUniqueShortcut } from './macro-rules';
import { insertMacro, lockMacrosOfAccount, type MacroRow } from './macros.repository';

/** A personal macro of the caller, or (admins and leads) one shared with the account. */
export async function createMacro(ctx: AppContext, caller: AuthContext, input: CreateMacroRequest): Promise<MacroRow> {
  if (input.scope === 'shared') requireSharedMacroEditor(caller);
  const { accountId } = caller;
  const ownerUserId = input.scope === 'shared' ? null : caller.user.id;
  const shortcut = input.shortcut ?? null;
  return withUniqueShortcut(shortcut, () =>
    ctx.database.db.transaction(async (tx) => {
      await lockMacrosOfAccount(tx, accountId);
      await checkShortcut(tx, accountId, ownerUserId, shortcut, null);
      const now = ctx.clock();
      return insertMacro(tx, {
        accountId,
        ownerUserId,
        name: input.name,
        shortcut,
        variants: input.variants,
        createdAt: now,
        updatedAt: now,
      });
    }),
  );
}
