import { z } from 'zod';
import { Id, IsoDateTime } from './common';
import { Channel } from './conversations';

/** The most fields on a card (and on each of its items), items in a list, and actions a card may carry. */
export const CONNECTOR_LIMITS = { fields: 30, items: 50, actions: 10, valueLength: 1000 } as const;

export const CardFieldFormat = z
  .enum(['text', 'money', 'date', 'link', 'badge'])
  .describe(
    'How the value is shown: text as is; money with its currency; date in the viewer’s locale; link opens href; badge a coloured label',
  )
  .meta({ id: 'CardFieldFormat' });
export type CardFieldFormat = z.infer<typeof CardFieldFormat>;

export const BadgeTone = z
  .enum(['neutral', 'good', 'warning', 'bad'])
  .describe('The colour of a badge')
  .meta({ id: 'BadgeTone' });
export type BadgeTone = z.infer<typeof BadgeTone>;

const CurrencyCode = z
  .string()
  .regex(/^[A-Za-z]{3}$/, 'A three-letter ISO 4217 currency code')
  .toUpperCase()
  .describe('ISO 4217 currency code, such as EUR');

const HttpUrl = z.url({ protocol: /^https?$/, error: 'An http:// or https:// URL' }).max(2000);

export const CardField = z
  .object({
    label: z.string().min(1).max(100),
    value: z
      .union([z.string().max(CONNECTOR_LIMITS.valueLength), z.number(), z.null()])
      .describe(
        'null: no value (shown as a dash). money: an amount in major units (12.5). date: an ISO 8601 date (2024-05-01) or date-time',
      ),
    format: CardFieldFormat.default('text'),
    currency: CurrencyCode.optional().describe('For money: ISO 4217 currency code, such as EUR'),
    href: HttpUrl.optional().describe('For link: where it points (http or https only); without it the value is text'),
    tone: BadgeTone.optional().describe('For badge: its colour; neutral when absent'),
    error: z
      .string()
      .max(500)
      .optional()
      .describe('Why the value could not be shown (a mapping that points at an object, a date that is not a date)'),
  })
  .meta({ id: 'CardField' });
export type CardField = z.infer<typeof CardField>;

const CardFields = z.array(CardField).max(CONNECTOR_LIMITS.fields);

export const CardAction = z
  .object({
    id: z.string().min(1).max(100).describe('Sent back as `action.id` when an agent presses the button'),
    label: z.string().min(1).max(100).describe('The button’s text, such as "Extend subscription 7 days"'),
    confirm: z
      .string()
      .min(1)
      .max(500)
      .optional()
      .describe('A question the agent must confirm before the action is sent, such as "Refund order 1042?"'),
    payload: z
      .record(z.string(), z.unknown())
      .refine((payload) => JSON.stringify(payload).length <= 10_000, 'At most 10 000 characters of JSON')
      .optional()
      .describe('Sent back unchanged as `action.payload`: what your system needs to act (an order id)'),
  })
  .meta({ id: 'CardAction' });
export type CardAction = z.infer<typeof CardAction>;

export const ConnectorCardItem = z
  .object({ title: z.string().max(200).optional(), fields: CardFields })
  .meta({ id: 'ConnectorCardItem' });
export type ConnectorCardItem = z.infer<typeof ConnectorCardItem>;

/**
 * A live card in the customer panel: what a signed connector endpoint answers
 * (JSON, status 2xx) and what an HTTP GET connector's mapping makes of its answer.
 * Unknown keys are ignored.
 */
export const ConnectorCard = z
  .object({
    title: z.string().max(200).optional(),
    fields: CardFields.default([]),
    items: z
      .array(ConnectorCardItem)
      .max(CONNECTOR_LIMITS.items)
      .optional()
      .describe('List mode: one entry per order, invoice…, each with its own fields'),
    actions: z
      .array(CardAction)
      .max(CONNECTOR_LIMITS.actions)
      .optional()
      .describe('Buttons an agent may press; each is POSTed back to the same endpoint, signed'),
  })
  .meta({ id: 'ConnectorCard' });
export type ConnectorCard = z.infer<typeof ConnectorCard>;

