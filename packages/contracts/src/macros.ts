import { z } from 'zod';
import { Id, IsoDateTime } from './common';

/** PostgreSQL text and jsonb cannot hold U+0000: refuse it as a field error rather than fail in the database. */
const noNul = (text: string) => !text.includes('\u0000');
const NUL_MESSAGE = 'Must not contain the NUL character';

/**
 * Every {{variable}} a macro may use; the server fills them, the macro editor lists them. `{{address}}` is the
 * customer's form of address as their culture expects ("Kak Dimas", "señor García"): the one an agent chose,
 * else Sincere's proposal, else the first name.
 */
export const MACRO_VARIABLES = [
  'address',
  'customer.name',
  'customer.first_name',
  'customer.email',
  'agent.name',
  'agent.first_name',
  'conversation.id',
  'account.name',
] as const;
export type MacroVariable = (typeof MACRO_VARIABLES)[number];

/** `{{customer.first_name}}`: the first word of a name, whatever its script ("محمد العلي" → "محمد"). */
export function firstNameOf(name: string): string {
  return name.trim().split(/[\s\u00a0\u200f\u200e,]+/u)[0] ?? '';
}

/** personal: only its owner sees and uses it. shared: everyone uses it; admins and leads change it. */
export const MacroScope = z.enum(['personal', 'shared']);
export type MacroScope = z.infer<typeof MacroScope>;

/** 'default', or a language tag such as `ru`, `es`, `pt-BR` (stored as given, matched case-insensitively). */
export const MacroLanguage = z
  .string()
  .regex(/^(default|[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*)$/, "A language tag such as 'ru' or 'pt-BR', or 'default'");

/** Language → text. 'default' is required: it answers customers whose language has no variant. */
export const MacroVariants = z
  .record(MacroLanguage, z.string().min(1).max(20_000).refine(noNul, NUL_MESSAGE))
  .refine((variants) => typeof variants.default === 'string', {
    message: "A 'default' variant is required",
    path: ['default'],
  })
  .refine((variants) => Object.keys(variants).length <= 50, 'At most 50 variants');
export type MacroVariants = z.infer<typeof MacroVariants>;

/** Typed after a slash in the composer (`/refund`); stored without the slash, lower-cased. */
export const MacroShortcut = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^\/?[\p{L}\p{N}][\p{L}\p{N}_-]{0,39}$/u, 'Letters, digits, - and _, up to 40')
  .transform((value) => value.replace(/^\//, ''));

const MacroName = z.string().trim().min(1).max(120).refine(noNul, NUL_MESSAGE);

export const Macro = z
  .object({
    id: Id,
    name: z.string(),
    shortcut: z.string().nullable(),
    scope: MacroScope,
    /** The owner of a personal macro; null for a shared one. */
    ownerUserId: Id.nullable(),
    variants: z.record(z.string(), z.string()),
    createdAt: IsoDateTime,
    updatedAt: IsoDateTime,
  })
  .meta({ id: 'Macro' });
export type Macro = z.infer<typeof Macro>;

export const MacroList = z.object({ items: z.array(Macro) });
export type MacroList = z.infer<typeof MacroList>;

export const CreateMacroRequest = z
  .object({
    name: MacroName,
    shortcut: MacroShortcut.nullable().optional(),
    scope: MacroScope.default('personal'),
    variants: MacroVariants,
  })
  .strict();
export type CreateMacroRequest = z.infer<typeof CreateMacroRequest>;

export const UpdateMacroRequest = z
  .object({
    name: MacroName.optional(),
    /** null removes the shortcut. */
    shortcut: MacroShortcut.nullable().optional(),
    /** Replaces every variant. */
    variants: MacroVariants.optional(),
  })
  .strict();
export type UpdateMacroRequest = z.infer<typeof UpdateMacroRequest>;

export const RenderMacroRequest = z.object({ conversationId: Id }).strict();
export type RenderMacroRequest = z.infer<typeof RenderMacroRequest>;

export const RenderedMacro = z
  .object({
    /** The variant used: a key of `variants` ('default' when none matched the customer). */
    language: z.string(),
    text: z.string(),
    /** `{{…}}` placeholders that name no known variable: left in the text so the composer can warn. */
    unknownVariables: z.array(z.string()),
  })
  .meta({ id: 'RenderedMacro' });
export type RenderedMacro = z.infer<typeof RenderedMacro>;

/** What adding the starter macros did: those whose shortcut a shared macro already uses are left out. */
export const StarterMacrosResult = z
  .object({ added: z.array(Macro), skipped: z.array(z.string().describe('The shortcut already in use')) })
  .meta({ id: 'StarterMacrosResult' });
export type StarterMacrosResult = z.infer<typeof StarterMacrosResult>;
