import { checkCulture, type CultureContext } from '../apps/server/src/modules/etiquette/check-culture';
import {
  CULTURE_SET_FILE,
  BLIND_CULTURE_SET_FILE,
  FRESH_CULTURE_SET_FILE,
  contextOf,
  loadCultureSet,
  loadCultureSetIfPresent,
  measureCultureSet,
  type LabelledCultureReply,
} from '../apps/server/src/modules/etiquette/culture-set';
import { breakdownOf, figureRows, percent } from './check-figures';
import type { Benchmark, BenchmarkResult, Measurement } from './report';

const TIMING_ROUNDS = 5;
/** Replies of one profile joined into one long draft: a reply with a pasted explanation, the worst case. */
const LONG_REPLY_PARTS = 10;

type Draft = { text: string; context: CultureContext };

/**
 * Mean time per reply of each round; the first round also pays for compiling each profile's patterns. CPU
 * time beside it: on a busy machine the wall clock counts other processes' turns too.
 */
function timePerReply(drafts: readonly Draft[]): { firstMs: number; samples: number[]; cpuMs: number[] } {
  const cpuMs: number[] = [];
  const round = () => {
    const startedAt = performance.now();
    const cpuBefore = process.cpuUsage();
    for (const draft of drafts) checkCulture(draft.text, draft.context);
    const cpu = process.cpuUsage(cpuBefore);
    cpuMs.push((cpu.user + cpu.system) / 1000 / drafts.length);
    return (performance.now() - startedAt) / drafts.length;
  };
  const firstMs = round() * drafts.length;
  cpuMs.length = 0;
  return { firstMs, samples: Array.from({ length: TIMING_ROUNDS }, round), cpuMs };
}

/**
 * Every check switched on, as for a public reply to a second-language reader scheduled in a quiet period:
 * the most work a draft can cost.
 */
function everyCheck(reply: LabelledCultureReply): Draft {
  const context = contextOf(reply);
  return { text: reply.text, context: { ...context, public: true, secondLanguage: true, formality: 'formal' } };
}

/** Long drafts of one profile each, as many as the set allows. */
function longDrafts(set: readonly LabelledCultureReply[]): Draft[] {
  const drafts: Draft[] = [];
  for (const locale of new Set(set.map((reply) => reply.locale))) {
    const replies = set.filter((reply) => reply.locale === locale);
    for (let i = 0; i + LONG_REPLY_PARTS <= replies.length; i += LONG_REPLY_PARTS) {
      const parts = replies.slice(i, i + LONG_REPLY_PARTS);
      const [first] = parts;
      if (first) drafts.push({ text: parts.map((reply) => reply.text).join('\n'), context: everyCheck(first).context });
    }
  }
  return drafts;
}

/**
 * The culture checks judged on hand-labelled agent replies to customers of each shipped profile: how often a
 * warning is right (precision, which matters most), how much they catch (recall), on the tuned set and on a
 * fresh set written before tuning, and how long a reply takes with every check switched on.
 */
