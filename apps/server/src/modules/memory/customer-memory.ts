import { MEMORY_LIMITS, type CustomerMemory } from '@sincere/contracts';
import type { AppContext } from '../../context';
import { notFound } from '../../http/app-error';
import type { AuthContext } from '../auth/auth-context';
import { pickAskAbout } from './ask-about';
import { toCustomerFact } from './fact.mapper';
import { findContactStartOfConversation, findCustomerOfAccount, listFactsOfCustomer } from './memory.repository';

/**
 * The customer panel's memory: "ask about" prompts for the conversation being answered, the confirmed facts and
 * the suggestions waiting for an agent. Dismissed suggestions stay out of sight.
 */
export async function getCustomerMemory(
  ctx: AppContext,
  caller: AuthContext,
  customerId: string,
  conversationId: string | undefined,
): Promise<CustomerMemory> {
  const { db } = ctx.database;
  const { accountId } = caller;
  if (!(await findCustomerOfAccount(db, accountId, customerId))) throw notFound('Customer');
  let contactStartedAt: Date | null = null;
  if (conversationId !== undefined) {
    contactStartedAt = await findContactStartOfConversation(db, accountId, customerId, conversationId);
    if (!contactStartedAt) throw notFound('Conversation');
  }
  const facts = await listFactsOfCustomer(db, accountId, customerId, 'confirmed', MEMORY_LIMITS.facts);
  const suggestions = await listFactsOfCustomer(db, accountId, customerId, 'suggested', MEMORY_LIMITS.suggestions);
  const askAbout = pickAskAbout(
    facts.map((view) => ({ view, status: view.fact.status, mentionedAt: view.fact.mentionedAt })),
    contactStartedAt,
  );
  return {
    askAbout: askAbout.map(({ view }) => toCustomerFact(view)),
    facts: facts.map(toCustomerFact),
    suggestions: suggestions.map(toCustomerFact),
  };
}
