import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import {
  CULTURE_CHECKS,
  CultureCheck,
  Formality,
  ProfileLocale,
  type CalendarEntry,
  type CultureWarning,
  type LocaleProfile,
} from '@sincere/contracts';
import { checkTally, loadLabelledSet, type CheckFigures } from '../language/labelled-set';
import { checkCulture, type CultureContext } from './check-culture';
import { shippedProfile } from './profiles';

/** The hand-labelled replies the checks are tuned on, and a fresh set written before tuning and never tuned on. */
export const CULTURE_SET_FILE = fileURLToPath(new URL('./labelled/culture.jsonl', import.meta.url));
export const FRESH_CULTURE_SET_FILE = fileURLToPath(new URL('./labelled/culture-fresh.jsonl', import.meta.url));
/** Written by a second labeller from the check definitions and the profiles, without reading the code. */
export const BLIND_CULTURE_SET_FILE = fileURLToPath(new URL('./labelled/culture-blind.jsonl', import.meta.url));

const LabelledContext = z.strictObject({
  address: z.string().min(1).nullable(),
  chosenHonorific: z.string().min(1).nullable(),
  formality: Formality,
  public: z.boolean(),
  secondLanguage: z.boolean(),
  /** A scheduled message: a follow-up or a campaign when `proactive`. */
  proactive: z.boolean().optional(),
  scheduledAt: z.iso.datetime().optional(),
  timeZone: z.string().optional(),
  /** Whose quiet periods apply; the profile's first country when missing. */
  country: z
    .string()
    .regex(/^[A-Z]{2}$/u)
    .optional(),
});

const LabelledCultureReply = z.strictObject({
  id: z.string().min(1),
  /** The customer's profile, one of the shipped ones. */
  locale: ProfileLocale,
  text: z.string().min(1),
  context: LabelledContext,
  /** What a careful team lead would warn about, given the profile; empty for a reply that is fine. */
  checks: z.array(CultureCheck),
  note: z.string().optional(),
});
export type LabelledCultureReply = z.infer<typeof LabelledCultureReply>;

/** Ramadan, computed with Intl's islamic-umalqura calendar, for the countries the set's campaigns go to. */
const RAMADAN: ReadonlyArray<{ year: number; startsOn: string; endsOn: string }> = [
  { year: 1447, startsOn: '2026-02-18', endsOn: '2026-03-19' },
  { year: 1448, startsOn: '2027-02-08', endsOn: '2027-03-08' },
];
const OBSERVING = ['ID', 'MY', 'SA', 'AE', 'EG'];

export const QUIET_PERIODS: readonly CalendarEntry[] = OBSERVING.flatMap((country) =>
  RAMADAN.map(({ year, startsOn, endsOn }): CalendarEntry => ({
    key: `ramadan-${year}-${country}`,
    country,
    startsOn,
    endsOn,
    kind: 'quiet',
    name: `Ramadan ${year}`,
    approximate: true,
    source: 'computed',
  })),
);

export type CultureFigures = CheckFigures;

export interface CultureMiss {
  id: string;
  locale: string;
  text: string;
  check: CultureCheck;
  /** What raised the warning (false positives only). */
  matched?: string;
}

export interface CultureSetReport {
  /** Micro-averaged over check labels. */
  overall: CultureFigures;
  byCheck: Record<CultureCheck, CultureFigures>;
  /** By the customer's profile ('es-MX' and 'es-ES' apart). */
  byLocale: Record<string, CultureFigures>;
  falsePositives: CultureMiss[];
  falseNegatives: CultureMiss[];
}

export function loadCultureSet(file: string): LabelledCultureReply[] {
  return loadLabelledSet(
    file,
    LabelledCultureReply.refine(
      (reply) => new Set(reply.checks).size === reply.checks.length,
      'A check is listed twice',
    ),
  );
}

/** The set when its file exists, else null. */
export function loadCultureSetIfPresent(file: string): LabelledCultureReply[] | null {
  return existsSync(file) ? loadCultureSet(file) : null;
}

