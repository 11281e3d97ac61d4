import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * Creates a new PGlite data folder (initdb) in a short-lived child process.
 * In-process, PGlite keeps initdb's WebAssembly memory reachable for as long as
 * the database stays open: a server started on an empty folder idled at ~890 MiB
 * instead of ~430 MiB. In a child, that memory goes away with the child.
 */
export async function initPgliteDataDir(dataDir: string): Promise<void> {
  if (existsSync(join(dataDir, 'PG_VERSION'))) return;
  const script = `import { PGlite } from '@electric-sql/pglite';
    const db = await PGlite.create(process.env.SINCERE_INITDB_DIR);
    await db.close();`;
  try {
    // Run from this package's folder, so the child resolves PGlite wherever the server was started from.
    await run(process.execPath, ['--input-type=module', '-e', script], {
      cwd: import.meta.dirname,
      env: { ...process.env, SINCERE_INITDB_DIR: dataDir },
    });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? '';
    throw new Error(`Could not create the database in ${dataDir}: ${stderr.trim() || (error as Error).message}`);
  }
}
