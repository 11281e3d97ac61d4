import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from '../test/support/spawn-server';

/**
 * One figure a benchmark reports. `measure` rows carry the target they are judged
 * by; `baseline` rows tell the reader how fast this machine is; `detail` rows
 * explain where a measure's time or memory goes.
 */
export interface Measurement {
  label: string;
  unit: 'ms' | 'MiB';
  kind: 'measure' | 'baseline' | 'detail';
  samples: number[];
  /** The figure must stay at or under this (judged on the worst sample). */
  target?: number;
}

export interface BenchmarkResult {
  name: string;
  measuredAt: string;
  /** What was measured on: data size, web build, start command. */
  setup: Record<string, string | number | boolean>;
  measurements: Measurement[];
  notes: string[];
  /** 1-minute load average before and after: other work on the machine skews the figures. */
  load?: { before: number; after: number };
}

export interface Benchmark {
  name: string;
  description: string;
  run(): Promise<BenchmarkResult>;
}

export const RESULTS_FILE = join(REPO_ROOT, 'bench/results/latest.json');

export function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export function worst(samples: number[]): number {
  return Math.max(...samples);
}

export function verdict(measurement: Measurement): string {
  if (measurement.target === undefined) return measurement.kind === 'baseline' ? 'baseline' : '';
  const limit = measurement.target;
  if (worst(measurement.samples) <= limit) return 'met';
  return median(measurement.samples) <= limit ? 'median met, max over' : '**missed**';
}

function figure(value: number, unit: Measurement['unit']): string {
  if (unit === 'MiB') return `${value.toFixed(0)} MiB`;
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(0)} ms`;
}

export function markdownTable(results: BenchmarkResult[]): string {
  const lines = [
    '| benchmark | measurement | runs | median | max | target | verdict |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const result of results) {
    for (const m of result.measurements) {
      const target = m.target === undefined ? '' : `≤ ${figure(m.target, m.unit)}`;
      const label = m.kind === 'detail' ? `↳ ${m.label}` : m.label;
      lines.push(
        `| ${result.name} | ${label} | ${m.samples.length} | ${figure(median(m.samples), m.unit)} | ${figure(worst(m.samples), m.unit)} | ${target} | ${verdict(m)} |`,
      );
    }
  }
  return lines.join('\n');
}

export function loadNow(): number {
  return Math.round((loadavg()[0] ?? 0) * 100) / 100;
}

export function machine(): Record<string, string | number> {
  const [cpu] = cpus();
  return {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpus: cpus().length,
    cpuModel: cpu?.model ?? 'unknown',
    memoryMiB: Math.round(totalmem() / 1024 / 1024),
  };
}

interface ResultsFile {
  machine: Record<string, string | number>;
  benchmarks: Record<string, BenchmarkResult>;
}

/** Keeps the results of benchmarks not run this time (`--only`), each with its own date. */
export function writeResults(results: BenchmarkResult[]): void {
  const previous: ResultsFile | null = existsSync(RESULTS_FILE)
    ? (JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as ResultsFile)
    : null;
  const file: ResultsFile = { machine: machine(), benchmarks: { ...(previous?.benchmarks ?? {}) } };
  for (const result of results) file.benchmarks[result.name] = result;
  mkdirSync(join(REPO_ROOT, 'bench/results'), { recursive: true });
  writeFileSync(RESULTS_FILE, `${JSON.stringify(file, null, 2)}\n`);
}