/** The context the checks get for a labelled reply: the shipped profile, and the set's quiet periods. */
export function contextOf(
  reply: LabelledCultureReply,
  profiles: (locale: string) => LocaleProfile | undefined = shippedProfile,
): CultureContext {
  const profile = profiles(reply.locale);
  if (!profile) throw new Error(`${reply.id}: no shipped profile for ${reply.locale}`);
  const { context } = reply;
  const country = context.country ?? profile.countries[0] ?? null;
  return {
    profile,
    address: context.address,
    chosenHonorific: context.chosenHonorific,
    formality: context.formality,
    public: context.public,
    secondLanguage: context.secondLanguage,
    scheduledAt: context.scheduledAt ? new Date(context.scheduledAt) : null,
    proactive: context.proactive ?? false,
    quietPeriods: QUIET_PERIODS.filter((entry) => entry.country === country),
    timeZone: context.timeZone ?? null,
  };
}

/** Runs the checks over a labelled set: a warning is right when its check is among the reply's labels. */
export function measureCultureSet(
  set: readonly LabelledCultureReply[],
  profiles: (locale: string) => LocaleProfile | undefined = shippedProfile,
): CultureSetReport {
  const { add, figures } = checkTally();
  const falsePositives: CultureMiss[] = [];
  const falseNegatives: CultureMiss[] = [];
  const locales = new Set<string>();
  for (const reply of set) {
    const warnings = checkCulture(reply.text, contextOf(reply, profiles));
    const raised = new Map<CultureCheck, CultureWarning>();
    for (const warning of warnings) if (!raised.has(warning.check)) raised.set(warning.check, warning);
    const labelled = new Set(reply.checks);
    const truePositives = [...raised.keys()].filter((check) => labelled.has(check)).length;
    locales.add(reply.locale);
    add('all', 1, labelled.size, truePositives, raised.size - truePositives);
    add(`locale:${reply.locale}`, 1, labelled.size, truePositives, raised.size - truePositives);
    for (const check of CULTURE_CHECKS) {
      const isLabelled = labelled.has(check);
      const warning = raised.get(check);
      add(`check:${check}`, 1, isLabelled ? 1 : 0, isLabelled && warning ? 1 : 0, !isLabelled && warning ? 1 : 0);
      const miss = { id: reply.id, locale: reply.locale, text: reply.text, check };
      if (warning && !isLabelled) falsePositives.push({ ...miss, matched: warning.text || (warning.suggestion ?? '') });
      if (isLabelled && !warning) falseNegatives.push(miss);
    }
  }

  return {
    overall: figures('all'),
    byCheck: Object.fromEntries(CULTURE_CHECKS.map((check) => [check, figures(`check:${check}`)])) as Record<
      CultureCheck,
      CultureFigures
    >,
    byLocale: Object.fromEntries([...locales].sort().map((locale) => [locale, figures(`locale:${locale}`)])),
    falsePositives,
    falseNegatives,
  };
}

/** One line per check and per profile, and the misses: what a failing test or a benchmark note prints. */
export function describeCultureSetReport(report: CultureSetReport): string {
  const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
  const row = (name: string, f: CultureFigures) =>
    `${name.padEnd(20)} replies ${String(f.replies).padStart(3)}  labelled ${String(f.labelled).padStart(3)}  TP ${String(f.truePositives).padStart(3)}  FP ${String(f.falsePositives).padStart(2)}  precision ${percent(f.precision)}  recall ${percent(f.recall)}`;
  return [
    row('overall', report.overall),
    ...Object.entries(report.byCheck).map(([check, f]) => row(check, f)),
    ...Object.entries(report.byLocale).map(([locale, f]) => row(locale, f)),
    `false positives (${report.falsePositives.length}):`,
    ...report.falsePositives.map((miss) => `  ${miss.id} ${miss.check} ← "${miss.matched ?? ''}" in: ${miss.text}`),
    `false negatives (${report.falseNegatives.length}):`,
    ...report.falseNegatives.map((miss) => `  ${miss.id} ${miss.check}: ${miss.text}`),
  ].join('\n');
}
