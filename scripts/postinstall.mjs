#!/usr/bin/env node
// After `npm install`, build the agent web app and the chat widget so that `npm start` serves them at once.
// A failed build does not fail the install: `sincere start` builds the web app on first start, and the
// server builds the widget on its first request.
import { spawnSync } from 'node:child_process';

for (const workspace of ['@sincere/web', '@sincere/widget']) {
  const result = spawnSync('npm', ['run', 'build', '-w', workspace], { stdio: 'inherit' });
  if (result.status !== 0) console.warn(`\n${workspace} did not build; \`npm start\` will try again.`);
}
