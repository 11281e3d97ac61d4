import { z } from 'zod';

export const Id = z.uuid().describe('UUID of an object');
export const IsoDateTime = z.iso.datetime({ offset: true }).describe('ISO 8601 timestamp, UTC');

export const ROLES = ['admin', 'lead', 'agent', 'reviewer'] as const;
/** admin: everything; lead: runs a team and reads reports; agent: answers customers; reviewer: scores conversations. */
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const UI_LOCALES = ['en', 'ru'] as const;
export const UiLocale = z.enum(UI_LOCALES);
export type UiLocale = z.infer<typeof UiLocale>;

/** A keyset page: pass `nextCursor` back as `cursor` to get the next page; null on the last page. */
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export const PageQuery = z.object({
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

export const IdParams = z.object({ id: Id });
