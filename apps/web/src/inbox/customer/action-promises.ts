import type { AgentPromise, CardAction, RunCardActionRequest } from '@sincere/contracts';
import { sortDuePromises } from '../promises/promise-format';

/**
 * The promises a card action may keep: open or broken ones (the server refuses settled ones), broken first since
 * they are the likeliest reason for the action, then by due time.
 */
export function unsettledPromises(items: readonly AgentPromise[]): AgentPromise[] {
  return sortDuePromises(items.filter((item) => item.status === 'open' || item.status === 'broken'));
}

/** The run request's body; `promiseId` only when the agent said which promise the action keeps. */
export function cardActionRequest(
  conversationId: string,
  action: Pick<CardAction, 'payload'>,
  promiseId: string | null,
): RunCardActionRequest {
  return {
    conversationId,
    confirm: true,
    ...(action.payload ? { payload: action.payload } : {}),
    ...(promiseId ? { promiseId } : {}),
  };
}
