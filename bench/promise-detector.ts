import { existsSync } from 'node:fs';
import { detectPromises } from '../apps/server/src/modules/promises/detection/detect-promises';
import {
  DONE_SET_FILE,
  FRESH_PROMISE_SET_FILE,
  PROMISE_SET_FILE,
  loadDoneSet,
  loadPromiseSet,
  measureDoneSet,
  measurePromiseSet,
  type LabelledReply,
  type PromiseFigures,
  type PromiseSetReport,
} from '../apps/server/src/modules/promises/detection/promise-set';
import type { Benchmark, BenchmarkResult, Measurement } from './report';

const TIMING_ROUNDS = 5;

const percent = (value: number) => value * 100;

/**
 * Mean time per reply of each round; the first round also pays for compiling the patterns. CPU time
 * beside it: on a busy machine the wall clock counts other processes' turns too.
 */
function timePerMessage(replies: readonly LabelledReply[]): { firstMs: number; samples: number[]; cpuMs: number[] } {
  const inputs = replies.map((reply) => ({
    text: reply.text,
    options: { sentAt: new Date(reply.sentAt), timeZone: reply.timeZone, country: reply.country },
  }));
  const cpuMs: number[] = [];
  const round = () => {
    const startedAt = performance.now();
    const cpuBefore = process.cpuUsage();
    for (const input of inputs) detectPromises(input.text, input.options);
    const cpu = process.cpuUsage(cpuBefore);
    cpuMs.push((cpu.user + cpu.system) / 1000 / inputs.length);
    return (performance.now() - startedAt) / inputs.length;
  };
  const firstMs = round() * inputs.length;
  cpuMs.length = 0;
  return { firstMs, samples: Array.from({ length: TIMING_ROUNDS }, round), cpuMs };
}

function languageRows(name: string, byLanguage: Record<string, PromiseFigures>): Measurement[] {
  return Object.entries(byLanguage).flatMap(([language, figures]): Measurement[] => [
    { label: `${name} precision, ${language}`, unit: '%', kind: 'detail', samples: [percent(figures.precision)] },
    { label: `${name} recall, ${language}`, unit: '%', kind: 'detail', samples: [percent(figures.recall)] },
    { label: `${name} due exact, ${language}`, unit: '%', kind: 'detail', samples: [percent(figures.dueExactShare)] },
  ]);
}

function breakdownOf(name: string, report: PromiseSetReport): Record<string, Record<string, number>> {
  const rows: Record<string, Record<string, number>> = {};
  for (const [language, figures] of Object.entries({ all: report.overall, ...report.byLanguage })) {
    rows[`${name} ${language}`] = {
      messages: figures.messages,
      promises: figures.labelled,
      truePositives: figures.truePositives,
      falsePositives: figures.falsePositives,
      precision: percent(figures.precision),
      recall: percent(figures.recall),
      dueExact: percent(figures.dueExactShare),
    };
  }
  return rows;
}

/**
 * The promise detector judged on hand-labelled agent replies: how often a suggestion is a real
 * promise (precision), how many promises it finds (recall), how often the due time is right to the
 * minute, on the set it was tuned on and on a fresh set written apart from it; the done detector on
 * its own set; and how long a reply takes.
 */
