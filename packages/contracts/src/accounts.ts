import { z } from 'zod';
import { Id, IsoDateTime, UiLocale } from './common';

export const Account = z
  .object({
    id: Id,
    name: z.string(),
    locale: UiLocale,
    timeZone: z.string(),
    /** A promise that names no time falls due this long after the reply (a day by default). */
    promiseDefaultDelayMinutes: z.number().int(),
    /** The owner is reminded this long before a promise falls due (30 minutes by default). */
    promiseReminderMinutes: z.number().int(),
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
    promiseDefaultDelayMinutes: z
      .number()
      .int()
      .min(15)
      .max(60 * 24 * 30)
      .optional(),
    promiseReminderMinutes: z
      .number()
      .int()
      .min(0)
      .max(60 * 24 * 2)
      .optional(),
  })
  .strict();
export type UpdateAccountRequest = z.infer<typeof UpdateAccountRequest>;
