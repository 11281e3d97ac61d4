import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { guardedLookup, privateLiteralProblem } from './webhook-target';

export const DELIVERY_TIMEOUT_MS = 10_000;

export type PostOutcome = { ok: true; statusCode: number } | { ok: false; statusCode: number | null; error: string };

/**
 * POSTs one delivery's body. Any 2xx counts as delivered; a redirect is not
 * followed (its target was never checked) and counts as a failure, like any
 * other answer, a timeout or a refused address.
 */
export function postWebhook(
  url: string,
  body: string,
  headers: Record<string, string>,
  allowPrivate: boolean,
): Promise<PostOutcome> {
  // Node does not look a literal IP address up, so the guarded look-up never sees it: check it here.
  const literal = privateLiteralProblem(url, allowPrivate);
  if (literal) return Promise.resolve({ ok: false, statusCode: null, error: `Refused: ${literal}` });
  const target = new URL(url);
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve) => {
    const request = send(
      target,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        lookup: guardedLookup(allowPrivate),
        // A fresh connection each time: a pooled socket would skip the look-up (and its check).
        agent: false,
        signal: AbortSignal.timeout(DELIVERY_TIMEOUT_MS),
      },
      (response) => {
        const statusCode = response.statusCode ?? 0;
        // The body is not needed; drop it rather than buffer whatever the receiver sends.
        response.destroy();
        if (statusCode >= 200 && statusCode < 300) return resolve({ ok: true, statusCode });
        const error =
          statusCode >= 300 && statusCode < 400
            ? `Answered ${statusCode} (redirects are not followed)`
            : `Answered ${statusCode}`;
        resolve({ ok: false, statusCode, error });
      },
    );
    request.on('error', (error: NodeJS.ErrnoException) => {
      const timedOut = error.name === 'AbortError' || error.name === 'TimeoutError';
      resolve({
        ok: false,
        statusCode: null,
        error: timedOut ? `No answer within ${DELIVERY_TIMEOUT_MS / 1000} s` : error.message.slice(0, 500),
      });
    });
    request.end(body);
  });
}
