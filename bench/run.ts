/**
 * `npm run bench` runs every benchmark; `npm run bench -- --only <name>` runs one.
 * Prints a markdown table and writes bench/results/latest.json. See BENCHMARKS.md.
 */
import { parseArgs } from 'node:util';
import { coldStart } from './cold-start';
import { idleMemory } from './idle-memory';
import { inboxScale } from './inbox-scale';
import { apiIngest } from './api-ingest';
import { emailIngest } from './email-ingest';
import { widgetSize } from './widget-size';
import { factDetector } from './fact-detector';
import { customerPanel } from './customer-panel';
import { replyCoaching } from './reply-coaching';
import { promiseDetector } from './promise-detector';
import { languageDetection } from './language-detection';
import { addressProposals } from './address-proposals';
import { cultureChecks } from './culture-checks';
import { qualityReview } from './quality-review';
import { qualityRescore } from './quality-rescore';
import {
  loadNow,
  machine,
  markdownTable,
  percentileTable,
  RESULTS_FILE,
  writeResults,
  type Benchmark,
  type BenchmarkResult,
} from './report';
import { startPhases } from './start-phases';

const BENCHMARKS: Benchmark[] = [
  coldStart,
  idleMemory,
  startPhases,
  inboxScale,
  apiIngest,
  emailIngest,
  widgetSize,
  factDetector,
  customerPanel,
  promiseDetector,
  replyCoaching,
  languageDetection,
  addressProposals,
  cultureChecks,
  qualityReview,
  qualityRescore,
];

const { values } = parseArgs({ options: { only: { type: 'string' } } });
const chosen = values.only ? BENCHMARKS.filter((benchmark) => benchmark.name === values.only) : BENCHMARKS;
if (chosen.length === 0) {
  console.error(
    `No benchmark named ${values.only ?? ''}. Choose one of: ${BENCHMARKS.map((benchmark) => benchmark.name).join(', ')}`,
  );
  process.exit(1);
}

const about = machine();
console.log(
  `Node ${String(about['node'])}, ${String(about['cpus'])} × ${String(about['cpuModel'])}, ${String(about['memoryMiB'])} MiB RAM`,
);
const results: BenchmarkResult[] = [];
for (const benchmark of chosen) {
  console.log(`\n▶ ${benchmark.name}: ${benchmark.description}`);
  const missing = await benchmark.unavailable?.();
  if (missing) {
    console.log(`  skipped: ${missing}`);
    // Asked for by name, a benchmark that cannot run is a failure; in the full run it is only skipped.
    if (values.only) process.exitCode = 1;
    continue;
  }
  const startedAt = performance.now();
  const before = loadNow();
  results.push({ ...(await benchmark.run()), load: { before, after: loadNow() } });
  console.log(`  done in ${((performance.now() - startedAt) / 1000).toFixed(0)} s`);
}

if (results.length === 0) process.exit();
writeResults(results);
console.log(`\n${markdownTable(results)}\n`);
const spread = percentileTable(results);
if (spread) console.log(`${spread}\n`);
for (const result of results) {
  console.log(
    `${result.name}: ${Object.entries(result.setup)
      .map(([key, value]) => `${key}: ${String(value)}`)
      .join('; ')}`,
  );
  for (const note of result.notes) console.log(`  note: ${note}`);
  if (result.load)
    console.log(
      `  load average (1 min) before/after: ${result.load.before} / ${result.load.after} on ${String(about['cpus'])} cores`,
    );
}
console.log(`\nWritten to ${RESULTS_FILE}`);