/**
 * A path into a JSON answer: keys and array indices separated by dots
 * (`plan.name`, `invoices.0.total`). Deliberately not JSONPath: no filters,
 * wildcards or expressions, so a path can only read one value.
 */
export const ConnectorDotPath = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[^.\s]+(\.[^.\s]+)*$/, 'Keys and indices separated by dots, such as plan.name or invoices.0.total')
  .describe('Keys and array indices separated by dots, such as plan.name or invoices.0.total');

export const ConnectorMappedField = z
  .object({
    label: z.string().trim().min(1).max(100),
    path: ConnectorDotPath.describe('Where the value is: in the answer (object mode) or in each item (list mode)'),
    format: CardFieldFormat.default('text'),
    currency: CurrencyCode.optional().describe('For money: a fixed currency'),
    currencyPath: ConnectorDotPath.optional().describe(
      'For money: where the currency code is, beside the amount (wins over currency when present)',
    ),
    hrefTemplate: z
      .string()
      .max(2000)
      .optional()
      .describe(
        'For link: the URL, with {{item.…}}, {{customer.…}} and {{conversation.…}} placeholders; the host cannot be a placeholder. Without it, a value that is an http(s) URL is the link',
      ),
    badgeTones: z
      .record(z.string().min(1).max(100), BadgeTone)
      .refine((tones) => Object.keys(tones).length <= 50, 'At most 50 values')
      .optional()
      .describe('For badge: the colour of each value (case-insensitive), such as {"active": "good", "overdue": "bad"}'),
  })
  .meta({ id: 'ConnectorMappedField' });
export type ConnectorMappedField = z.infer<typeof ConnectorMappedField>;

/** How an HTTP GET connector turns its JSON answer into a card. */
export const ConnectorMapping = z
  .object({
    mode: z
      .enum(['object', 'list'])
      .default('object')
      .describe('object: one set of fields; list: one item per element of an array (orders, invoices)'),
    listPath: ConnectorDotPath.optional().describe('List mode: where the array is; absent: the answer is the array'),
    title: z.string().trim().max(200).optional().describe('The card’s title, as written'),
    itemTitlePath: ConnectorDotPath.optional().describe('List mode: where each item’s title is, in the item'),
    fields: z.array(ConnectorMappedField).min(1).max(CONNECTOR_LIMITS.fields),
  })
  .meta({ id: 'ConnectorMapping' });
export type ConnectorMapping = z.infer<typeof ConnectorMapping>;

/** A button on an HTTP GET connector's card, configured by an admin: a POST to the company's system. */
export const ConnectorActionConfig = z
  .object({
    key: z
      .string()
      .regex(/^[a-z0-9][a-z0-9_-]{0,49}$/, 'Lowercase letters, digits, - and _, at most 50')
      .describe('Names the action in requests and in the audit log'),
    label: z.string().trim().min(1).max(100),
    confirm: z.string().trim().min(1).max(500).describe('The question the agent confirms, such as "Extend by 7 days?"'),
    urlTemplate: z
      .string()
      .max(2000)
      .describe('Where to POST, with {{customer.…}} and {{conversation.…}} placeholders; the host cannot be one'),
    bodyTemplate: z
      .record(z.string().min(1).max(100), z.string().max(2000))
      .refine((body) => Object.keys(body).length <= 50, 'At most 50 keys')
      .optional()
      .describe(
        'The JSON body: each value is a template, such as {"customer": "{{customer.externalId}}", "days": "7"}',
      ),
  })
  .meta({ id: 'ConnectorActionConfig' });
export type ConnectorActionConfig = z.infer<typeof ConnectorActionConfig>;

export const CardErrorCode = z
  .enum(['timeout', 'http_status', 'invalid_response', 'refused', 'missing_field', 'network', 'configuration'])
  .describe(
    'timeout: no answer in time; http_status: a non-2xx answer (redirects are not followed); invalid_response: not JSON, too large, or not the expected shape; refused: a private address; missing_field: the customer lacks a value the URL needs; network: no connection; configuration: the connector’s stored secrets cannot be opened with this server’s key',
  )
  .meta({ id: 'CardErrorCode' });
