import { z } from 'zod';
import { Id, IsoDateTime } from './common';

/*
 * Quality review (QA) scorecards, as docs/metrics "Quality review (QA) scorecards" defines them: weighted
 * categories on binary, 3-, 4- or 5-point scales, N/A left out of the mean, and critical categories whose
 * score below 50% makes the whole review 0. A rating is a 0-based point on the category's scale.
 */

export const SCALE_KINDS = ['binary', 'three', 'four', 'five'] as const;
export const ScaleKind = z.enum(SCALE_KINDS).meta({ id: 'ScaleKind' });
export type ScaleKind = z.infer<typeof ScaleKind>;

/** How many points each scale has; a rating runs from 0 to points − 1. */
export const SCALE_POINTS: Readonly<Record<ScaleKind, number>> = { binary: 2, three: 3, four: 4, five: 5 };

/** human_only: the automatic scorer cannot rate it reliably, so only a person does. */
export const CategoryAutomation = z.enum(['auto', 'human_only']).meta({ id: 'CategoryAutomation' });
export type CategoryAutomation = z.infer<typeof CategoryAutomation>;

const localizedText = (field: string, max: number) =>
  z.object({
    en: z.string().trim().min(1, `${field}.en is empty`).max(max, `${field}.en is longer than ${max} characters`),
    ru: z.string().trim().min(1, `${field}.ru is empty`).max(max, `${field}.ru is longer than ${max} characters`),
  });

/** A stable key that reviews and automatic ratings refer to; never translated. */
export const CategoryKey = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, 'key must be lowercase letters, digits and "_", starting with a letter, ≤ 40')
  .describe('Stable key of a scorecard category: "tone", "promise_kept"');

export const ScorecardCategory = z
  .object({
    key: CategoryKey,
    name: localizedText('name', 80),
    /** What each point means, for reviewers and for the automatic scorer's instructions. */
    description: localizedText('description', 1000),
    weight: z
      .number('weight must be a number')
      .positive('weight must be above 0')
      .max(100, 'weight must be at most 100')
      .describe('Relative weight, 0–100 exclusive of 0; weights need not sum to 100'),
    scale: ScaleKind,
    allowNa: z.boolean('allowNa must be true or false').describe('The category may be marked N/A'),
    critical: z
      .boolean('critical must be true or false')
      .describe('A rating below 50% of the scale makes the whole review 0'),
    automatic: CategoryAutomation,
  })
  .meta({ id: 'ScorecardCategory' });
export type ScorecardCategory = z.infer<typeof ScorecardCategory>;

/**
 * One version of a scorecard. Any change to the categories, weights, scales, N/A or critical flags makes a
 * new version, so a review stays tied to the version it was scored with and keeps its meaning.
 */
export const Scorecard = z
  .object({
    id: Id.optional(),
    name: localizedText('name', 120),
    version: z.int('version must be a whole number').min(1, 'version must be at least 1'),
    categories: z.array(ScorecardCategory).min(1, 'categories must hold at least one category').max(50),
    createdAt: IsoDateTime.optional(),
  })
  .superRefine((card, ctx) => {
    const seen = new Set<string>();
    card.categories.forEach((category, index) => {
      if (seen.has(category.key)) {
        ctx.addIssue({
          code: 'custom',
          message: `categories: key "${category.key}" is used more than once`,
          path: ['categories', index, 'key'],
        });
      }
      seen.add(category.key);
    });
  })
  .meta({ id: 'Scorecard' });
export type Scorecard = z.infer<typeof Scorecard>;

export const CategoryRating = z
  .object({
    category: CategoryKey,
    value: z.union([
      z.int('value must be a whole point of the scale or "na"').min(0, 'value must be 0 or more'),
      z.literal('na'),
    ]),
    comment: z.string().trim().max(2000, 'comment is longer than 2000 characters').optional(),
  })
  .meta({ id: 'CategoryRating' });
export type CategoryRating = z.infer<typeof CategoryRating>;

export const CategoryScore = z
  .object({
    category: CategoryKey,
    score: z.number().min(0).max(100).nullable().describe('0–100; null when rated N/A'),
    criticalFailed: z.boolean().describe('A critical category scored below 50%: it zeroed the review'),
  })
  .meta({ id: 'CategoryScore' });
export type CategoryScore = z.infer<typeof CategoryScore>;

export const ReviewScore = z
  .object({
    score: z
      .number()
      .min(0)
      .max(100)
      .nullable()
      .describe('Weighted mean of the rated categories, 0–100, unrounded; null when every category is N/A'),
    byCategory: z.array(CategoryScore).describe('In the scorecard order'),
    criticalFailed: z.boolean(),
  })
  .meta({ id: 'ReviewScore' });
export type ReviewScore = z.infer<typeof ReviewScore>;
