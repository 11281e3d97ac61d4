import { gzipSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build } from 'esbuild';

export const WIDGET_ENTRY = resolve(import.meta.dirname, 'src/main.ts');
export const WIDGET_OUTPUT = resolve(import.meta.dirname, 'dist/widget.js');

/** The size budget of the bundle, gzipped: a chat launcher must not weigh on the sites that embed it. */
export const WIDGET_GZIP_BUDGET = 35 * 1024;

/** Builds apps/widget/dist/widget.js (minified, one IIFE, ES2019) and returns its raw and gzipped sizes. */
export async function buildWidget(): Promise<{ bytes: number; gzipBytes: number }> {
  await build({
    entryPoints: [WIDGET_ENTRY],
    outfile: WIDGET_OUTPUT,
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2019',
    platform: 'browser',
    legalComments: 'none',
    logLevel: 'warning',
  });
  const code = await readFile(WIDGET_OUTPUT);
  return { bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const { bytes, gzipBytes } = await buildWidget();
  console.log(`apps/widget/dist/widget.js: ${bytes} bytes, ${gzipBytes} gzipped`);
  if (gzipBytes > WIDGET_GZIP_BUDGET) {
    console.error(`The widget is over its budget of ${WIDGET_GZIP_BUDGET} bytes gzipped`);
    process.exitCode = 1;
  }
}
