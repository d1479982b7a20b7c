#!/usr/bin/env node
// `npm run cli -- <command>` and the `stockdesk` bin: the administrators' command line
// (main/cli/), run from its TypeScript sources through tsx, as `npm run bench` is.
import './lib/node-guard.mjs';
import { register } from 'tsx/esm/api';

register();
await import('../main/cli/main.ts');