export type CardErrorCode = z.infer<typeof CardErrorCode>;

export const CardFailure = z
  .object({
    ok: z.literal(false),
    error: z.string().describe('What went wrong, for a person to read'),
    code: CardErrorCode,
  })
  .meta({ id: 'CardFailure' });
export type CardFailure = z.infer<typeof CardFailure>;

/** One connector's card, or why it could not be shown: each connector fails on its own card. */
export const CardResult = z
  .discriminatedUnion('ok', [
    z.object({
      ok: z.literal(true),
      card: ConnectorCard,
      fetchedAt: IsoDateTime,
      cached: z.boolean().describe('Served from the cache (fetched at fetchedAt)'),
    }),
    CardFailure,
  ])
  .meta({ id: 'CardResult' });
export type CardResult = z.infer<typeof CardResult>;

/* ——— Connector settings (admins), the panel's cards, actions ——— */

/** Paths of the connectors' API: settings (admins), and the cards of a customer (anyone who reads conversations). */
export const CONNECTOR_API = {
  connectors: '/api/v1/connectors',
  connector: (id: string) => `/api/v1/connectors/${id}`,
  rotateConnectorSecret: (id: string) => `/api/v1/connectors/${id}/rotate-secret`,
  customerConnectors: (customerId: string) => `/api/v1/customers/${customerId}/connectors`,
  customerCard: (customerId: string, connectorId: string) => `/api/v1/customers/${customerId}/cards/${connectorId}`,
  /** A signed card's action id may hold any character: pass it through encodeURIComponent. */
  runCardAction: (customerId: string, connectorId: string, actionKey: string) =>
    `/api/v1/customers/${customerId}/cards/${connectorId}/actions/${actionKey}`,
} as const;

export const ConnectorKind = z
  .enum(['http_get', 'signed'])
  .describe(
    'http_get: Sincere GETs your URL (filled in for the customer) and maps the JSON answer to a card; signed: Sincere POSTs the customer and conversation, signed, and your endpoint answers a ConnectorCard',
  )
  .meta({ id: 'ConnectorKind' });
export type ConnectorKind = z.infer<typeof ConnectorKind>;

/** Timeouts an admin may choose: a connector never holds its card longer than 10 s. */
export const CONNECTOR_TIMEOUT_MS = { min: 100, max: 10_000, default: 2000 } as const;
export const CONNECTOR_CACHE_TTL_SECONDS = { min: 0, max: 86_400, default: 60 } as const;
export const MAX_CONNECTOR_HEADERS = 20;

const ConnectorName = z.string().trim().min(1).max(100);
const ConnectorUrlTemplate = z
  .string()
  .trim()
  .min(1)
  .max(2000)
  .describe(
    'http(s) URL with {{customer.…}} and {{conversation.…}} placeholders in its path and query (each value percent-encoded), such as https://billing.example.com/customers/{{customer.externalId}}; the host is written out',
  );
const HeaderName = z
  .string()
  .regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,100}$/, 'A header name: letters, digits and - (at most 100)');
const HeaderValue = z
  .string()
  .max(4000)
  .regex(/^[\t\x20-\x7e\x80-\xff]*$/, 'Printable characters on one line');
const headerCount = (headers: Record<string, string>) => Object.keys(headers).length <= MAX_CONNECTOR_HEADERS;
const TimeoutMs = z
  .number()
  .int()
  .min(CONNECTOR_TIMEOUT_MS.min)
  .max(CONNECTOR_TIMEOUT_MS.max)
  .describe('How long the card waits for an answer, in milliseconds; then it shows a timeout');
const CacheTtlSeconds = z
  .number()
  .int()
  .min(CONNECTOR_CACHE_TTL_SECONDS.min)
  .max(CONNECTOR_CACHE_TTL_SECONDS.max)
  .describe('How long a card is kept before it is fetched again, in seconds; 0: every time');
const ConnectorActions = z
  .array(ConnectorActionConfig)
  .max(CONNECTOR_LIMITS.actions)
  .describe('HTTP GET connectors: buttons on the card that POST to your system (a signed card brings its own)');
