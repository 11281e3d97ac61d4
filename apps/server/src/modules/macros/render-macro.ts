import type { RenderedMacro } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { notFound } from '../../http/app-error';
import type { AuthContext } from '../auth/auth-context';
import { findMacroVisibleTo, findRenderingContext } from './macros.repository';
import { firstNameOf } from '@sincere/contracts';
import { pickVariant, renderTemplate } from './render-template';

/** The macro's text for one conversation: its customer's language, the variables filled in. */
export async function renderMacro(
  ctx: AppContext,
  caller: AuthContext,
  id: string,
  conversationId: string,
): Promise<RenderedMacro> {
  const { accountId } = caller;
  const { db } = ctx.database;
  const macro = await findMacroVisibleTo(db, accountId, caller.user.id, id);
  if (!macro) throw notFound('Macro');
  const found = await findRenderingContext(db, accountId, conversationId);
  if (!found) throw notFound('Conversation');
  const { language, template } = pickVariant(macro.variants, found.language, found.customerLocale);
  const rendered = renderTemplate(template, {
    'customer.name': found.customerName,
    'customer.first_name': firstNameOf(found.customerName),
    'customer.email': found.customerEmail,
    'agent.name': caller.user.name,
    'agent.first_name': firstNameOf(caller.user.name),
    'conversation.id': found.conversationId,
    'account.name': found.accountName,
  });
  return { language, ...rendered };
}
