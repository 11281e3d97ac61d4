import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** apps/widget/dist/widget.js, built by `npm run build -w @sincere/widget`. */
export const WIDGET_BUNDLE = resolve(import.meta.dirname, '../../../../widget/dist/widget.js');

export interface WidgetScript {
  body: Buffer;
  etag: string;
}

let loading: Promise<WidgetScript> | null = null;

/**
 * The built widget, read once per process; built first if the checkout has none (as `sincere start` builds the
 * web app). Concurrent first requests share one build.
 */
export function widgetScript(): Promise<WidgetScript> {
  loading ??= load().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

async function load(): Promise<WidgetScript> {
  if (!existsSync(WIDGET_BUNDLE)) {
    const root = resolve(import.meta.dirname, '../../../../..');
    await run('npm', ['run', 'build', '-w', '@sincere/widget'], { cwd: root });
  }
  const body = await readFile(WIDGET_BUNDLE);
  return { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
}
