import {
  API,
  CUSTOMER_PROFILE_API,
  Customer,
  CustomerAttributeDefinitionList,
  type CustomerAttributeDefinition,
} from '@sincere/contracts';
import { apiGet } from '../../api/client';
import { useResource } from '../../api/use-resource';

/** A merge re-points older pointers, so one step is the rule; a few guard against a merge made meanwhile. */
const MAX_STEPS = 3;

/** The customer as the server has them now, following a merge to the customer they live on in. */
export async function loadCustomerFollowingMerges(id: string, signal: AbortSignal): Promise<Customer> {
  let customer = await apiGet(API.customer(id), Customer, signal);
  for (let step = 0; step < MAX_STEPS && customer.mergedIntoId; step += 1) {
    customer = await apiGet(API.customer(customer.mergedIntoId), Customer, signal);
  }
  return customer;
}

/**
 * The profile shown beside a conversation: the conversation's copy of the customer at first, then the
 * current one, and the account's customer fields.
 */
export function useCustomerProfile(initial: Customer) {
  const loaded = useResource(
    async (signal) => ({ forId: initial.id, customer: await loadCustomerFollowingMerges(initial.id, signal) }),
    [initial.id],
  );
  const fields = useResource(
    (signal) => apiGet(CUSTOMER_PROFILE_API.attributes, CustomerAttributeDefinitionList, signal),
    [],
  );
  const definitions: readonly CustomerAttributeDefinition[] = fields.data?.items ?? [];
  const { setData } = loaded;
  // The last result stays while another customer loads: it is not shown for the wrong one.
  const current = loaded.data?.forId === initial.id ? loaded.data.customer : null;
  return {
    customer: current ?? initial,
    definitions,
    /** After a change the server answered with the customer as it is now. */
    replace: (customer: Customer) => setData(() => ({ forId: initial.id, customer })),
    reload: loaded.reload,
  };
}
