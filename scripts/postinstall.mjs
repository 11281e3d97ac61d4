#!/usr/bin/env node
// After `npm install`, build the agent web app so that `npm start` serves it at once.
// A failed build does not fail the install: `sincere start` builds it on first start too.
import { spawnSync } from 'node:child_process';

const result = spawnSync('npm', ['run', 'build', '-w', '@sincere/web'], { stdio: 'inherit' });
if (result.status !== 0) console.warn('\nThe web app did not build; `npm start` will try again.');
