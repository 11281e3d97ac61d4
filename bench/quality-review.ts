import type { Scorecard } from '@sincere/contracts';
import { AUTO_RATED_CATEGORIES, autoReview } from '../apps/server/src/modules/quality/auto-review/auto-review';
import {
  DEV_REVIEW_FILES,
  REVIEW_SETS,
  loadReviewSet,
  measureReviewSet,
  reviewInputOf,
  type LabelledConversation,
  type ReviewSetName,
  type ReviewSetReport,
} from '../apps/server/src/modules/quality/auto-review/review-set';
import { DEFAULT_SCORECARD } from '../apps/server/src/modules/quality/default-scorecard';
import { percent } from './check-figures';
import type { Benchmark, BenchmarkResult, Measurement } from './report';

const ROUNDS = 3;
/** Each round rates the labelled conversations over and over until it has rated at least this many. */
const PER_ROUND = 20_000;
/** The floor, conversations per second on one core. */
const TARGET_RATE = 300;

/**
 * The default scorecard with every category the scorer has a rater for switched to automatic: the figures
 * show how each rater does, including those the default leaves to people, and the speed is the worst case.
 */
const EVERY_RATER: Scorecard = {
  ...DEFAULT_SCORECARD,
  categories: DEFAULT_SCORECARD.categories.map((category) =>
    AUTO_RATED_CATEGORIES.includes(category.key) ? { ...category, automatic: 'auto' as const } : category,
  ),
};

const setOf = (files: Readonly<Record<string, string>>): LabelledConversation[] =>
  Object.values(files).flatMap((file) => loadReviewSet(file).conversations);

/**
 * Conversations per second of each round, from CPU time (one core: the scorer is synchronous) and from the
 * wall clock, which on a busy machine also counts other processes' turns. The first pass compiles the patterns.
 */
function timeRounds(set: readonly LabelledConversation[]): { cpu: number[]; wall: number[]; firstMs: number } {
  const inputs = set.map(reviewInputOf);
  const repeated = Array.from({ length: Math.ceil(PER_ROUND / inputs.length) }, () => inputs).flat();
  const firstStarted = performance.now();
  for (const input of inputs) autoReview(input, EVERY_RATER);
  const firstMs = performance.now() - firstStarted;
  const cpu: number[] = [];
  const wall: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const startedAt = performance.now();
    const cpuBefore = process.cpuUsage();
    for (const input of repeated) autoReview(input, EVERY_RATER);
    const used = process.cpuUsage(cpuBefore);
    wall.push(repeated.length / ((performance.now() - startedAt) / 1000));
    cpu.push(repeated.length / ((used.user + used.system) / 1e6));
  }
  return { cpu, wall, firstMs };
}

/** Accuracy and kappa (× 100, shown as %) of each category the scorer rated, overall and per language. */
function agreementRows(name: string, report: ReviewSetReport): Measurement[] {
  const rows = (prefix: string, figures: ReviewSetReport['byCategory']): Measurement[] =>
    Object.entries(figures)
      .filter(([, f]) => f.rated > 0)
      .flatMap(([key, f]): Measurement[] => [
        { label: `${name} accuracy, ${prefix}${key}`, unit: '%', kind: 'detail', samples: [percent(f.accuracy)] },
        {
          label: `${name} κ ×100, ${prefix}${key}`,
          unit: '%',
          kind: 'detail',
          samples: [f.kappa === null ? 0 : f.kappa * 100],
        },
      ]);
  return [
    ...rows('', report.byCategory),
    ...Object.entries(report.byLanguage).flatMap(([language, figures]) => rows(`${language} `, figures)),
  ];
}

/**
 * The automatic QA scorer: how many resolved conversations it rates per second on one core, and how well
 * it agrees with people who rated the same conversations by hand, on each set apart: dev and blind (both
 * tuned on) and fresh (written after the scorer was final, never tuned on).
 */
export const qualityReview: Benchmark = {
  name: 'quality-review',
  description:
    'Automatic QA scorer: conversations per second on one core; accuracy and κ per category, dev, blind and fresh',
  unavailable() {
    return Promise.resolve(
      setOf(DEV_REVIEW_FILES).length === 0 ? 'no labelled conversations in modules/quality/labelled/' : null,
    );
  },
  run(): Promise<BenchmarkResult> {
    const sets = (Object.keys(REVIEW_SETS) as ReviewSetName[]).map((name) => ({ name, set: setOf(REVIEW_SETS[name]) }));
    const measured = sets.filter(({ set }) => set.length > 0);
    const everything = measured.flatMap(({ set }) => set);
    const timing = timeRounds(everything);
    const reports = measured.map(({ name, set }) => ({ name, report: measureReviewSet(set, EVERY_RATER) }));
    const kappas = (report: ReviewSetReport) =>
      Object.entries(report.byCategory)
        .filter(([, f]) => f.rated > 0)
        .map(([key, f]) => `${key} ${f.kappa === null ? '—' : f.kappa.toFixed(2)}`)
        .join(', ');
    return Promise.resolve({
      name: 'quality-review',
      measuredAt: new Date().toISOString(),
      setup: {
        ...Object.fromEntries(sets.map(({ name, set }) => [`${name}Conversations`, set.length])),
        conversationsPerRound: Math.ceil(PER_ROUND / Math.max(1, everything.length)) * everything.length,
        scorecard: 'default, every category with a rater switched to automatic',
        automaticByDefault: DEFAULT_SCORECARD.categories
          .filter((category) => category.automatic === 'auto')
          .map((category) => category.key)
          .join(', '),
      },
      measurements: [
        {
          label: 'conversations per second, one core (CPU time; unit shown as msg/s)',
          unit: 'msg/s',
          kind: 'measure',
          samples: timing.cpu,
          targetMin: TARGET_RATE,
        },
        {
          label: 'conversations per second, wall clock (unit shown as msg/s)',
          unit: 'msg/s',
          kind: 'detail',
          samples: timing.wall,
        },
        ...reports.flatMap(({ name, report }) => agreementRows(name, report)),
      ],
      notes: [
        `first pass over ${everything.length} conversations, compiling the patterns: ${timing.firstMs.toFixed(0)} ms`,
        ...reports.map(({ name, report }) => `${name} κ: ${kappas(report)}`),
        ...sets.filter(({ set }) => set.length === 0).map(({ name }) => `no ${name} set yet: not measured`),
        `misses: ${reports.map(({ name, report }) => `${name} ${report.misses.length}`).join(', ')} (category ratings that differ from the person's)`,
      ],
    });
  },
};

if (process.argv[1]?.endsWith('quality-review.ts')) {
  const result = await qualityReview.run();
  for (const m of result.measurements) {
    const value = m.samples.reduce((sum, sample) => sum + sample, 0) / m.samples.length;
    console.log(`${m.label}: ${value.toFixed(m.unit === 'msg/s' ? 0 : 1)}`);
  }
  for (const note of result.notes) console.log(`note: ${note}`);
}
