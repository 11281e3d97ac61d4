import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { checkTally, loadLabelledSet, type CheckFigures } from '../language/labelled-set';
import { COACHING_CHECKS, CoachingCheck, REPLY_LANGUAGES, ReplyLanguage } from '@sincere/contracts';
import { checkReply } from './check-reply';

/** The hand-labelled replies the checks are judged by, and a fresh set written by someone else, unseen. */
export const COACHING_SET_FILE = fileURLToPath(new URL('./labelled/coaching.jsonl', import.meta.url));
export const FRESH_COACHING_SET_FILE = fileURLToPath(new URL('./labelled/coaching-fresh.jsonl', import.meta.url));

const LabelledReply = z.strictObject({
  id: z.string().min(1),
  lang: ReplyLanguage,
  text: z.string().min(1),
  /** What a careful team lead would warn about; empty for a reply that is fine. */
  checks: z.array(CoachingCheck),
  note: z.string().optional(),
});
export type LabelledReply = z.infer<typeof LabelledReply>;

export type CoachingFigures = CheckFigures;

export interface CoachingMiss {
  id: string;
  text: string;
  check: CoachingCheck;
  /** The words that raised the warning (false positives only). */
  matched?: string;
}

export interface CoachingSetReport {
  /** Micro-averaged over check labels. */
  overall: CoachingFigures;
  byCheck: Record<CoachingCheck, CoachingFigures>;
  byLanguage: Record<ReplyLanguage, CoachingFigures>;
  falsePositives: CoachingMiss[];
  falseNegatives: CoachingMiss[];
}

export interface MeasureOptions {
  /** Tell the checks each reply's language, as when the conversation's language is known. Default: guessed. */
  languageKnown?: boolean;
}

export function loadCoachingSet(file: string): LabelledReply[] {
  return loadLabelledSet(
    file,
    LabelledReply.refine((reply) => new Set(reply.checks).size === reply.checks.length, 'A check is listed twice'),
  );
}

/** The set when its file exists (the fresh one is written separately), else null. */
export function loadCoachingSetIfPresent(file: string): LabelledReply[] | null {
  return existsSync(file) ? loadCoachingSet(file) : null;
}

/** Runs the checks over a labelled set: a warning is right when its check is among the reply's labels. */
export function measureCoachingSet(set: readonly LabelledReply[], options: MeasureOptions = {}): CoachingSetReport {
  const { add, figures } = checkTally();
  const falsePositives: CoachingMiss[] = [];
  const falseNegatives: CoachingMiss[] = [];
  for (const reply of set) {
    const warnings = checkReply(reply.text, { language: options.languageKnown ? reply.lang : null });
    const raised = new Map(warnings.map((warning) => [warning.check, warning.text]));
    const labelled = new Set(reply.checks);
    const truePositives = [...raised.keys()].filter((check) => labelled.has(check)).length;
    add('all', 1, labelled.size, truePositives, raised.size - truePositives);
    add(`lang:${reply.lang}`, 1, labelled.size, truePositives, raised.size - truePositives);
    for (const check of COACHING_CHECKS) {
      const isLabelled = labelled.has(check);
      const isRaised = raised.has(check);
      add(`check:${check}`, 1, isLabelled ? 1 : 0, isLabelled && isRaised ? 1 : 0, !isLabelled && isRaised ? 1 : 0);
      if (isRaised && !isLabelled) {
        falsePositives.push({ id: reply.id, text: reply.text, check, matched: raised.get(check) ?? '' });
      }
      if (isLabelled && !isRaised) falseNegatives.push({ id: reply.id, text: reply.text, check });
    }
  }

  return {
    overall: figures('all'),
    byCheck: Object.fromEntries(COACHING_CHECKS.map((check) => [check, figures(`check:${check}`)])) as Record<
      CoachingCheck,
      CoachingFigures
    >,
    byLanguage: Object.fromEntries(
      REPLY_LANGUAGES.map((language) => [language, figures(`lang:${language}`)]),
    ) as Record<ReplyLanguage, CoachingFigures>,
    falsePositives,
    falseNegatives,
  };
}

/** One line per check and per language, and the misses: what a failing test or a benchmark note prints. */
export function describeCoachingSetReport(report: CoachingSetReport): string {
  const percent = (value: number) => `${(value * 100).toFixed(1)} %`;
  const row = (name: string, f: CoachingFigures) =>
    `${name.padEnd(26)} replies ${String(f.replies).padStart(3)}  labelled ${String(f.labelled).padStart(3)}  TP ${String(f.truePositives).padStart(3)}  FP ${String(f.falsePositives).padStart(2)}  precision ${percent(f.precision)}  recall ${percent(f.recall)}`;
  return [
    row('overall', report.overall),
    ...Object.entries(report.byCheck).map(([check, f]) => row(check, f)),
    ...Object.entries(report.byLanguage)
      .filter(([, f]) => f.replies > 0)
      .map(([language, f]) => row(language, f)),
    `false positives (${report.falsePositives.length}):`,
    ...report.falsePositives.map((miss) => `  ${miss.id} ${miss.check} ← "${miss.matched ?? ''}" in: ${miss.text}`),
    `false negatives (${report.falseNegatives.length}):`,
    ...report.falseNegatives.map((miss) => `  ${miss.id} ${miss.check}: ${miss.text}`),
  ].join('\n');
}