export const cultureChecks: Benchmark = {
  name: 'culture-checks',
  description: 'Culture warnings: precision and recall per check and profile on the labelled replies, time per reply',
  run(): Promise<BenchmarkResult> {
    const set = loadCultureSet(CULTURE_SET_FILE);
    const fresh = loadCultureSetIfPresent(FRESH_CULTURE_SET_FILE);
    const drafts = set.map(everyCheck);
    const timing = timePerReply(drafts);
    const long = longDrafts(set);
    const longTiming = timePerReply(long);
    const main = measureCultureSet(set);
    const unseen = fresh ? measureCultureSet(fresh) : null;
    const blindSet = loadCultureSet(BLIND_CULTURE_SET_FILE);
    const blind = measureCultureSet(blindSet);
    const averageLength = drafts.reduce((sum, draft) => sum + draft.text.length, 0) / drafts.length;
    const longLength = long.reduce((sum, draft) => sum + draft.text.length, 0) / Math.max(1, long.length);
    const µs = (ms: number) => (ms * 1000).toFixed(0);
    const freshRows: Measurement[] = unseen
      ? [
          { label: 'fresh precision', unit: '%', kind: 'detail', samples: [percent(unseen.overall.precision)] },
          { label: 'fresh recall', unit: '%', kind: 'detail', samples: [percent(unseen.overall.recall)] },
          ...figureRows('fresh', { ...unseen.byCheck, ...unseen.byLocale }),
          { label: 'blind precision', unit: '%', kind: 'detail', samples: [percent(blind.overall.precision)] },
          { label: 'blind recall', unit: '%', kind: 'detail', samples: [percent(blind.overall.recall)] },
          ...figureRows('blind', { ...blind.byCheck, ...blind.byLocale }),
        ]
      : [];
    return Promise.resolve({
      name: 'culture-checks',
      measuredAt: new Date().toISOString(),
      setup: {
        labelledReplies: set.length,
        freshReplies: fresh?.length ?? 0,
        profiles: 'shipped',
        timedWith: 'every check on (public, second language, formal)',
        averageReplyChars: Math.round(averageLength),
        longReplies: long.length,
        averageLongReplyChars: Math.round(longLength),
      },
      measurements: [
        { label: 'precision', unit: '%', kind: 'measure', samples: [percent(main.overall.precision)], targetMin: 90 },
        { label: 'recall', unit: '%', kind: 'measure', samples: [percent(main.overall.recall)], targetMin: 80 },
        ...figureRows('labelled', { ...main.byCheck, ...main.byLocale }),
        ...freshRows,
        { label: 'time per reply', unit: 'ms', kind: 'measure', samples: timing.samples, target: 0.5 },
        { label: 'time per long reply', unit: 'ms', kind: 'detail', samples: longTiming.samples },
      ],
      notes: [
        `time per reply ${µs(Math.min(...timing.samples))}–${µs(Math.max(...timing.samples))} µs, CPU ${µs(Math.min(...timing.cpuMs))}–${µs(Math.max(...timing.cpuMs))} µs (replies of ~${Math.round(averageLength)} characters); the first pass, compiling each profile's patterns, took ${timing.firstMs.toFixed(0)} ms in all`,
        `long replies (~${Math.round(longLength)} characters): ${µs(Math.min(...longTiming.samples))}–${µs(Math.max(...longTiming.samples))} µs each`,
        `blind set (${blindSet.length} replies by a second labeller who did not read the code): precision ${percent(blind.overall.precision).toFixed(1)} %, recall ${percent(blind.overall.recall).toFixed(1)} %; false positives ${blind.falsePositives.map((miss) => `${miss.id} ${miss.check}`).join(', ') || 'none'}; false negatives ${blind.falseNegatives.map((miss) => `${miss.id} ${miss.check}`).join(', ') || 'none'}`,
        unseen
          ? `fresh set (${fresh?.length ?? 0} replies, written before the checks and never tuned on, by the same author): precision ${percent(unseen.overall.precision).toFixed(1)} %, recall ${percent(unseen.overall.recall).toFixed(1)} %; ${unseen.falsePositives.length} false positives, ${unseen.falseNegatives.length} false negatives`
          : `no fresh set at ${FRESH_CULTURE_SET_FILE}: only the labelled set, which the checks were tuned on, was measured`,
        `misses on the labelled set: ${main.falsePositives.length} false positives, ${main.falseNegatives.length} false negatives`,
      ],
      breakdown: {
        ...breakdownOf('labelled', { all: main.overall, ...main.byCheck, ...main.byLocale }),
        ...(unseen ? breakdownOf('fresh', { all: unseen.overall, ...unseen.byCheck, ...unseen.byLocale }) : {}),
      },
    });
  },
};

if (process.argv[1]?.endsWith('culture-checks.ts')) {
  const result = await cultureChecks.run();
  for (const m of result.measurements) {
    const value = m.samples.reduce((sum, sample) => sum + sample, 0) / m.samples.length;
    console.log(`${m.label}: ${m.unit === 'ms' ? `${(value * 1000).toFixed(0)} µs` : `${value.toFixed(1)} %`}`);
  }
  for (const note of result.notes) console.log(`note: ${note}`);
}
