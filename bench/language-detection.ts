import { detectLanguage, type LanguageHints } from '../apps/server/src/modules/language/detect-language';
import {
  BLIND_LANGUAGE_SET_FILE,
  FRESH_LANGUAGE_SET_FILE,
  loadLanguageSet,
  measureLanguageSet,
  type LabelledMessage,
  type LanguageSetReport,
} from '../apps/server/src/modules/language/language-set';
import type { Benchmark, BenchmarkResult, Measurement } from './report';

const TIMING_ROUNDS = 5;
/** Misses written out in full in the notes; the rest are counted. */
const MISSES_SHOWN = 12;

const percent = (value: number) => value * 100;

/**
 * Mean time per message of each round; the first round also pays for loading tinyld's tables. CPU time beside
 * it: on a busy machine the wall clock counts other processes' turns too.
 */
function timePerMessage(messages: ReadonlyArray<{ text: string; hints: LanguageHints | undefined }>): {
  firstMs: number;
  samples: number[];
  cpuMs: number[];
} {
  const cpuMs: number[] = [];
  const round = () => {
    const startedAt = performance.now();
    const cpuBefore = process.cpuUsage();
    for (const message of messages) detectLanguage(message.text, message.hints);
    const cpu = process.cpuUsage(cpuBefore);
    cpuMs.push((cpu.user + cpu.system) / 1000 / messages.length);
    return (performance.now() - startedAt) / messages.length;
  };
  const firstMs = round() * messages.length;
  cpuMs.length = 0;
  return { firstMs, samples: Array.from({ length: TIMING_ROUNDS }, round), cpuMs };
}

function languageRows(name: string, report: LanguageSetReport): Measurement[] {
  return Object.entries(report.byLanguage).map(([language, figures]): Measurement => ({
    label: `${name} accuracy, ${language}`,
    unit: '%',
    kind: 'detail',
    samples: [percent(figures.accuracy)],
  }));
}

function breakdownOf(name: string, report: LanguageSetReport): Record<string, Record<string, number>> {
  const rows: Record<string, Record<string, number>> = {};
  const groups = { all: report.overall, 'id-vs-ms': report.idMs, ...report.byLanguage };
  for (const [key, figures] of Object.entries(groups)) {
    rows[`${name} ${key}`] = {
      messages: figures.messages,
      correct: figures.correct,
      accuracy: percent(figures.accuracy),
    };
  }
  for (const [confidence, figures] of Object.entries(report.byConfidence)) {
    rows[`${name} confidence ${confidence}`] = {
      messages: figures.messages,
      correct: figures.correct,
      accuracy: percent(figures.accuracy),
    };
  }
  return rows;
}

function confusionNote(name: string, report: LanguageSetReport): string {
  const pairs = Object.entries(report.confusion).sort((a, b) => b[1] - a[1]);
  const listed = pairs.map(([pair, times]) => `${pair} ×${times}`).join(', ');
  return `${name} confusions (labelled→detected): ${listed || 'none'}`;
}

function missNotes(report: LanguageSetReport): string[] {
  const shown = report.misses
    .slice(0, MISSES_SHOWN)
    .map(
      (miss) =>
        `miss ${miss.id}: ${miss.expected}→${miss.found.language ?? 'none'} (${miss.found.confidence}; ${miss.found.reasons.join(', ') || 'no reason'}): "${miss.text}"`,
    );
  const more = report.misses.length - shown.length;
  return more > 0 ? [...shown, `… and ${more} more misses`] : shown;
}

/**
 * Language detection judged on hand-labelled short customer messages: how often the language is right, overall,
 * per language and for Indonesian against Malay; with the customer's hints and from the text alone; how often a
 * "high" confidence is right; and how long a message takes.
 */
