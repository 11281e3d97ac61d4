import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT, childEnv } from '../test/support/spawn-server';
import { demoSize } from './cold-start';
import type { Benchmark, BenchmarkResult, Measurement } from './report';
import type { Phase } from './start-phases-child';

const RUNS = 2;

async function measurePhases(dataDir: string): Promise<Phase[]> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx/esm', join(REPO_ROOT, 'bench/start-phases-child.ts'), dataDir],
    {
      cwd: REPO_ROOT,
      env: childEnv({}),
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  const code = await new Promise<number | null>((done) => child.once('close', done));
  const line = stdout
    .trim()
    .split('\n')
    .find((candidate) => candidate.startsWith('['));
  if (code !== 0 || !line) throw new Error(`start-phases-child failed (${String(code)}): ${stdout}`);
  return JSON.parse(line) as Phase[];
}

/** Where the start time and memory go, step by step, on a first start and on a restart. */
export const startPhases: Benchmark = {
  name: 'start-phases',
  description: 'The steps of `sincere start` timed one by one, with resident memory after each',
  async run(): Promise<BenchmarkResult> {
    const rows = new Map<string, Measurement>();
    const add = (label: string, unit: Measurement['unit'], value: number) => {
      const row = rows.get(`${label} ${unit}`) ?? { label, unit, kind: 'detail' as const, samples: [] };
      row.samples.push(value);
      rows.set(`${label} ${unit}`, row);
    };
    for (let run = 0; run < RUNS; run += 1) {
      const folder = await mkdtemp(join(tmpdir(), 'sincere-bench-'));
      try {
        for (const start of ['first start', 'restart']) {
          const phases = await measurePhases(folder);
          for (const { phase, ms } of phases) add(`${start}: ${phase}`, 'ms', ms);
          add(
            `${start}: total to first GET /`,
            'ms',
            phases.filter((p) => !p.phase.startsWith(' ')).reduce((sum, p) => sum + p.ms, 0),
          );
          for (const { phase, rssMiB } of phases)
            if (start === 'restart') add(`restart: resident memory after ${phase}`, 'MiB', rssMiB);
        }
      } finally {
        await rm(folder, { recursive: true, force: true });
      }
    }
    return {
      name: 'start-phases',
      measuredAt: new Date().toISOString(),
      setup: {
        command:
          'node --import tsx/esm bench/start-phases-child.ts <data folder> (the steps of startSincere, in-process)',
        data: demoSize(),
        runs: RUNS,
      },
      measurements: [...rows.values()],
      notes: [],
    };
  },
};
