import { checkReply } from '../apps/server/src/modules/coaching/check-reply';
import {
  COACHING_SET_FILE,
  FRESH_COACHING_SET_FILE,
  loadCoachingSet,
  loadCoachingSetIfPresent,
  measureCoachingSet,
  type LabelledReply,
} from '../apps/server/src/modules/coaching/coaching-set';
import { breakdownOf, figureRows, percent } from './check-figures';
import type { Benchmark, BenchmarkResult, Measurement } from './report';

const TIMING_ROUNDS = 5;
/** Replies joined into one long draft: a reply with a pasted explanation, the worst case the composer meets. */
const LONG_REPLY_PARTS = 20;

/**
 * Mean time per reply of each round; the first round also pays for compiling the patterns. CPU time
 * beside it: on a busy machine the wall clock counts other processes' turns too.
 */
function timePerReply(replies: readonly string[]): { firstMs: number; samples: number[]; cpuMs: number[] } {
  const cpuMs: number[] = [];
  const round = () => {
    const startedAt = performance.now();
    const cpuBefore = process.cpuUsage();
    for (const reply of replies) checkReply(reply);
    const cpu = process.cpuUsage(cpuBefore);
    cpuMs.push((cpu.user + cpu.system) / 1000 / replies.length);
    return (performance.now() - startedAt) / replies.length;
  };
  const firstMs = round() * replies.length;
  cpuMs.length = 0;
  return { firstMs, samples: Array.from({ length: TIMING_ROUNDS }, round), cpuMs };
}

/** Long drafts of one language each, as many as the set allows. */
function longReplies(set: readonly LabelledReply[]): string[] {
  const drafts: string[] = [];
  for (const language of ['ru', 'en', 'es', 'id']) {
    const texts = set.filter((reply) => reply.lang === language).map((reply) => reply.text);
    for (let i = 0; i + LONG_REPLY_PARTS <= texts.length; i += LONG_REPLY_PARTS) {
      drafts.push(texts.slice(i, i + LONG_REPLY_PARTS).join(' '));
    }
  }
  return drafts;
}

/**
 * The reply-coaching checks judged on hand-labelled agent replies: how often a warning is right
 * (precision, which matters most: a wrong warning teaches agents to ignore warnings), how many habits
 * they catch (recall), on a fresh set written by someone else when it is there, and how long a reply takes.
 */
export const replyCoaching: Benchmark = {
  name: 'reply-coaching',
  description: 'Reply-coaching warnings: precision and recall per check on the labelled replies, time per reply',
  run(): Promise<BenchmarkResult> {
    const set = loadCoachingSet(COACHING_SET_FILE);
    const fresh = loadCoachingSetIfPresent(FRESH_COACHING_SET_FILE);
    const replies = set.map((reply) => reply.text);
    const timing = timePerReply(replies);
    const long = longReplies(set);
    const longTiming = timePerReply(long);
    const main = measureCoachingSet(set);
    const known = measureCoachingSet(set, { languageKnown: true });
    const unseen = fresh ? measureCoachingSet(fresh) : null;
    const averageLength = replies.reduce((sum, reply) => sum + reply.length, 0) / replies.length;
    const longLength = long.reduce((sum, reply) => sum + reply.length, 0) / Math.max(1, long.length);
    const µs = (ms: number) => (ms * 1000).toFixed(0);
    const freshRows: Measurement[] = unseen
      ? [
          { label: 'fresh precision', unit: '%', kind: 'detail', samples: [percent(unseen.overall.precision)] },
          { label: 'fresh recall', unit: '%', kind: 'detail', samples: [percent(unseen.overall.recall)] },
          ...figureRows('fresh', { ...unseen.byCheck, ...unseen.byLanguage }),
        ]
      : [];
    return Promise.resolve({
      name: 'reply-coaching',
      measuredAt: new Date().toISOString(),
      setup: {
        labelledReplies: set.length,
        freshReplies: fresh?.length ?? 0,
        language: 'not given (guessed from the reply)',
        averageReplyChars: Math.round(averageLength),
        longReplies: long.length,
        averageLongReplyChars: Math.round(longLength),
      },
      measurements: [
        { label: 'precision', unit: '%', kind: 'measure', samples: [percent(main.overall.precision)], targetMin: 85 },
        { label: 'recall', unit: '%', kind: 'measure', samples: [percent(main.overall.recall)], targetMin: 70 },
        ...figureRows('labelled', { ...main.byCheck, ...main.byLanguage }),
        ...freshRows,
        { label: 'time per reply', unit: 'ms', kind: 'measure', samples: timing.samples, target: 1 },
        { label: 'time per long reply', unit: 'ms', kind: 'detail', samples: longTiming.samples },
      ],
      notes: [
        `time per reply ${µs(Math.min(...timing.samples))}–${µs(Math.max(...timing.samples))} µs, CPU ${µs(Math.min(...timing.cpuMs))}–${µs(Math.max(...timing.cpuMs))} µs (replies of ~${Math.round(averageLength)} characters); the first pass, compiling the patterns, took ${timing.firstMs.toFixed(0)} ms in all`,
        `long replies (~${Math.round(longLength)} characters): ${µs(Math.min(...longTiming.samples))}–${µs(Math.max(...longTiming.samples))} µs each`,
        `with each reply's language given: precision ${percent(known.overall.precision).toFixed(1)} %, recall ${percent(known.overall.recall).toFixed(1)} %`,
        unseen
          ? `fresh set (${fresh?.length ?? 0} replies): precision ${percent(unseen.overall.precision).toFixed(1)} %, recall ${percent(unseen.overall.recall).toFixed(1)} %; ${unseen.falsePositives.length} false positives, ${unseen.falseNegatives.length} false negatives`
          : `no fresh set at ${FRESH_COACHING_SET_FILE}: only the labelled set, which the patterns were tuned on, was measured`,
        `misses on the labelled set: ${main.falsePositives.length} false positives, ${main.falseNegatives.length} false negatives`,
      ],
      breakdown: {
        ...breakdownOf('labelled', { all: main.overall, ...main.byCheck, ...main.byLanguage }),
        ...(unseen ? breakdownOf('fresh', { all: unseen.overall, ...unseen.byCheck, ...unseen.byLanguage }) : {}),
      },
    });
  },
};

if (process.argv[1]?.endsWith('reply-coaching.ts')) {
  const result = await replyCoaching.run();
  for (const m of result.measurements) {
    const value = m.samples.reduce((sum, sample) => sum + sample, 0) / m.samples.length;
    console.log(`${m.label}: ${m.unit === 'ms' ? `${(value * 1000).toFixed(0)} µs` : `${value.toFixed(1)} %`}`);
  }
  for (const note of result.notes) console.log(`note: ${note}`);
}
