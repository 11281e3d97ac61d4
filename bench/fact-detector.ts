import { detectFacts } from '../apps/server/src/modules/memory/detect-facts';
import {
  FACT_SET_FILE,
  FRESH_FACT_SET_FILE,
  loadFactSet,
  measureFactSet,
  type FactFigures,
  type LabelledSentence,
} from '../apps/server/src/modules/memory/fact-set';
import type { Benchmark, BenchmarkResult, Measurement } from './report';

const TIMING_ROUNDS = 5;
/** Sentences joined into one message for timing: about 200 characters, as a customer writes. */
const SENTENCES_PER_MESSAGE = 3;

const percent = (value: number) => value * 100;

/** Messages of a few labelled sentences each, in one language, as the detector meets them. */
function messagesOf(set: readonly LabelledSentence[]): string[] {
  const messages: string[] = [];
  for (let i = 0; i < set.length; i += SENTENCES_PER_MESSAGE) {
    const group = set.slice(i, i + SENTENCES_PER_MESSAGE);
    messages.push(
      group.map((sentence) => (/[.!?…]$/u.test(sentence.text) ? sentence.text : `${sentence.text}.`)).join(' '),
    );
  }
  return messages;
}

/**
 * Mean time per message of each round; the first round also pays for compiling the patterns. CPU time
 * beside it: on a busy machine the wall clock counts other processes' turns too.
 */
function timePerMessage(messages: readonly string[]): { firstMs: number; samples: number[]; cpuMs: number[] } {
  const cpuMs: number[] = [];
  const round = () => {
    const startedAt = performance.now();
    const cpuBefore = process.cpuUsage();
    for (const message of messages) detectFacts(message);
    const cpu = process.cpuUsage(cpuBefore);
    cpuMs.push((cpu.user + cpu.system) / 1000 / messages.length);
    return (performance.now() - startedAt) / messages.length;
  };
  const firstMs = round() * messages.length;
  cpuMs.length = 0;
  return { firstMs, samples: Array.from({ length: TIMING_ROUNDS }, round), cpuMs };
}

function languageRows(name: string, byLanguage: Record<string, FactFigures>): Measurement[] {
  return Object.entries(byLanguage).flatMap(([language, figures]): Measurement[] => [
    { label: `${name} precision, ${language}`, unit: '%', kind: 'detail', samples: [percent(figures.precision)] },
    { label: `${name} recall, ${language}`, unit: '%', kind: 'detail', samples: [percent(figures.recall)] },
  ]);
}

/**
 * The relationship-memory fact detector judged on its hand-labelled sentences: how often a suggestion
 * is right (precision, which matters most: a wrong one wastes an agent's time), how many facts it
 * finds (recall), on a fresh set written after the patterns, and how long a message takes.
 */
export const factDetector: Benchmark = {
  name: 'fact-detector',
  description: 'Personal-fact suggestions: precision and recall on the labelled sentences, time per message',
  run(): Promise<BenchmarkResult> {
    const set = loadFactSet(FACT_SET_FILE);
    const fresh = loadFactSet(FRESH_FACT_SET_FILE);
    const messages = messagesOf(set);
    const timing = timePerMessage(messages);
    const main = measureFactSet(set);
    const unseen = measureFactSet(fresh);
    const known = measureFactSet(set, { languageKnown: true });
    const averageLength = messages.reduce((sum, message) => sum + message.length, 0) / messages.length;
    const breakdown: Record<string, Record<string, number>> = {};
    for (const [name, report] of [
      ['labelled', main],
      ['fresh', unseen],
    ] as const) {
      for (const [language, figures] of Object.entries({ all: report.overall, ...report.byLanguage })) {
        breakdown[`${name} ${language}`] = {
          sentences: figures.sentences,
          labelled: figures.labelled,
          truePositives: figures.truePositives,
          falsePositives: figures.falsePositives,
          precision: percent(figures.precision),
          recall: percent(figures.recall),
        };
      }
    }
    return Promise.resolve({
      name: 'fact-detector',
      measuredAt: new Date().toISOString(),
      setup: {
        labelledSentences: set.length,
        freshSentences: fresh.length,
        language: 'not given (every language tried)',
        timedMessages: messages.length,
        averageMessageChars: Math.round(averageLength),
      },
      measurements: [
        { label: 'precision', unit: '%', kind: 'measure', samples: [percent(main.overall.precision)], targetMin: 90 },
        { label: 'recall', unit: '%', kind: 'measure', samples: [percent(main.overall.recall)], targetMin: 70 },
        ...languageRows('labelled', main.byLanguage),
        { label: 'fresh precision', unit: '%', kind: 'detail', samples: [percent(unseen.overall.precision)] },
        { label: 'fresh recall', unit: '%', kind: 'detail', samples: [percent(unseen.overall.recall)] },
        ...languageRows('fresh', unseen.byLanguage),
        { label: 'detector time per message', unit: 'ms', kind: 'detail', samples: timing.samples },
      ],
      notes: [
        `time per message ${(Math.min(...timing.samples) * 1000).toFixed(0)}–${(Math.max(...timing.samples) * 1000).toFixed(0)} µs, CPU ${(Math.min(...timing.cpuMs) * 1000).toFixed(0)}–${(Math.max(...timing.cpuMs) * 1000).toFixed(0)} µs (messages of ~${Math.round(averageLength)} characters); the first pass, compiling the patterns, took ${timing.firstMs.toFixed(0)} ms in all`,
        `with each sentence's language given: precision ${percent(known.overall.precision).toFixed(1)} %, recall ${percent(known.overall.recall).toFixed(1)} %`,
        `misses on the labelled set: ${main.falsePositives.length} false positives, ${main.falseNegatives.length} false negatives; on the fresh set: ${unseen.falsePositives.length} and ${unseen.falseNegatives.length}`,
      ],
      breakdown,
    });
  },
};

if (process.argv[1]?.endsWith('fact-detector.ts')) {
  const result = await factDetector.run();
  for (const m of result.measurements) {
    const value = m.samples.reduce((sum, sample) => sum + sample, 0) / m.samples.length;
    console.log(`${m.label}: ${m.unit === 'ms' ? `${(value * 1000).toFixed(0)} µs` : `${value.toFixed(1)} %`}`);
  }
  for (const note of result.notes) console.log(`note: ${note}`);
}