const AllowPrivate = z
  .boolean()
  .describe('Allow a loopback or private address (an on-premises system), as for webhooks');

/** A connector as admins read it: header names, never their values, and never the signing secret. */
export const Connector = z
  .object({
    id: Id,
    name: z.string(),
    kind: ConnectorKind,
    urlTemplate: z.string(),
    headerNames: z.array(z.string()).describe('The headers sent (their values are write-only)'),
    timeoutMs: z.number().int(),
    cacheTtlSeconds: z.number().int(),
    mapping: ConnectorMapping.nullable().describe('HTTP GET connectors: how the answer becomes a card'),
    actions: z.array(ConnectorActionConfig),
    allowPrivate: z.boolean(),
    active: z.boolean(),
    position: z.number().int(),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'Connector' });
export type Connector = z.infer<typeof Connector>;

/** At creation and on rotate-secret: a signed connector's signing secret, shown this once (null for HTTP GET). */
export const ConnectorWithSecret = Connector.extend({
  secret: z
    .string()
    .nullable()
    .describe('signed: verify each request’s Sincere-Signature with it, as for webhooks; shown this once'),
}).meta({ id: 'ConnectorWithSecret' });
export type ConnectorWithSecret = z.infer<typeof ConnectorWithSecret>;

export const ConnectorList = z.object({ items: z.array(Connector) }).meta({ id: 'ConnectorList' });
export type ConnectorList = z.infer<typeof ConnectorList>;

export const CreateConnectorRequest = z
  .strictObject({
    name: ConnectorName,
    kind: ConnectorKind,
    urlTemplate: ConnectorUrlTemplate,
    headers: z
      .record(HeaderName, HeaderValue.min(1, 'A value is needed'))
      .refine(headerCount, `At most ${MAX_CONNECTOR_HEADERS} headers`)
      .default({})
      .describe(
        'Header name → value, such as {"Authorization": "Bearer sk_live_…"}: stored encrypted, never shown again',
      ),
    timeoutMs: TimeoutMs.default(CONNECTOR_TIMEOUT_MS.default),
    cacheTtlSeconds: CacheTtlSeconds.default(CONNECTOR_CACHE_TTL_SECONDS.default),
    mapping: ConnectorMapping.optional().describe('Required for HTTP GET connectors; none for signed ones'),
    actions: ConnectorActions.default([]),
    allowPrivate: AllowPrivate.default(false),
    active: z.boolean().default(true),
    position: z.number().int().min(0).max(10_000).default(0).describe('Cards are shown in this order'),
  })
  .meta({ id: 'CreateConnectorRequest' });
export type CreateConnectorRequest = z.infer<typeof CreateConnectorRequest>;

/** Every field optional; the kind is fixed at creation. */
export const UpdateConnectorRequest = z
  .strictObject({
    name: ConnectorName.optional(),
    urlTemplate: ConnectorUrlTemplate.optional(),
    headers: z
      .record(HeaderName, HeaderValue)
      .refine(headerCount, `At most ${MAX_CONNECTOR_HEADERS} headers`)
      .optional()
      .describe(
        'Changes to the headers: a value replaces that header’s, an empty string removes it; headers not named keep their values',
      ),
    timeoutMs: TimeoutMs.optional(),
    cacheTtlSeconds: CacheTtlSeconds.optional(),
    mapping: ConnectorMapping.optional(),
    actions: ConnectorActions.optional(),
    allowPrivate: AllowPrivate.optional(),
    active: z.boolean().optional(),
    position: z.number().int().min(0).max(10_000).optional(),
  })
  .meta({ id: 'UpdateConnectorRequest' });
export type UpdateConnectorRequest = z.infer<typeof UpdateConnectorRequest>;

/** The customer as a connector sees it: in URL placeholders ({{customer.email}}) and in a signed request's body. */
export const ConnectorCustomer = z
  .object({
    id: Id,
    name: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    externalId: z
      .string()
      .nullable()
      .describe('Your own id of this customer, as given when it was created through the API'),
    locale: z.string().nullable(),
    country: z.string().nullable(),
    timeZone: z.string().nullable(),
    company: z.string().nullable(),
    plan: z.string().nullable(),
    attributes: z
      .record(z.string(), z.union([z.string(), z.number()]))
      .describe('The account’s own customer fields, by key: {{customer.attributes.contract_number}}'),
  })
  .meta({ id: 'ConnectorCustomer' });
