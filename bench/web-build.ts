import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../test/support/spawn-server';

export interface StartMode {
  /** CLI arguments of the start being measured. */
  args: string[];
  /** The request whose first answer ends the measurement. */
  path: string;
  webBuilt: boolean;
}

/**
 * `sincere start` builds the web app when it is missing, which would put a build
 * inside the measurement: build first. If the build fails (the web app is work in
 * progress), measure `start --dev` to /healthz instead and say so.
 */
export function prepareStartMode(): StartMode {
  const index = join(REPO_ROOT, 'apps/web/dist/index.html');
  if (!existsSync(index)) {
    console.log('apps/web/dist is missing: running `npm run build` first (not measured)…');
    const build = spawnSync('npm', ['run', 'build'], { cwd: REPO_ROOT, stdio: 'inherit' });
    if (build.status !== 0) console.log('The web build failed: measuring `start --dev` until /healthz answers.');
  }
  return existsSync(index)
    ? { args: ['start'], path: '/', webBuilt: true }
    : { args: ['start', '--dev'], path: '/healthz', webBuilt: false };
}
