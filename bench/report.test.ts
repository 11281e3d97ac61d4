import { describe, expect, it } from 'vitest';
import { markdownTable, median, percentile, verdict, type Measurement } from './report';

const startTime = (samples: number[]): Measurement => ({
  label: 'restart',
  unit: 'ms',
  kind: 'measure',
  samples,
  target: 5_000,
});

describe('benchmark report', () => {
  it('takes the middle sample, or the mean of the two middle ones', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('calls a target met only when the worst run meets it', () => {
    expect(verdict(startTime([1_000, 4_900, 5_000]))).toBe('met');
    expect(verdict(startTime([1_000, 2_000, 5_001]))).toBe('median met, max over');
    expect(verdict(startTime([5_100, 6_000, 1_000]))).toBe('**missed**');
    expect(verdict({ label: 'bare node', unit: 'MiB', kind: 'baseline', samples: [42] })).toBe('baseline');
  });

  it('judges a latency target on the percentile it names, not on the slowest request', () => {
    const list = (samples: number[]): Measurement => ({
      label: 'inbox list',
      unit: 'ms',
      kind: 'measure',
      samples,
      target: 30,
      targetPercentile: 95,
    });
    const oneSlow = [...Array<number>(19).fill(10), 500];
    expect(percentile(oneSlow, 95)).toBe(10);
    expect(verdict(list(oneSlow))).toBe('met');
    expect(verdict(list([...Array<number>(18).fill(10), 40, 40]))).toBe('**missed**');
  });

  it('prints seconds for long times and whole MiB for memory', () => {
    const table = markdownTable([
      {
        name: 'cold-start',
        measuredAt: '2026-01-01T00:00:00Z',
        setup: {},
        notes: [],
        measurements: [
          startTime([1_580, 1_620, 1_600]),
          { label: 'idle', unit: 'MiB', kind: 'measure', samples: [410.4], target: 450 },
        ],
      },
    ]);
    expect(table).toContain('| cold-start | restart | 3 | 1.60 s | 1.62 s | ≤ 5.00 s | met |');
    expect(table).toContain('| cold-start | idle | 1 | 410 MiB | 410 MiB | ≤ 450 MiB | met |');
  });

  it('judges a rate by its lowest run against a minimum, and shows that run', () => {
    const rate = (samples: number[]): Measurement => ({
      label: 'ingest',
      unit: 'msg/s',
      kind: 'measure',
      samples,
      targetMin: 1_500,
    });
    expect(verdict(rate([1_600, 1_500, 1_700]))).toBe('met');
    expect(verdict(rate([1_600, 1_400, 1_700]))).toBe('median met, min under');
    expect(verdict(rate([1_400, 1_300, 1_700]))).toBe('**missed**');
    const table = markdownTable([
      {
        name: 'api-ingest',
        measuredAt: '2026-01-01T00:00:00Z',
        setup: {},
        notes: [],
        measurements: [rate([1_600, 1_550, 1_700])],
      },
    ]);
    expect(table).toContain('| api-ingest | ingest | 3 | 1600 msg/s | 1550 msg/s | ≥ 1500 msg/s | met |');
  });
});
