import { CUSTOMER_PROFILE_API, ConversationEtiquette, Customer, ETIQUETTE_API } from '@sincere/contracts';
import { apiGet, apiSend } from '../../api/client';

export const fetchEtiquette = (conversationId: string, signal?: AbortSignal) =>
  apiGet(ETIQUETTE_API.conversationEtiquette(conversationId), ConversationEtiquette, signal);

/** Remembers how the team addresses the customer; null goes back to Sincere's proposal. */
export const saveAddress = (customerId: string, addressAs: string | null) =>
  apiSend('PATCH', CUSTOMER_PROFILE_API.customer(customerId), { addressAs }, Customer);
