import {
  ConnectorCard,
  WEBHOOK_HEADERS,
  type CardErrorCode,
  type CardFailure,
  type ConnectorMapping,
} from '@sincere/contracts';
import { httpExchange, statusProblem, type ExchangeRequest } from '../webhooks/http-exchange';
import { signatureHeader } from '../webhooks/webhook-signature';
import { MappingError, mapResponse } from './map-response';
import { renderUrlTemplate, TemplateError, type TemplateValues } from './url-template';

/** A connector that has not answered by then shows its error: the rest of the customer panel never waits longer. */
export const DEFAULT_CONNECTOR_TIMEOUT_MS = 2000;
/** A card is small; an answer bigger than this is refused rather than read. */
export const MAX_CONNECTOR_ANSWER_BYTES = 1024 * 1024;
const MESSAGE_LENGTH = 500;
const USER_AGENT = 'Sincere-Connectors/1';

/** A card, or why not: the caller adds `fetchedAt` and `cached` to make a CardResult. */
export type CardOutcome = { ok: true; card: ConnectorCard } | CardFailure;

export type ActionOutcome = { ok: true; statusCode: number; message?: string } | { ok: false; error: string };

/**
 * Header names an admin may not set: they belong to the connection itself (a
 * wrong content-length or host would break or redirect the request). Dropped
 * when sending; refuse them when a connector is saved.
 */
export const RESERVED_HEADER_NAMES: readonly string[] = [
  'host',
  'content-length',
  'transfer-encoding',
  'connection',
  'keep-alive',
  'upgrade',
  'te',
  'trailer',
  WEBHOOK_HEADERS.signature,
];

function adminHeaders(headers: Readonly<Record<string, string>> | undefined): Record<string, string> {
  return Object.fromEntries(
    Object.entries(headers ?? {}).filter(([name]) => !RESERVED_HEADER_NAMES.includes(name.toLowerCase())),
  );
}

const failure = (code: CardErrorCode, error: string): CardFailure => ({ ok: false, code, error });

/** A JSON answer's "message", if it has one: how the company's system explains itself. */
function messageOf(json: unknown): string | undefined {
  if (typeof json !== 'object' || json === null || !('message' in json)) return undefined;
  const { message } = json;
  return typeof message === 'string' && message.trim() ? message.trim().slice(0, MESSAGE_LENGTH) : undefined;
}

/** The parsed body, or undefined when it is not JSON (no JSON text parses to undefined). */
function jsonOf(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** Sends the request; a 2xx answer's parsed body (undefined: not JSON), or a failure naming what went wrong. */
async function exchange(
  request: Omit<ExchangeRequest, 'maxBodyBytes'>,
): Promise<{ ok: true; statusCode: number; json: unknown } | CardFailure> {
  const outcome = await httpExchange({ ...request, maxBodyBytes: MAX_CONNECTOR_ANSWER_BYTES });
  if (!outcome.answered) {
    return failure(outcome.reason === 'too_large' ? 'invalid_response' : outcome.reason, outcome.error);
  }
  const json = jsonOf(outcome.body);
  const problem = statusProblem(outcome.statusCode);
  if (problem) {
    const message = messageOf(json);
    return failure('http_status', message ? `${problem}: ${message}` : problem);
  }
  return { ok: true, statusCode: outcome.statusCode, json };
}

const NOT_JSON = 'Answered with something that is not JSON';

function signedHeaders(secret: string, body: string, now: Date): Record<string, string> {
  return { [WEBHOOK_HEADERS.signature]: signatureHeader(secret, body, Math.floor(now.getTime() / 1000)) };
}

/** The first few problems of a card that does not match the schema, as one line. */
function cardProblems(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  const listed = issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || 'the answer'}: ${issue.message}`)
    .join('; ');
  return `The answer is not a valid card (${listed})`.slice(0, MESSAGE_LENGTH);
}

/** The connector's URL filled in for this customer, or the card's failure (a missing value: no request is made). */
export function connectorUrl(template: string, values: TemplateValues): string | CardFailure {
  try {
    return renderUrlTemplate(template, values);
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    return error.kind === 'missing'
      ? failure('missing_field', `This card ${error.message}`)
      : failure('refused', `The connector's URL cannot be used: ${error.message}`);
  }
}

