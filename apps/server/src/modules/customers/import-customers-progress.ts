/** What the import tells about its progress: a phase with a total, then how many of it are done. */
export interface ImportProgress {
  start(label: string, total: number): void;
  update(done: number): void;
  finish(): void;
}

export const silentProgress: ImportProgress = { start() {}, update() {}, finish() {} };

interface Output {
  isTTY?: boolean;
  write(text: string): unknown;
}

const WIDTH = 24;
const REDRAW_MS = 100;

/**
 * A progress bar on a terminal, redrawn in place at most every 100 ms; in a log (not a TTY) one line per 10%.
 * Written by hand: it is a carriage return and a few numbers, and no progress library is installed — one would
 * be a dependency for twenty lines, and would still need the line-per-10% mode for CI logs.
 */
export function progressBar(output: Output, now: () => number = () => performance.now()): ImportProgress {
  let label = '';
  let total = 0;
  let done = 0;
  let startedAt = 0;
  let drawnAt = -Infinity;
  let loggedTenths = 0;
  let active = false;

  const line = () => {
    const fraction = total > 0 ? Math.min(1, done / total) : 1;
    const seconds = (now() - startedAt) / 1000;
    const rate = seconds > 0 ? Math.round(done / seconds) : 0;
    const percent = `${Math.floor(fraction * 100)}%`.padStart(4);
    const count = `${done.toLocaleString('en')}/${Math.max(total, done).toLocaleString('en')}`;
    const rateText = `${rate.toLocaleString('en')} rows/s`;
    if (!output.isTTY) return `${label.trim()}: ${count} rows, ${percent.trim()}, ${rateText}`;
    const filled = Math.round(fraction * WIDTH);
    return `${label} [${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${percent} ${count} ${rateText}`;
  };

  return {
    start(name, rows) {
      label = name;
      total = rows;
      done = 0;
      startedAt = now();
      drawnAt = -Infinity;
      loggedTenths = 0;
      active = true;
      if (output.isTTY) output.write(`\r${line()}\x1b[K`);
    },
    update(rows) {
      done = rows;
      if (output.isTTY) {
        if (now() - drawnAt < REDRAW_MS) return;
        drawnAt = now();
        output.write(`\r${line()}\x1b[K`);
        return;
      }
      const tenths = total > 0 ? Math.min(10, Math.floor((done / total) * 10)) : 10;
      if (tenths > loggedTenths && tenths < 10) {
        loggedTenths = tenths;
        output.write(`${line()}\n`);
      }
    },
    finish() {
      if (!active) return;
      active = false;
      output.write(output.isTTY ? `\r${line()}\x1b[K\n` : `${line()}\n`);
    },
  };
}
