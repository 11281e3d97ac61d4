import { z } from 'zod';
import { Id, IsoDateTime } from './common';
import { BuiltInView, ConversationFilter, ConversationSort } from './views';

/** PostgreSQL text and jsonb cannot hold U+0000: refuse it as a field error rather than fail in the database. */
const hasNoNul = (text: string) => !text.includes('\u0000');
const NUL_MESSAGE = 'Must not contain the NUL character';

/**
 * A list criterion in a query string: `status=open&status=pending` or `status=open,pending`
 * (no value the filter accepts contains a comma), then checked by the filter's own schema.
 */
const listParam = <T extends z.ZodType<unknown, string[]>>(schema: T) =>
  z
    .union([z.string(), z.array(z.string())])
    .transform((value) => (Array.isArray(value) ? value : [value]).flatMap((part) => part.split(',')))
    .refine((parts) => parts.every(hasNoNul), NUL_MESSAGE)
    .pipe(schema)
    .optional()
    .describe('One or more values, comma-separated or repeated (any of them matches)');

/** The shared filter, refusing NUL in any of its strings (tags, languages, countries), with the field's path. */
const StorableFilter = ConversationFilter.superRefine((value, ctx) => {
  for (const [field, entry] of Object.entries(value)) {
    const parts: unknown[] = Array.isArray(entry) ? entry : [entry];
    parts.forEach((part, index) => {
      if (typeof part === 'string' && !hasNoNul(part)) {
        ctx.addIssue({ code: 'custom', message: NUL_MESSAGE, path: Array.isArray(entry) ? [field, index] : [field] });
      }
    });
  }
});

const filter = ConversationFilter.shape;

/**
 * The conversation list: a view (built-in name or saved view id) narrowed or changed by
 * filter fields. A field given here replaces the view's value for that field
 * (`view=all&status=resolved` lists resolved conversations). Without a view: every
 * conversation of the account.
 */
export const ConversationListQuery = z
  .object({
    view: z.union([BuiltInView, Id]).optional(),
    status: listParam(filter.status.unwrap()),
    assignee: filter.assignee,
    team: filter.team,
    tags: listParam(filter.tags.unwrap()),
    channel: listParam(filter.channel.unwrap()),
    priority: listParam(filter.priority.unwrap()),
    customerLanguage: listParam(filter.customerLanguage.unwrap()),
    customerCountry: listParam(filter.customerCountry.unwrap()),
    customerId: filter.customerId,
    waitingLongerThanMinutes: z.coerce.number().pipe(filter.waitingLongerThanMinutes.unwrap()).optional(),
    sort: ConversationSort.default('recent'),
    cursor: z.string().max(300).optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();
export type ConversationListQuery = z.infer<typeof ConversationListQuery>;

const ViewName = z.string().trim().min(1).max(80).refine(hasNoNul, NUL_MESSAGE);

/** A named filter: personal (only its owner sees it) or shared with everyone in the account. */
export const SavedView = z
  .object({
    id: Id,
    name: z.string(),
    filter: ConversationFilter,
    shared: z.boolean(),
    /** Views are listed by position, then name. */
    position: z.number().int(),
    createdAt: IsoDateTime,
  })
  .meta({ id: 'SavedView' });
export type SavedView = z.infer<typeof SavedView>;

/** A view as the sidebar shows it: built-in or saved, with how many conversations it holds. */
export const ViewWithCount = z
  .object({
    /** A built-in view's name ('mine', 'unassigned', 'my_team', 'all') or a saved view's id. */
    id: z.union([BuiltInView, Id]),
    kind: z.enum(['built_in', 'personal', 'shared']),
    name: z.string(),
    filter: ConversationFilter,
    position: z.number().int(),
    count: z.number().int(),
    /** True when the view holds more conversations than `count` (counted up to 1000 for filters the counters cannot answer). */
    countIsCapped: z.boolean(),
  })
  .meta({ id: 'ViewWithCount' });
export type ViewWithCount = z.infer<typeof ViewWithCount>;

export const ViewList = z.object({ items: z.array(ViewWithCount) });
export type ViewList = z.infer<typeof ViewList>;

export const CreateSavedViewRequest = z
  .object({
    name: ViewName,
    filter: StorableFilter,
    /** Shared views are created by admins and leads; everyone in the account sees them. */
    shared: z.boolean().default(false),
    /** Omit to place it after the views you already see. */
    position: z.number().int().min(0).max(100_000).optional(),
  })
  .strict();
export type CreateSavedViewRequest = z.infer<typeof CreateSavedViewRequest>;

export const UpdateSavedViewRequest = z
  .object({
    name: ViewName.optional(),
    filter: StorableFilter.optional(),
    position: z.number().int().min(0).max(100_000).optional(),
  })
  .strict();
export type UpdateSavedViewRequest = z.infer<typeof UpdateSavedViewRequest>;