export interface GetCardRequest {
  /** The connector's URL, with placeholders filled from `values` (percent-encoded). */
  urlTemplate: string;
  /** `{ customer, conversation }`: for the URL and for the mapping's link templates. */
  values: TemplateValues;
  /** Sent as they are (the opened secrets). */
  headers?: Readonly<Record<string, string>>;
  timeoutMs?: number;
  mapping: ConnectorMapping;
  allowPrivate: boolean;
}

/**
 * An HTTP GET connector's card: fills the URL for this customer (a missing value
 * fails without a request), GETs it and maps the JSON answer.
 */
export async function fetchCardByGet(request: GetCardRequest): Promise<CardOutcome> {
  const url = connectorUrl(request.urlTemplate, request.values);
  if (typeof url !== 'string') return url;
  const answer = await exchange({
    method: 'GET',
    url,
    headers: { accept: 'application/json', 'user-agent': USER_AGENT, ...adminHeaders(request.headers) },
    allowPrivate: request.allowPrivate,
    timeoutMs: request.timeoutMs ?? DEFAULT_CONNECTOR_TIMEOUT_MS,
  });
  if (!answer.ok) return answer;
  if (answer.json === undefined) return failure('invalid_response', NOT_JSON);
  try {
    return { ok: true, card: mapResponse(answer.json, request.mapping, request.values) };
  } catch (error) {
    if (!(error instanceof MappingError)) throw error;
    return failure('invalid_response', error.message);
  }
}

/** POSTs a JSON body with the admin's headers, signed like a webhook when there is a secret. */
function postJson(request: {
  url: string;
  body: Readonly<Record<string, unknown>>;
  headers?: Readonly<Record<string, string>>;
  secret?: string;
  timeoutMs?: number;
  allowPrivate: boolean;
  now?: Date;
}): ReturnType<typeof exchange> {
  const body = JSON.stringify(request.body);
  return exchange({
    method: 'POST',
    url: request.url,
    headers: {
      accept: 'application/json',
      'user-agent': USER_AGENT,
      ...adminHeaders(request.headers),
      'content-type': 'application/json',
      ...(request.secret === undefined ? {} : signedHeaders(request.secret, body, request.now ?? new Date())),
    },
    body,
    allowPrivate: request.allowPrivate,
    timeoutMs: request.timeoutMs ?? DEFAULT_CONNECTOR_TIMEOUT_MS,
  });
}

export interface SignedCardRequest {
  url: string;
  /** The connector's signing secret: the endpoint checks `Sincere-Signature` like a webhook's. */
  secret: string;
  /** What the endpoint needs to answer, such as `{ type: 'card', customer, conversation }`. */
  body: Readonly<Record<string, unknown>>;
  /** An admin's extra headers (an API gateway's key), sent beside the signature. */
  headers?: Readonly<Record<string, string>>;
  timeoutMs?: number;
  allowPrivate: boolean;
  /** The signature's time (ctx.clock()); now when absent. */
  now?: Date;
}

/** A signed connector's card: POSTs the body signed like a webhook; the endpoint answers a ConnectorCard. */
export async function fetchSignedCard(request: SignedCardRequest): Promise<CardOutcome> {
  const answer = await postJson(request);
  if (!answer.ok) return answer;
  if (answer.json === undefined) return failure('invalid_response', NOT_JSON);
  const card = ConnectorCard.safeParse(answer.json);
  return card.success ? { ok: true, card: card.data } : failure('invalid_response', cardProblems(card.error.issues));
}

export interface ActionRequest {
  url: string;
  /** An admin-configured action's headers (the connector's opened secrets). */
  headers?: Readonly<Record<string, string>>;
  /** A signed connector's secret: the POST is signed like its card requests. */
  secret?: string;
  /** An admin action's rendered body, or `{ type: 'action', action, customer, conversation }` for a signed endpoint. */
  body: Readonly<Record<string, unknown>>;
  timeoutMs?: number;
  allowPrivate: boolean;
  now?: Date;
}

/**
 * POSTs an action (a button an agent pressed and confirmed). Any 2xx is done;
 * a JSON answer's "message" is shown to the agent, on success or failure.
 */
export async function postAction(request: ActionRequest): Promise<ActionOutcome> {
  const answer = await postJson(request);
  if (!answer.ok) return { ok: false, error: answer.error };
  const message = messageOf(answer.json);
  return message === undefined
    ? { ok: true, statusCode: answer.statusCode }
    : { ok: true, statusCode: answer.statusCode, message };
}
