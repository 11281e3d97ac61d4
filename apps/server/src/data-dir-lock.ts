import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** Another live process holds the data folder: an operator mistake, reported without a stack trace. */
export class DataDirInUseError extends Error {
  override name = 'DataDirInUseError';
}

/**
 * An exclusive lock on an embedded data folder, held for the life of the process.
 * A lock left by a process that died (SIGKILL, power loss) is taken over.
 */
export function holdDataDirLock(dataDir: string): () => void {
  const lockFile = `${dataDir}.lock`;
  mkdirSync(dirname(lockFile), { recursive: true });
  try {
    writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
  } catch {
    const holder = Number(readFileSync(lockFile, 'utf8'));
    if (holder && holder !== process.pid && isAlive(holder)) {
      throw new DataDirInUseError(
        `The data folder ${dataDir} is in use by process ${holder}. Stop it first, or set SINCERE_DATA_DIR.`,
      );
    }
    writeFileSync(lockFile, String(process.pid));
  }
  const release = () => rmSync(lockFile, { force: true });
  process.once('exit', release);
  return () => {
    process.removeListener('exit', release);
    release();
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
