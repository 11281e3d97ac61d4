import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { loadLabelledSet } from '../../language/labelled-set';
import { REPLY_LANGUAGES, ReplyLanguage } from '@sincere/contracts';
import { detectDone } from './detect-done';
import { detectPromises } from './detect-promises';

/** The hand-labelled agent replies the detector is tuned on, and a fresh set written apart from the patterns. */
export const PROMISE_SET_FILE = fileURLToPath(new URL('./labelled/promises.jsonl', import.meta.url));
export const FRESH_PROMISE_SET_FILE = fileURLToPath(new URL('./labelled/promises-fresh.jsonl', import.meta.url));
export const DONE_SET_FILE = fileURLToPath(new URL('./labelled/done.jsonl', import.meta.url));

const OffsetInstant = z.iso.datetime({ offset: true });

const LabelledReply = z
  .strictObject({
    id: z.string().min(1),
    lang: ReplyLanguage,
    text: z.string().min(1),
    sentAt: OffsetInstant,
    timeZone: z.string().min(1),
    country: z.string().regex(/^[A-Z]{2}$/u),
    promise: z.boolean(),
    dueAt: OffsetInstant.nullable(),
    note: z.string().optional(),
  })
  .refine((reply) => reply.promise || reply.dueAt === null, 'a reply without a promise has no due time');
export type LabelledReply = z.infer<typeof LabelledReply>;

const LabelledDone = z.strictObject({
  id: z.string().min(1),
  lang: ReplyLanguage,
  text: z.string().min(1),
  done: z.boolean(),
  note: z.string().optional(),
});
export type LabelledDone = z.infer<typeof LabelledDone>;

export interface PromiseFigures {
  messages: number;
  /** Messages labelled as holding a promise. */
  labelled: number;
  truePositives: number;
  falsePositives: number;
  /** TP / (TP + FP); 1 when nothing was suggested. */
  precision: number;
  /** TP / labelled; 1 when nothing was labelled. */
  recall: number;
  /** Detected true promises whose first suggestion falls due at the labelled minute (or both have none). */
  dueExact: number;
  /** dueExact / TP; 1 when nothing was detected. */
  dueExactShare: number;
}

export interface PromiseMiss {
  id: string;
  text: string;
  /** What the detector suggested (false positives and wrong due times). */
  what?: string;
  timeText?: string | null;
  expectedDue?: string | null;
  gotDue?: string | null;
}

export interface PromiseSetReport {
  overall: PromiseFigures;
  byLanguage: Record<ReplyLanguage, PromiseFigures>;
  falsePositives: PromiseMiss[];
  falseNegatives: PromiseMiss[];
  wrongDue: PromiseMiss[];
}

export interface DoneFigures {
  messages: number;
  labelled: number;
  truePositives: number;
  falsePositives: number;
  precision: number;
  recall: number;
}

export interface DoneSetReport {
  overall: DoneFigures;
  byLanguage: Record<ReplyLanguage, DoneFigures>;
  falsePositives: PromiseMiss[];
  falseNegatives: PromiseMiss[];
}

export interface MeasureOptions {
  /** Tell the detector each reply's language, as when the conversation's language is known. Default: not told. */
  languageKnown?: boolean;
}

export const loadPromiseSet = (file: string): LabelledReply[] => loadLabelledSet(file, LabelledReply);
export const loadDoneSet = (file: string): LabelledDone[] => loadLabelledSet(file, LabelledDone);

/** Equal to the minute, as the agent sees due times; both null is equal too. */
function sameMinute(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.floor(Date.parse(a) / 60_000) === Math.floor(Date.parse(b) / 60_000);
}

interface Tally {
  messages: number;
  labelled: number;
  tp: number;
  fp: number;
  exact: number;
}

const emptyTally = (): Tally => ({ messages: 0, labelled: 0, tp: 0, fp: 0, exact: 0 });

function tallyOf(counts: Map<string, Tally>, key: string): Tally {
  let tally = counts.get(key);
  if (!tally) counts.set(key, (tally = emptyTally()));
  return tally;
}

/**
 * Runs the detector over a labelled set, message by message: a message with a suggestion is a true
 * positive when it is labelled a promise, a false positive otherwise; its first suggestion's due time
 * is judged against the label.
 */
