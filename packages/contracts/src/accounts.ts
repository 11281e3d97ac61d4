import { z } from 'zod';
import { Id, IsoDateTime, UiLocale } from './common';

export const Account = z
  .object({
    id: Id,
    name: z.string(),
    locale: UiLocale,
    timeZone: z.string(),
    createdAt: IsoDateTime,
  })
  .meta({ id: 'Account' });
export type Account = z.infer<typeof Account>;

const timeZone = z
  .string()
  .min(1)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'Unknown IANA time zone');

export const UpdateAccountRequest = z
  .object({
    name: z.string().trim().min(1).max(120).optional(),
    locale: UiLocale.optional(),
    timeZone: timeZone.optional(),
  })
  .strict();
export type UpdateAccountRequest = z.infer<typeof UpdateAccountRequest>;