export const languageDetection: Benchmark = {
  name: 'language-detection',
  description: 'Language of short customer messages: accuracy overall, per language, id vs ms; time per message',
  run(): Promise<BenchmarkResult> {
    const set: LabelledMessage[] = loadLanguageSet();
    const withHints = set.map((message) => ({ text: message.text, hints: message.hints }));
    const textOnly = set.map((message) => ({ text: message.text, hints: undefined }));
    const timing = timePerMessage(withHints);
    const textTiming = timePerMessage(textOnly);
    const main = measureLanguageSet(set);
    const bare = measureLanguageSet(set, { useHints: false });
    const fresh = measureLanguageSet(loadLanguageSet(FRESH_LANGUAGE_SET_FILE));
    const blind = measureLanguageSet(loadLanguageSet(BLIND_LANGUAGE_SET_FILE));
    const averageLength = set.reduce((sum, message) => sum + message.text.length, 0) / set.length;
    const hinted = set.filter((message) => message.hints).length;
    const µs = (ms: number) => (ms * 1000).toFixed(0);
    return Promise.resolve({
      name: 'language-detection',
      measuredAt: new Date().toISOString(),
      setup: {
        labelledMessages: set.length,
        messagesWithHints: hinted,
        averageMessageChars: Math.round(averageLength),
        model: 'tinyld (normal profile) for Latin script, loaded on first use; marker words for id vs ms',
      },
      measurements: [
        { label: 'accuracy', unit: '%', kind: 'measure', samples: [percent(main.overall.accuracy)], targetMin: 95 },
        {
          label: 'id vs ms accuracy',
          unit: '%',
          kind: 'measure',
          samples: [percent(main.idMs.accuracy)],
          targetMin: 90,
        },
        ...languageRows('with hints', main),
        { label: 'fresh accuracy', unit: '%', kind: 'detail', samples: [percent(fresh.overall.accuracy)] },
        { label: 'fresh id vs ms accuracy', unit: '%', kind: 'detail', samples: [percent(fresh.idMs.accuracy)] },
        { label: 'blind accuracy', unit: '%', kind: 'detail', samples: [percent(blind.overall.accuracy)] },
        { label: 'blind id vs ms accuracy', unit: '%', kind: 'detail', samples: [percent(blind.idMs.accuracy)] },
        { label: 'text-only accuracy', unit: '%', kind: 'detail', samples: [percent(bare.overall.accuracy)] },
        { label: 'text-only id vs ms accuracy', unit: '%', kind: 'detail', samples: [percent(bare.idMs.accuracy)] },
        ...languageRows('text-only', bare),
        {
          label: 'right when confidence is high',
          unit: '%',
          kind: 'detail',
          samples: [percent(main.byConfidence.high.accuracy)],
        },
        { label: 'time per message', unit: 'ms', kind: 'measure', samples: timing.samples, target: 0.2 },
        { label: 'time per message, text only', unit: 'ms', kind: 'detail', samples: textTiming.samples },
      ],
      notes: [
        `time per message ${µs(Math.min(...timing.samples))}–${µs(Math.max(...timing.samples))} µs, CPU ${µs(Math.min(...timing.cpuMs))}–${µs(Math.max(...timing.cpuMs))} µs (messages of ~${Math.round(averageLength)} characters, ${hinted} with hints); the first pass, loading tinyld, took ${timing.firstMs.toFixed(0)} ms in all`,
        `with hints: ${main.overall.correct}/${main.overall.messages} right, id vs ms ${main.idMs.correct}/${main.idMs.messages}; text only: ${bare.overall.correct}/${bare.overall.messages}, id vs ms ${bare.idMs.correct}/${bare.idMs.messages}`,
        `confidence: high ${main.byConfidence.high.correct}/${main.byConfidence.high.messages} right, medium ${main.byConfidence.medium.correct}/${main.byConfidence.medium.messages}, low ${main.byConfidence.low.correct}/${main.byConfidence.low.messages}`,
        confusionNote('with hints', main),
        confusionNote('text only', bare),
        ...missNotes(main),
        'the marker words were written alongside the labelled set: the fresh set, written after they were frozen, is the honest figure',
        `fresh set: ${fresh.overall.correct}/${fresh.overall.messages} right, id vs ms ${fresh.idMs.correct}/${fresh.idMs.messages}`,
        confusionNote('fresh', fresh),
        `blind set (a second labeller): ${blind.overall.correct}/${blind.overall.messages} right, id vs ms ${blind.idMs.correct}/${blind.idMs.messages}`,
        confusionNote('blind', blind),
        ...missNotes(blind),
      ],
      breakdown: { ...breakdownOf('with hints', main), ...breakdownOf('text only', bare) },
    });
  },
};

if (process.argv[1]?.endsWith('language-detection.ts')) {
  const result = await languageDetection.run();
  for (const m of result.measurements) {
    const value = m.samples.reduce((sum, sample) => sum + sample, 0) / m.samples.length;
    console.log(`${m.label}: ${m.unit === 'ms' ? `${(value * 1000).toFixed(0)} µs` : `${value.toFixed(1)} %`}`);
  }
  for (const note of result.notes) console.log(`note: ${note}`);
}
