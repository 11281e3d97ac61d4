import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** `npm install` builds the web app (postinstall); this covers a checkout where dist was deleted. */
export async function buildWebIfMissing(webRoot: string | null): Promise<void> {
  if (!webRoot || existsSync(join(webRoot, 'index.html'))) return;
  console.log('Building the web app (first start)…');
  const root = resolve(import.meta.dirname, '../../..');
  const result = spawnSync('npm', ['run', 'build', '-w', '@sincere/web'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('Building the web app failed; run `npm run build` to see why');
}
