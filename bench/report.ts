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
  /** Times and sizes: less is better. Rates and shares ('msg/s', '%'): more is better. */
  unit: 'ms' | 'MiB' | 'KiB' | 'msg/s' | '%';
  kind: 'measure' | 'baseline' | 'detail';
  samples: number[];
  /** The figure must stay at or under this (judged on the worst sample, or on `targetPercentile`). */
  target?: number;
  /** The figure must reach at least this (rates, shares): judged on the lowest sample. */
  targetMin?: number;
  /** Judge the target on this percentile of the samples (latencies: p95, p99) instead of the worst. */
  targetPercentile?: number;
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
  /** Figures per kind of request, for benchmarks that ask many kinds of thing. */
  breakdown?: Record<string, Record<string, number>>;
}

export interface Benchmark {
  name: string;
  description: string;
  /** Why it cannot run here now (missing data, and how to make it); null when it can. */
  unavailable?(): Promise<string | null>;
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

/** The nearest-rank percentile: the smallest sample that at least p% of the samples do not exceed. */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

export function verdict(measurement: Measurement): string {
  if (measurement.targetMin !== undefined) {
    if (Math.min(...measurement.samples) >= measurement.targetMin) return 'met';
    return median(measurement.samples) >= measurement.targetMin ? 'median met, min under' : '**missed**';
  }
  if (measurement.target === undefined) return measurement.kind === 'baseline' ? 'baseline' : '';
  const limit = measurement.target;
  if (measurement.targetPercentile !== undefined) {
    return percentile(measurement.samples, measurement.targetPercentile) <= limit ? 'met' : '**missed**';
  }
  if (worst(measurement.samples) <= limit) return 'met';
  return median(measurement.samples) <= limit ? 'median met, max over' : '**missed**';
}

function figure(value: number, unit: Measurement['unit']): string {
  if (unit === 'MiB' || unit === 'msg/s') return `${value.toFixed(0)} ${unit}`;
  if (unit === 'KiB') return `${value.toFixed(1)} KiB`;
  if (unit === '%') return `${value.toFixed(0)} %`;
  return value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${value.toFixed(0)} ms`;
}

export function markdownTable(results: BenchmarkResult[]): string {
  const lines = [
    '| benchmark | measurement | runs | median | max (min for rates) | target | verdict |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const result of results) {
    for (const m of result.measurements) {
      const judged = m.targetPercentile === undefined ? '' : `p${m.targetPercentile} `;
      const target =
        m.targetMin !== undefined
          ? `≥ ${figure(m.targetMin, m.unit)}`
          : m.target === undefined
            ? ''
            : `${judged}≤ ${figure(m.target, m.unit)}`;
      const label = m.kind === 'detail' ? `↳ ${m.label}` : m.label;
      // For rates the telling extreme is the lowest sample, not the highest.
      const extreme = m.targetMin !== undefined || m.unit === 'msg/s' ? Math.min(...m.samples) : worst(m.samples);
      lines.push(
        `| ${result.name} | ${label} | ${m.samples.length} | ${figure(median(m.samples), m.unit)} | ${figure(extreme, m.unit)} | ${target} | ${verdict(m)} |`,
      );
    }
  }
  return lines.join('\n');
}

/** Latency measurements (those judged by a percentile, or with many samples) with their spread. */
export function percentileTable(results: BenchmarkResult[]): string {
  const lines = [
    '| benchmark | measurement | requests | p50 | p95 | p99 | max | target | verdict |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const result of results) {
    for (const m of result.measurements) {
      if ((m.targetPercentile === undefined && m.samples.length < 20) || m.unit !== 'ms') continue;
      const at = (p: number) => latency(percentile(m.samples, p));
      const judged = m.targetPercentile === undefined ? '' : `p${m.targetPercentile} `;
      const target = m.target === undefined ? '' : `${judged}≤ ${latency(m.target)}`;
      const label = m.kind === 'detail' ? `↳ ${m.label}` : m.kind === 'baseline' ? `_baseline:_ ${m.label}` : m.label;
      lines.push(
        `| ${result.name} | ${label} | ${m.samples.length} | ${at(50)} | ${at(95)} | ${at(99)} | ${latency(worst(m.samples))} | ${target} | ${verdict(m)} |`,
      );
    }
  }
  return lines.length > 2 ? lines.join('\n') : '';
}

/** Milliseconds with a decimal below 10 ms, where a baseline's fractions matter. */
function latency(ms: number): string {
  if (ms >= 1000) return `${(ms / 1000).toFixed(2)} s`;
  return ms < 10 ? `${ms.toFixed(1)} ms` : `${ms.toFixed(0)} ms`;
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
  // One line per list of samples: a benchmark with thousands of them stays readable.
  const text = JSON.stringify(file, null, 2).replace(
    /\[\s+(-?[\d.e+-]+(?:,\s+-?[\d.e+-]+)*)\s+\]/g,
    (_, numbers: string) => `[${numbers.replace(/\s+/g, '')}]`,
  );
  writeFileSync(RESULTS_FILE, `${text}\n`);
}