export const promiseDetector: Benchmark = {
  name: 'promise-detector',
  description:
    'Promise suggestions in agent replies: precision, recall, due-time exactness; done detection; time per reply',
  run(): Promise<BenchmarkResult> {
    const set = loadPromiseSet(PROMISE_SET_FILE);
    const fresh = existsSync(FRESH_PROMISE_SET_FILE) ? loadPromiseSet(FRESH_PROMISE_SET_FILE) : null;
    const doneSet = loadDoneSet(DONE_SET_FILE);
    const timing = timePerMessage(set);
    const main = measurePromiseSet(set);
    const known = measurePromiseSet(set, { languageKnown: true });
    const unseen = fresh ? measurePromiseSet(fresh) : null;
    const done = measureDoneSet(doneSet);
    const averageLength = set.reduce((sum, reply) => sum + reply.text.length, 0) / set.length;
    const measurements: Measurement[] = [
      { label: 'precision', unit: '%', kind: 'measure', samples: [percent(main.overall.precision)], targetMin: 90 },
      { label: 'recall', unit: '%', kind: 'measure', samples: [percent(main.overall.recall)], targetMin: 85 },
      {
        label: 'due time exact',
        unit: '%',
        kind: 'measure',
        samples: [percent(main.overall.dueExactShare)],
        targetMin: 90,
      },
      ...languageRows('labelled', main.byLanguage),
    ];
    if (unseen) {
      measurements.push(
        { label: 'fresh precision', unit: '%', kind: 'detail', samples: [percent(unseen.overall.precision)] },
        { label: 'fresh recall', unit: '%', kind: 'detail', samples: [percent(unseen.overall.recall)] },
        { label: 'fresh due time exact', unit: '%', kind: 'detail', samples: [percent(unseen.overall.dueExactShare)] },
        ...languageRows('fresh', unseen.byLanguage),
      );
    }
    measurements.push(
      {
        label: 'done precision',
        unit: '%',
        kind: 'measure',
        samples: [percent(done.overall.precision)],
        targetMin: 90,
      },
      { label: 'done recall', unit: '%', kind: 'detail', samples: [percent(done.overall.recall)] },
      { label: 'detector time per reply', unit: 'ms', kind: 'detail', samples: timing.samples },
    );
    return Promise.resolve({
      name: 'promise-detector',
      measuredAt: new Date().toISOString(),
      setup: {
        labelledReplies: set.length,
        freshReplies: fresh?.length ?? 0,
        doneMessages: doneSet.length,
        language: 'not given (guessed per reply)',
        averageReplyChars: Math.round(averageLength),
      },
      measurements,
      notes: [
        `time per reply ${(Math.min(...timing.samples) * 1000).toFixed(0)}–${(Math.max(...timing.samples) * 1000).toFixed(0)} µs, CPU ${(Math.min(...timing.cpuMs) * 1000).toFixed(0)}–${(Math.max(...timing.cpuMs) * 1000).toFixed(0)} µs (replies of ~${Math.round(averageLength)} characters); the first pass, compiling the patterns, took ${timing.firstMs.toFixed(0)} ms in all`,
        `with each reply's language given: precision ${percent(known.overall.precision).toFixed(1)} %, recall ${percent(known.overall.recall).toFixed(1)} %, due exact ${percent(known.overall.dueExactShare).toFixed(1)} %`,
        `misses on the labelled set: ${main.falsePositives.length} false positives, ${main.falseNegatives.length} false negatives, ${main.wrongDue.length} wrong due times`,
        unseen
          ? `on the fresh set: ${unseen.falsePositives.length} false positives, ${unseen.falseNegatives.length} false negatives, ${unseen.wrongDue.length} wrong due times`
          : 'no fresh set (labelled/promises-fresh.jsonl) yet',
        `done detection: precision ${percent(done.overall.precision).toFixed(1)} %, recall ${percent(done.overall.recall).toFixed(1)} % on ${doneSet.length} messages`,
      ],
      breakdown: { ...breakdownOf('labelled', main), ...(unseen ? breakdownOf('fresh', unseen) : {}) },
    });
  },
};

if (process.argv[1]?.endsWith('promise-detector.ts')) {
  const result = await promiseDetector.run();
  for (const m of result.measurements) {
    const value = m.samples.reduce((sum, sample) => sum + sample, 0) / m.samples.length;
    console.log(`${m.label}: ${m.unit === 'ms' ? `${(value * 1000).toFixed(0)} µs` : `${value.toFixed(1)} %`}`);
  }
  for (const note of result.notes) console.log(`note: ${note}`);
}
