#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx: no separate build step for the server.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../apps/server/src/cli.ts');
await runCli(process.argv);
