#!/usr/bin/env node
// The `ai-factory` command: runs the TypeScript CLI through tsx, so it works right after
// `npm install`, with no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main/host/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
