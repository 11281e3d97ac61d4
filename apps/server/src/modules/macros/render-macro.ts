import type { RenderedMacro } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { notFound } from '../../http/app-error';
import type { AuthContext } from '../auth/auth-context';
import { findMacroVisibleTo, findRenderingContext } from './macros.repository';
import { firstNameOf } from '@sincere/contracts';
import { pickVariant, renderTemplate } from './render-template';
import { readEtiquette } from '../etiquette/conversation-etiquette';

/** The macro's text for one conversation: its customer's language, the variables filled in ({{address}} as their culture expects). */
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
  const needsAddress = /\{\{\s*address\s*\}\}/u.test(template);
  const { address } = needsAddress
    ? (await readEtiquette(ctx, accountId, conversationId)).etiquette
    : { address: null };
  const rendered = renderTemplate(template, {
    address: address?.chosen ?? address?.proposal?.proposed.address ?? firstNameOf(found.customerName),
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
