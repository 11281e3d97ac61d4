#!/usr/bin/env node
// `npm test`: unit and integration tests, then the browser tests in real Chromium.
// Without Chromium the browser tests are skipped, and this says so plainly;
// with REQUIRE_BROWSER_TESTS=1 (CI) a missing Chromium is a failure instead.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (args) => spawnSync('npx', ['vitest', 'run', ...args], { stdio: 'inherit' }).status ?? 1;
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const engine = process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'embedded PGlite';
console.log(`Running the tests on ${engine}.`);

let status = run(['--project', 'unit', '--project', 'integration']);
if (existsSync(chromium)) {
  status = run(['--project', 'e2e']) || status;
} else if (process.env.REQUIRE_BROWSER_TESTS === '1') {
  console.error(`\nBrowser tests are required but Chromium was not found at ${chromium}.`);
  status = 1;
} else {
  console.log(
    `\nSKIPPED the browser tests: no Chromium at ${chromium}. Install it with 'apt-get install -y chromium' (or set CHROMIUM_PATH) to run them.`,
  );
}
process.exit(status);
