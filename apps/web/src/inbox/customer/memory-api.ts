import { CUSTOMER_FACTS_API, CustomerFact, CustomerMemory, type CreateFact, type UpdateFact } from '@sincere/contracts';
import { useEffect, useRef } from 'react';
import { apiGet, apiSend, apiSendEmpty, withQuery } from '../../api/client';
import { useResource, type Resource } from '../../api/use-resource';
import { useServerEvents } from '../../realtime/realtime-context';

/**
 * Suggestions are made by the server after the customer's message is stored and pushed, so the panel asks again
 * a little after the message arrives rather than at once.
 */
const AFTER_MESSAGE_MS = 1500;

/** The customer's memory for the conversation being answered, asked again when the customer writes in it. */
export function useCustomerMemory(customerId: string, conversationId: string): Resource<CustomerMemory> {
  const memory = useResource(
    (signal) =>
      apiGet(withQuery(CUSTOMER_FACTS_API.customerMemory(customerId), { conversationId }), CustomerMemory, signal),
    [customerId, conversationId],
  );
  const { reload } = memory;
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useServerEvents((event) => {
    if (event.type !== 'message.created' || event.conversationId !== conversationId) return;
    if (event.message.direction !== 'inbound') return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(reload, AFTER_MESSAGE_MS);
  });
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  return memory;
}

export const noteFact = (customerId: string, input: CreateFact) =>
  apiSend('POST', CUSTOMER_FACTS_API.customerFacts(customerId), input, CustomerFact);

export const changeFact = (id: string, input: UpdateFact) =>
  apiSend('PATCH', CUSTOMER_FACTS_API.fact(id), input, CustomerFact);

export const deleteFact = (id: string) => apiSendEmpty('DELETE', CUSTOMER_FACTS_API.fact(id));
