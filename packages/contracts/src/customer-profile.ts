import { z } from 'zod';
import { Id, IsoDateTime } from './common';
import { Channel, ConversationStatus, Customer, Message } from './conversations';

/**
 * Paths of the customer profile: editing, the account's customer fields, notes, the customer's conversations,
 * duplicates and merging, export and "forget this customer". GET one customer is `API.customer(id)`.
 */
export const CUSTOMER_PROFILE_API = {
  customer: (id: string) => `/api/v1/customers/${id}`,
  conversations: (id: string) => `/api/v1/customers/${id}/conversations`,
  notes: (id: string) => `/api/v1/customers/${id}/notes`,
  note: (id: string) => `/api/v1/customer-notes/${id}`,
  attributes: '/api/v1/customer-attributes',
  attribute: (id: string) => `/api/v1/customer-attributes/${id}`,
  duplicates: (id: string) => `/api/v1/customers/${id}/duplicates`,
  dismissDuplicate: (id: string, otherId: string) => `/api/v1/customers/${id}/duplicates/${otherId}/dismiss`,
  merge: (id: string) => `/api/v1/customers/${id}/merge`,
  export: (id: string) => `/api/v1/customers/${id}/export`,
  forget: (id: string) => `/api/v1/customers/${id}/forget`,
} as const;

/** The name a forgotten customer keeps: the row stays for its conversations' sake, with nothing personal. */
export const FORGOTTEN_CUSTOMER_NAME = 'Forgotten customer';

// ---- Customer fields (typed attributes defined per account) ----

export const CUSTOMER_ATTRIBUTE_TYPES = ['text', 'number', 'date', 'list'] as const;
export const CustomerAttributeType = z.enum(CUSTOMER_ATTRIBUTE_TYPES);
export type CustomerAttributeType = z.infer<typeof CustomerAttributeType>;

export const CUSTOMER_ATTRIBUTE_KEY = /^[a-z][a-z0-9_]{0,39}$/;
export const MAX_ATTRIBUTE_OPTIONS = 100;

const AttributeKey = z
  .string()
  .regex(CUSTOMER_ATTRIBUTE_KEY, 'Lower-case letters, digits and _, starting with a letter, at most 40 characters');
const AttributeLabel = z.string().trim().min(1).max(100);
const AttributeOptions = z
  .array(z.string().trim().min(1).max(100))
  .max(MAX_ATTRIBUTE_OPTIONS)
  .refine(
    (options) => new Set(options.map((option) => option.toLowerCase())).size === options.length,
    'Each option only once',
  );
const Position = z.number().int().min(0).max(10_000);

export const CustomerAttributeDefinition = z
  .object({
    id: Id,
    key: z.string(),
    label: z.string(),
    type: CustomerAttributeType,
    /** The choices of a 'list' field; empty for the other types. */
    options: z.array(z.string()),
    position: z.number().int(),
    createdAt: IsoDateTime,
  })
  .meta({ id: 'CustomerAttributeDefinition' });
export type CustomerAttributeDefinition = z.infer<typeof CustomerAttributeDefinition>;

export const CustomerAttributeDefinitionList = z
  .object({ items: z.array(CustomerAttributeDefinition) })
  .meta({ id: 'CustomerAttributeDefinitionList' });
export type CustomerAttributeDefinitionList = z.infer<typeof CustomerAttributeDefinitionList>;

const LIST_NEEDS_OPTIONS = 'A list field needs at least one option';
const ONLY_LISTS_HAVE_OPTIONS = 'Only a list field has options';

export const CreateCustomerAttributeRequest = z
  .strictObject({
    key: AttributeKey.describe('Where values are stored; cannot change later'),
    label: AttributeLabel,
    type: CustomerAttributeType.describe('Cannot change later'),
    options: AttributeOptions.default([]),
    position: Position.optional().describe('Order on the profile; after the others when left out'),
  })
  .superRefine((value, ctx) => {
    if (value.type === 'list' && value.options.length === 0)
      ctx.addIssue({ code: 'custom', message: LIST_NEEDS_OPTIONS, path: ['options'] });
    if (value.type !== 'list' && value.options.length > 0)
      ctx.addIssue({ code: 'custom', message: ONLY_LISTS_HAVE_OPTIONS, path: ['options'] });
  })
  .meta({ id: 'CreateCustomerAttributeRequest' });
export type CreateCustomerAttributeRequest = z.infer<typeof CreateCustomerAttributeRequest>;

/** The key and the type stay: values are stored under the key, in the type's form. */
export const UpdateCustomerAttributeRequest = z
  .strictObject({
    label: AttributeLabel.optional(),
    options: AttributeOptions.optional(),
    position: Position.optional(),
  })
  .meta({ id: 'UpdateCustomerAttributeRequest' });
export type UpdateCustomerAttributeRequest = z.infer<typeof UpdateCustomerAttributeRequest>;

// ---- Editing the profile ----

/** Text a person may clear: null (or an empty string) clears it. */
const ClearableText = (max: number) => z.string().trim().max(max).nullable().optional();

const TimeZone = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'Unknown IANA time zone');