export function measurePromiseSet(set: readonly LabelledReply[], options: MeasureOptions = {}): PromiseSetReport {
  const counts = new Map<string, Tally>();
  const report: Omit<PromiseSetReport, 'overall' | 'byLanguage'> = {
    falsePositives: [],
    falseNegatives: [],
    wrongDue: [],
  };
  for (const reply of set) {
    const [first] = detectPromises(reply.text, {
      sentAt: new Date(reply.sentAt),
      timeZone: reply.timeZone,
      country: reply.country,
      language: options.languageKnown ? reply.lang : null,
    });
    const exact = first !== undefined && reply.promise && sameMinute(first.dueAt, reply.dueAt);
    for (const key of [reply.lang, 'all']) {
      const tally = tallyOf(counts, key);
      tally.messages += 1;
      if (reply.promise) tally.labelled += 1;
      if (first && reply.promise) tally.tp += 1;
      if (first && !reply.promise) tally.fp += 1;
      if (exact) tally.exact += 1;
    }
    const miss = { id: reply.id, text: reply.text };
    if (first && !reply.promise) report.falsePositives.push({ ...miss, what: first.what, timeText: first.timeText });
    if (!first && reply.promise) report.falseNegatives.push({ ...miss, expectedDue: reply.dueAt });
    if (first && reply.promise && !exact) {
      report.wrongDue.push({
        ...miss,
        what: first.what,
        timeText: first.timeText,
        expectedDue: reply.dueAt,
        gotDue: first.dueAt,
      });
    }
  }
  const figures = (key: string): PromiseFigures => {
    const { messages, labelled, tp, fp, exact } = counts.get(key) ?? emptyTally();
    return {
      messages,
      labelled,
      truePositives: tp,
      falsePositives: fp,
      precision: tp + fp === 0 ? 1 : tp / (tp + fp),
      recall: labelled === 0 ? 1 : tp / labelled,
      dueExact: exact,
      dueExactShare: tp === 0 ? 1 : exact / tp,
    };
  };
  return {
    overall: figures('all'),
    byLanguage: Object.fromEntries(REPLY_LANGUAGES.map((language) => [language, figures(language)])) as Record<
      ReplyLanguage,
      PromiseFigures
    >,
    ...report,
  };
}

/** Runs the done detector over its labelled set: a message it flags is right when labelled done. */
export function measureDoneSet(set: readonly LabelledDone[], options: MeasureOptions = {}): DoneSetReport {
  const counts = new Map<string, Tally>();
  const falsePositives: PromiseMiss[] = [];
  const falseNegatives: PromiseMiss[] = [];
  for (const message of set) {
    const found = detectDone(message.text, { language: options.languageKnown ? message.lang : null });
    for (const key of [message.lang, 'all']) {
      const tally = tallyOf(counts, key);
      tally.messages += 1;
      if (message.done) tally.labelled += 1;
      if (found && message.done) tally.tp += 1;
      if (found && !message.done) tally.fp += 1;
    }
    if (found && !message.done) falsePositives.push({ id: message.id, text: message.text, what: found.text });
    if (!found && message.done) falseNegatives.push({ id: message.id, text: message.text });
  }
  const figures = (key: string): DoneFigures => {
    const { messages, labelled, tp, fp } = counts.get(key) ?? emptyTally();
    return {
      messages,
      labelled,
      truePositives: tp,
      falsePositives: fp,
      precision: tp + fp === 0 ? 1 : tp / (tp + fp),
      recall: labelled === 0 ? 1 : tp / labelled,
    };
  };
  return {
    overall: figures('all'),
    byLanguage: Object.fromEntries(REPLY_LANGUAGES.map((language) => [language, figures(language)])) as Record<
      ReplyLanguage,
      DoneFigures
    >,
    falsePositives,
    falseNegatives,
  };
}

const percent = (value: number) => `${(value * 100).toFixed(1)} %`;

/** One line per language and the misses: what a failing test or a benchmark note prints. */
export function describePromiseSetReport(report: PromiseSetReport): string {
  const row = (name: string, f: PromiseFigures) =>
    `${name.padEnd(7)} messages ${String(f.messages).padStart(3)}  promises ${String(f.labelled).padStart(3)}  precision ${percent(f.precision)}  recall ${percent(f.recall)}  due exact ${percent(f.dueExactShare)}`;
  return [
    row('overall', report.overall),
    ...Object.entries(report.byLanguage).map(([language, f]) => row(language, f)),
    `false positives (${report.falsePositives.length}):`,
    ...report.falsePositives.map((miss) => `  ${miss.id} ← "${miss.what ?? ''}" in: ${miss.text}`),
    `false negatives (${report.falseNegatives.length}):`,
    ...report.falseNegatives.map((miss) => `  ${miss.id}: ${miss.text}`),
    `wrong due times (${report.wrongDue.length}):`,
    ...report.wrongDue.map(
      (miss) =>
        `  ${miss.id} expected ${miss.expectedDue ?? 'none'}, got ${miss.gotDue ?? 'none'} from "${miss.timeText ?? ''}": ${miss.text}`,
    ),
  ].join('\n');
}

export function describeDoneSetReport(report: DoneSetReport): string {
  const row = (name: string, f: DoneFigures) =>
    `${name.padEnd(7)} messages ${String(f.messages).padStart(3)}  done ${String(f.labelled).padStart(3)}  precision ${percent(f.precision)}  recall ${percent(f.recall)}`;
  return [
    row('overall', report.overall),
    ...Object.entries(report.byLanguage).map(([language, f]) => row(language, f)),
    `false positives (${report.falsePositives.length}):`,
    ...report.falsePositives.map((miss) => `  ${miss.id} ← "${miss.what ?? ''}" in: ${miss.text}`),
    `false negatives (${report.falseNegatives.length}):`,
    ...report.falseNegatives.map((miss) => `  ${miss.id}: ${miss.text}`),
  ].join('\n');
}
