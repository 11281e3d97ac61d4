import { z } from 'zod';
import { BusinessHours } from './business-hours';

/** Languages the chat widget speaks; Arabic is written right to left. */
export const WIDGET_LOCALES = ['en', 'ru', 'es', 'pt', 'id', 'ar', 'tr'] as const;
export const WidgetLocale = z.enum(WIDGET_LOCALES);
export type WidgetLocale = z.infer<typeof WidgetLocale>;

/** A website's chat widget: what it looks like and when the team answers. */
export const WebChannelSettings = z
  .strictObject({
    /** Origins allowed to embed the widget ('https://shop.example'); empty: any site with the key. */
    allowedOrigins: z.array(z.url()).max(50).default([]),
    /** The launcher's and header's colour. */
    color: z
      .string()
      .regex(/^#[0-9a-fA-F]{6}$/, 'A colour such as #1f6feb')
      .default('#1f6feb'),
    /** Shown above the conversation, by language; the widget's own text when missing. */
    greeting: z.record(z.string().min(2).max(10), z.string().max(300)).default({}),
    /** When the team answers; outside these hours the widget asks for an email. Null: always. */
    businessHours: BusinessHours.nullable().default(null),
    /** Refuse visitors a site has not signed (HMAC of their user id); anonymous visitors otherwise allowed. */
    requireIdentity: z.boolean().default(false),
  })
  .meta({ id: 'WebChannelSettings' });
export type WebChannelSettings = z.infer<typeof WebChannelSettings>;