export const CURRENCY_CODE = /^[A-Z]{3}$/;

export const UpdateCustomerRequest = z
  .strictObject({
    name: z.string().trim().min(1).max(200).optional(),
    email: z.email().max(254).nullable().optional(),
    phone: z.string().trim().min(3).max(40).nullable().optional(),
    locale: z.string().trim().min(2).max(35).nullable().optional(),
    country: z
      .string()
      .regex(/^[A-Za-z]{2}$/, 'Two letters (ISO 3166-1)')
      .toUpperCase()
      .nullable()
      .optional(),
    timeZone: TimeZone.nullable().optional(),
    company: ClearableText(200),
    addressAs: ClearableText(100),
    referralSource: ClearableText(200),
    plan: ClearableText(100),
    revenue: z
      .strictObject({
        amountCents: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
        currency: z.string().toUpperCase().regex(CURRENCY_CODE, 'Three letters (ISO 4217)'),
      })
      .nullable()
      .optional(),
    attributes: z
      .record(z.string().max(40), z.union([z.string().max(1000), z.number(), z.null()]))
      .optional()
      .describe('Customer field key → value (null clears it); checked against the field’s type'),
  })
  .meta({ id: 'UpdateCustomerRequest' });
export type UpdateCustomerRequest = z.infer<typeof UpdateCustomerRequest>;

// ---- Notes ----

const NoteBody = z.string().trim().min(1).max(10_000);

export const CustomerNote = z
  .object({
    id: Id,
    customerId: Id,
    author: z.object({ id: Id, name: z.string() }).nullable(),
    body: z.string(),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'CustomerNote' });
export type CustomerNote = z.infer<typeof CustomerNote>;

export const CustomerNoteList = z.object({ items: z.array(CustomerNote) }).meta({ id: 'CustomerNoteList' });
export type CustomerNoteList = z.infer<typeof CustomerNoteList>;

export const CustomerNoteRequest = z.strictObject({ body: NoteBody }).meta({ id: 'CustomerNoteRequest' });
export type CustomerNoteRequest = z.infer<typeof CustomerNoteRequest>;

export const NoteParams = z.object({ id: Id });

// ---- The customer's conversations ----

export const CustomerConversationsQuery = z.object({
  cursor: z.string().max(300).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type CustomerConversationsQuery = z.infer<typeof CustomerConversationsQuery>;

// ---- Duplicates and merging ----

export const DuplicateReason = z.enum(['email', 'phone']);
export type DuplicateReason = z.infer<typeof DuplicateReason>;

export const CustomerDuplicate = z
  .object({
    customer: z.object({
      id: Id,
      name: z.string(),
      email: z.string().nullable(),
      phone: z.string().nullable(),
      createdAt: IsoDateTime,
    }),
    /** What the two share: an email address (any case, on the profile or as an identity) or a phone number's digits. */
    reason: DuplicateReason,
  })
  .meta({ id: 'CustomerDuplicate' });
export type CustomerDuplicate = z.infer<typeof CustomerDuplicate>;

export const CustomerDuplicateList = z
  .object({ items: z.array(CustomerDuplicate) })
  .meta({ id: 'CustomerDuplicateList' });
export type CustomerDuplicateList = z.infer<typeof CustomerDuplicateList>;

export const DuplicateParams = z.object({ id: Id, otherId: Id });

export const MergeCustomersRequest = z
  .strictObject({ sourceId: Id.describe('The customer merged into this one: it then only points here') })
  .meta({ id: 'MergeCustomersRequest' });
export type MergeCustomersRequest = z.infer<typeof MergeCustomersRequest>;

// ---- Export and forgetting ----

export const ForgetCustomerRequest = z
  .strictObject({
    confirm: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .describe('The customer’s name as it is now, typed by the person asking: nothing is erased without it'),
  })
  .meta({ id: 'ForgetCustomerRequest' });
export type ForgetCustomerRequest = z.infer<typeof ForgetCustomerRequest>;

export const CustomerExportNote = CustomerNote.omit({ customerId: true });

export const CustomerExportFact = z.object({
  id: Id,
  category: z.string(),
  text: z.string(),
  status: z.enum(['suggested', 'confirmed', 'dismissed']),
  mentionedAt: IsoDateTime,
  sourceConversationId: Id.nullable(),
  sourceMessageId: Id.nullable(),
  confirmedAt: IsoDateTime.nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});

export const CustomerExportConversation = z.object({
  id: Id,
  channel: Channel,
  subject: z.string().nullable(),
  status: ConversationStatus,
  createdAt: IsoDateTime,
  messages: z.array(Message),
});

/** Everything the account holds about one customer, as one JSON document. */
export const CustomerExport = z
  .object({
    exportedAt: IsoDateTime,
    customer: Customer,
    /** The labels of the customer's fields, by key, so the file reads on its own. */
    attributeLabels: z.record(z.string(), z.string()),
    notes: z.array(CustomerExportNote),
    facts: z.array(CustomerExportFact),
    conversations: z.array(CustomerExportConversation),
  })
  .meta({ id: 'CustomerExport' });
export type CustomerExport = z.infer<typeof CustomerExport>;
