import { z } from 'zod';
import { CultureWarning } from './etiquette';

/** Languages whose agent replies Sincere reads for promises and coaching. */
export const REPLY_LANGUAGES = ['ru', 'en', 'es', 'id', 'pt'] as const;
export const ReplyLanguage = z.enum(REPLY_LANGUAGES);
export type ReplyLanguage = z.infer<typeof ReplyLanguage>;

/**
 * A commitment Sincere noticed in an agent's reply and offers to track. Only a suggestion: nothing
 * is tracked until the agent confirms it in the composer.
 */
export const PromiseSuggestion = z
  .strictObject({
    what: z.string().min(1).max(300).describe('The commitment in the agent’s own words: the clause, trimmed'),
    start: z.number().int().min(0).describe('Offset of `what` in the reply text (UTF-16 code units)'),
    end: z.number().int().min(0).describe('Offset just past `what` in the reply text'),
    dueAt: z.iso
      .datetime({ offset: true })
      .nullable()
      .describe(
        'When the promise falls due, resolved from the reply’s time in the customer’s time zone; null when the reply names no time (the account’s default follow-up delay applies)',
      ),
    timeText: z.string().nullable().describe('The words that gave the due time ("сегодня до 15:30"), null when none'),
    language: ReplyLanguage,
  })
  .meta({ id: 'PromiseSuggestion' });
export type PromiseSuggestion = z.infer<typeof PromiseSuggestion>;

/** Reply-coaching checks: each names a habit that costs customers' trust, and explains itself in the UI. */
export const COACHING_CHECKS = [
  'brush_off',
  'robotic_paraphrase',
  'defensive_tone',
  'blaming_customer',
  'restart_without_ownership',
] as const;
export const CoachingCheck = z.enum(COACHING_CHECKS);
export type CoachingCheck = z.infer<typeof CoachingCheck>;

/** A warning about a draft reply. Never blocks sending; the UI explains the check and a better pattern. */
export const CoachingWarning = z
  .strictObject({
    check: CoachingCheck,
    text: z.string().min(1).max(300).describe('The words of the draft that raised the warning'),
    start: z.number().int().min(0),
    end: z.number().int().min(0),
    language: ReplyLanguage,
  })
  .meta({ id: 'CoachingWarning' });
export type CoachingWarning = z.infer<typeof CoachingWarning>;

/** What the composer shows beside a draft: promises to confirm and coaching warnings. */
export const ReplyCheckRequest = z
  .strictObject({
    text: z.string().max(50_000),
    /** For a message scheduled to go out later (a follow-up): checked against the customer's quiet periods then. */
    scheduledAt: z.iso.datetime({ offset: true }).optional(),
    /** A message the customer did not ask for (follow-up, campaign). Default: false, a reply. */
    proactive: z.boolean().optional(),
  })
  .meta({ id: 'ReplyCheckRequest' });
export type ReplyCheckRequest = z.infer<typeof ReplyCheckRequest>;

export const ReplyCheck = z
  .object({
    promises: z.array(PromiseSuggestion),
    /** When a promise that names no time would fall due: now plus the account's default follow-up delay. */
    defaultDueAt: z.iso.datetime({ offset: true }),
    coaching: z.array(CoachingWarning),
    /** Warnings for the customer's culture: form of address, informal "you", face, plain sentences, quiet periods. */
    culture: z.array(CultureWarning),
    /** The language of the first proposal or warning; null when there is none. */
    language: ReplyLanguage.nullable(),
  })
  .meta({ id: 'ReplyCheck' });
export type ReplyCheck = z.infer<typeof ReplyCheck>;
