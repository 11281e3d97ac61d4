import { httpExchange, statusProblem } from './http-exchange';

export const DELIVERY_TIMEOUT_MS = 10_000;

export type PostOutcome = { ok: true; statusCode: number } | { ok: false; statusCode: number | null; error: string };

/**
 * POSTs one delivery's body. Any 2xx counts as delivered; a redirect is not
 * followed (its target was never checked) and counts as a failure, like any
 * other answer, a timeout or a refused address.
 */
export async function postWebhook(
  url: string,
  body: string,
  headers: Record<string, string>,
  allowPrivate: boolean,
): Promise<PostOutcome> {
  // The body of the answer is not needed: it is dropped rather than buffered (maxBodyBytes 0).
  const outcome = await httpExchange({
    method: 'POST',
    url,
    headers,
    body,
    allowPrivate,
    timeoutMs: DELIVERY_TIMEOUT_MS,
    maxBodyBytes: 0,
  });
  if (!outcome.answered) return { ok: false, statusCode: null, error: outcome.error };
  const problem = statusProblem(outcome.statusCode);
  return problem
    ? { ok: false, statusCode: outcome.statusCode, error: problem }
    : { ok: true, statusCode: outcome.statusCode };
}
