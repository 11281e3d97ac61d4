import { WIDGET_GZIP_BUDGET, buildWidget } from '../apps/widget/build';
import type { Benchmark, BenchmarkResult } from './report';

export interface WidgetSize {
  bytes: number;
  gzipBytes: number;
  budgetGzipBytes: number;
}

/** Builds the chat widget as it ships and measures it: raw, gzipped, and against its budget. */
export async function measureWidgetSize(): Promise<WidgetSize> {
  const { bytes, gzipBytes } = await buildWidget();
  return { bytes, gzipBytes, budgetGzipBytes: WIDGET_GZIP_BUDGET };
}

/** The launcher and chat as a site downloads them: one script, gzipped, against the 35 KB budget. */
export const widgetSize: Benchmark = {
  name: 'widget-size',
  description: 'The chat widget’s script (launcher + chat), minified and gzipped',
  async run(): Promise<BenchmarkResult> {
    const size = await measureWidgetSize();
    return {
      name: 'widget-size',
      measuredAt: new Date().toISOString(),
      setup: { build: 'esbuild, minified IIFE, ES2019', gzip: 'level 9' },
      measurements: [
        {
          label: 'widget.js gzipped',
          unit: 'KiB',
          kind: 'measure',
          samples: [size.gzipBytes / 1024],
          target: size.budgetGzipBytes / 1024,
        },
        { label: 'widget.js raw', unit: 'KiB', kind: 'detail', samples: [size.bytes / 1024] },
      ],
      notes: [],
    };
  },
};

if (process.argv[1]?.endsWith('widget-size.ts')) {
  const size = await measureWidgetSize();
  const kb = (value: number) => `${(value / 1024).toFixed(1)} KB`;
  console.log(
    `widget.js: ${kb(size.bytes)} raw, ${kb(size.gzipBytes)} gzipped (budget ${kb(size.budgetGzipBytes)} gzipped)`,
  );
  if (size.gzipBytes > size.budgetGzipBytes) process.exitCode = 1;
}
