import type { CustomerFact } from '@sincere/contracts';
import type { FactView } from './memory.repository';

export function toCustomerFact({ fact, creator, confirmer }: FactView): CustomerFact {
  return {
    id: fact.id,
    customerId: fact.customerId,
    category: fact.category,
    text: fact.text,
    status: fact.status,
    mentionedAt: fact.mentionedAt.toISOString(),
    sourceMessageId: fact.sourceMessageId,
    sourceConversationId: fact.sourceConversationId,
    createdBy: creator,
    confirmedBy: confirmer,
    confirmedAt: fact.confirmedAt?.toISOString() ?? null,
    createdAt: fact.createdAt.toISOString(),
    updatedAt: fact.updatedAt.toISOString(),
  };
}