export type ConnectorCustomer = z.infer<typeof ConnectorCustomer>;

export const ConnectorConversation = z
  .object({ id: Id, subject: z.string().nullable(), channel: Channel })
  .meta({ id: 'ConnectorConversation' });
export type ConnectorConversation = z.infer<typeof ConnectorConversation>;

/**
 * What Sincere POSTs (JSON) to a signed connector's URL. It carries a
 * `Sincere-Signature: t=<unix seconds>,v1=<hex>` header: HMAC-SHA256 with the
 * connector's secret over `"<t>.<raw body>"`, checked exactly as a webhook's.
 * `type: 'card'`: answer a ConnectorCard (status 2xx). `type: 'action'`: an agent
 * pressed and confirmed one of the card's actions; do it and answer 2xx (any
 * other status is a failure), optionally with `{ "message": "…" }` for the agent.
 */
export const ConnectorSignedRequest = z
  .object({
    type: z.enum(['card', 'action']),
    customer: ConnectorCustomer,
    conversation: ConnectorConversation.nullable().describe('The conversation the agent has open, if any'),
    action: z
      .object({
        id: z.string().describe('The CardAction’s id'),
        payload: z.record(z.string(), z.unknown()).optional().describe('The CardAction’s payload, unchanged'),
      })
      .optional()
      .describe('type action: the button pressed'),
    agent: z.object({ id: Id, name: z.string() }).optional().describe('type action: who pressed it'),
  })
  .meta({ id: 'ConnectorSignedRequest' });
export type ConnectorSignedRequest = z.infer<typeof ConnectorSignedRequest>;

/** What an action's endpoint may answer (2xx): a message shown to the agent and written in the conversation's note. */
export const ConnectorActionAnswer = z.object({ message: z.string().optional() }).meta({ id: 'ConnectorActionAnswer' });

/** A connector whose card the panel asks for, one request per card. */
export const CustomerCardSource = z
  .object({ id: Id, name: z.string(), kind: ConnectorKind })
  .meta({ id: 'CustomerCardSource' });
export type CustomerCardSource = z.infer<typeof CustomerCardSource>;

export const CustomerCards = z
  .object({ items: z.array(CustomerCardSource).describe('Active connectors, in the order admins gave them') })
  .meta({ id: 'CustomerCards' });
export type CustomerCards = z.infer<typeof CustomerCards>;

export const CustomerParams = z.object({ customerId: Id });
export const CardParams = z.object({ customerId: Id, connectorId: Id });
export const CardActionParams = CardParams.extend({ actionKey: z.string().min(1).max(100) });

export const CardQuery = z.object({
  conversationId: Id.optional().describe('The conversation the agent has open: fills {{conversation.…}}'),
  refresh: z.stringbool().optional().describe('true: fetch again instead of using the cached card'),
});
export type CardQuery = z.infer<typeof CardQuery>;

export const RunCardActionRequest = z
  .strictObject({
    conversationId: Id.describe('Where the note about the action is written'),
    confirm: z.literal(true, 'The agent must confirm the action'),
    payload: z
      .record(z.string(), z.unknown())
      .optional()
      .describe('A signed card’s action: the payload the card showed (refused if the card has changed since)'),
    promiseId: Id.optional().describe(
      'An open promise of the conversation this action fulfils ("extend the subscription"): kept when the action succeeds, with the action as evidence',
    ),
  })
  .meta({ id: 'RunCardActionRequest' });
export type RunCardActionRequest = z.infer<typeof RunCardActionRequest>;

export const RunCardActionResponse = z
  .object({
    ok: z.boolean().describe('Your system answered 2xx'),
    message: z
      .string()
      .describe('For the agent: your system’s message (empty when it gave none), or why the action failed'),
  })
  .meta({ id: 'RunCardActionResponse' });
export type RunCardActionResponse = z.infer<typeof RunCardActionResponse>;
