import { WIDGET_GZIP_BUDGET, buildWidget } from '../apps/widget/build';

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

if (process.argv[1]?.endsWith('widget-size.ts')) {
  const size = await measureWidgetSize();
  const kb = (value: number) => `${(value / 1024).toFixed(1)} KB`;
  console.log(
    `widget.js: ${kb(size.bytes)} raw, ${kb(size.gzipBytes)} gzipped (budget ${kb(size.budgetGzipBytes)} gzipped)`,
  );
  if (size.gzipBytes > size.budgetGzipBytes) process.exitCode = 1;
}
