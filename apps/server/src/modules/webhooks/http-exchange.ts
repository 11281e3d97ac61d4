import { request as httpRequest, type ClientRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { guardedLookup, privateLiteralProblem } from './webhook-target';

/** One request to a URL an admin configured (a webhook, a connector). */
export interface ExchangeRequest {
  method: 'GET' | 'POST';
  url: string;
  headers: Readonly<Record<string, string>>;
  body?: string;
  /** An admin allowed a loopback or private address (an on-premises system). */
  allowPrivate: boolean;
  /** The whole exchange, from the look-up to the last byte of the answer. */
  timeoutMs: number;
  /** Read the answer's body up to this many bytes (a bigger answer fails); 0: drop it unread. */
  maxBodyBytes: number;
}

export type ExchangeOutcome =
  | { answered: true; statusCode: number; body: Buffer }
  | { answered: false; reason: 'refused' | 'timeout' | 'too_large' | 'network'; error: string };

/** "0.2 s", "2 s", "10 s". */
export function secondsText(milliseconds: number): string {
  return `${milliseconds / 1000} s`;
}

/** Why an answer's status is not a success, or null for a 2xx: a redirect is not followed (its target was never checked). */
export function statusProblem(statusCode: number): string | null {
  if (statusCode >= 200 && statusCode < 300) return null;
  return statusCode >= 300 && statusCode < 400
    ? `Answered ${statusCode} (redirects are not followed)`
    : `Answered ${statusCode}`;
}

const NETWORK_PROBLEMS: Record<string, string> = {
  ECONNREFUSED: 'Could not connect: the connection was refused',
  ENOTFOUND: 'Could not connect: the host name does not resolve',
  EAI_AGAIN: 'Could not connect: the host name does not resolve',
  EHOSTUNREACH: 'Could not connect: the host cannot be reached',
  ENETUNREACH: 'Could not connect: the host cannot be reached',
  ETIMEDOUT: 'Could not connect: the host cannot be reached',
  ECONNRESET: 'The connection closed before the answer arrived',
  ERR_INVALID_CHAR: 'The request could not be sent: a header is not valid',
  ERR_INVALID_HTTP_TOKEN: 'The request could not be sent: a header is not valid',
};

function failureOf(error: NodeJS.ErrnoException): ExchangeOutcome & { answered: false } {
  const detail = error.message.slice(0, 300);
  if (error.code === 'EPRIVATEADDRESS') return { answered: false, reason: 'refused', error: `Refused: ${detail}` };
  const code = error.code ?? '';
  const tls = /CERT|^ERR_TLS|^ERR_SSL|SIGNATURE/.test(code);
  const problem = tls ? 'The TLS certificate was not accepted' : NETWORK_PROBLEMS[code];
  return { answered: false, reason: 'network', error: problem ? `${problem} (${detail})` : detail };
}

/**
 * Sends one request and gathers its answer, whatever the status. The address is
 * checked like a webhook's: a private literal is refused here, a host name at
 * the socket's look-up (so DNS rebinding cannot slip through); a fresh
 * connection each time, since a pooled socket would skip the look-up; no
 * redirect is followed. Never rejects: every failure is an outcome with a
 * message for a person.
 */
export function httpExchange(options: ExchangeRequest): Promise<ExchangeOutcome> {
  let target: URL;
  try {
    target = new URL(options.url);
  } catch {
    return Promise.resolve({ answered: false, reason: 'refused', error: 'Refused: this is not a URL' });
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    return Promise.resolve({ answered: false, reason: 'refused', error: 'Refused: only http and https URLs' });
  }
  // Node does not look a literal IP address up, so the guarded look-up never sees it: check it here.
  const literal = privateLiteralProblem(options.url, options.allowPrivate);
  if (literal) return Promise.resolve({ answered: false, reason: 'refused', error: `Refused: ${literal}` });
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  const { body, maxBodyBytes } = options;
  const tooLarge = {
    answered: false,
    reason: 'too_large',
    error: `The answer is larger than ${sizeText(maxBodyBytes)}`,
  } as const;

  return new Promise((resolve) => {
    let request: ClientRequest | undefined;
    let settled = false;
    const finish = (outcome: ExchangeOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
      // Whatever is still open (a slow answer, one too large) is of no use now.
      request?.destroy();
    };
    const timer = setTimeout(
      () => finish({ answered: false, reason: 'timeout', error: `No answer within ${secondsText(options.timeoutMs)}` }),
      options.timeoutMs,
    );
    const headers =
      body === undefined
        ? { ...options.headers }
        : { ...options.headers, 'content-length': String(Buffer.byteLength(body)) };
    try {
      request = send(
        target,
        { method: options.method, headers, lookup: guardedLookup(options.allowPrivate), agent: false },
        (response) => {
          const statusCode = response.statusCode ?? 0;
          if (maxBodyBytes === 0 || Number(response.headers['content-length']) > maxBodyBytes) {
            return finish(maxBodyBytes === 0 ? { answered: true, statusCode, body: Buffer.alloc(0) } : tooLarge);
          }
          const chunks: Buffer[] = [];
          let size = 0;
          response.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size > maxBodyBytes) return finish(tooLarge);
            chunks.push(chunk);
          });
          response.on('end', () => finish({ answered: true, statusCode, body: Buffer.concat(chunks) }));
          response.on('error', (error: NodeJS.ErrnoException) => finish(failureOf(error)));
          // After 'end' this changes nothing; before it, the answer was cut off.
          response.on('close', () =>
            finish({
              answered: false,
              reason: 'network',
              error: 'The connection closed before the whole answer arrived',
            }),
          );
        },
      );
    } catch (error) {
      // Invalid header names or values throw before anything is sent.
      return finish(failureOf(error as NodeJS.ErrnoException));
    }
    request.on('error', (error: NodeJS.ErrnoException) => finish(failureOf(error)));
    request.end(body);
  });
}

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MiB` : `${bytes} bytes`;
}
