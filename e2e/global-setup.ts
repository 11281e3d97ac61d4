import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Browser tests run against the built web app: build it from the current sources first. */
export default function setup(): void {
  if (!existsSync('/usr/bin/chromium') && !process.env['CHROMIUM_PATH']) return;
  // vitest sets NODE_ENV=test, which would make Vite build React's development bundle.
  const env = { ...process.env, NODE_ENV: 'production' };
  const result = spawnSync('npm', ['run', 'build', '-w', '@sincere/web'], { stdio: 'inherit', env });
  if (result.status !== 0) throw new Error('building the web app for the browser tests failed');
}
