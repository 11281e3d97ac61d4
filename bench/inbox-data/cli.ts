/**
 * Fills the bench database with the generated inbox (see BENCHMARKS.md, inbox-scale):
 *   node --import tsx bench/inbox-data/cli.ts --scale 1      # 1M conversations, 10M messages
 *   node --import tsx bench/inbox-data/cli.ts --scale 0.01   # a quick smoke run, its own database
 * Options: --jobs N (connections writing at once, 2), --fresh (drop the database and start over),
 * --keep-indexes (load with the indexes in place, for comparison; slower).
 * Run it again to resume an interrupted generation; a finished one is reused.
 */
import { parseArgs } from 'node:util';
import { ensureInboxData } from './generate';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    jobs: { type: 'string', default: '2' },
    fresh: { type: 'boolean', default: false },
    'keep-indexes': { type: 'boolean', default: false },
  },
});
const startedAt = performance.now();
const data = await ensureInboxData({
  scale: Number(values.scale),
  jobs: Number(values.jobs),
  fresh: values.fresh,
  keepIndexes: values['keep-indexes'],
});
console.log(
  JSON.stringify({ ...data, wallSecondsThisRun: Math.round((performance.now() - startedAt) / 1000) }, null, 2),
);
