// Browser mode: the main-process code under plain Node, serving the renderer build and the
// contract on 127.0.0.1. Started by `npm start` where Electron cannot run, and by the e2e tests.
import '../../scripts/lib/node-guard.mjs';
import { randomBytes } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { changeEvent } from '../../shared/contract';
import { loadDemoAtStart } from '../demo/start';
import { defaultDatabasePath } from '../paths';
import { parseBrowserModeArgs } from './args';
import { startHost } from './server';
import { openWindowOrSay } from './window-fallback';
import { startWorkerCore } from '../worker/worker-core';

async function main() {
  const args = parseBrowserModeArgs(process.argv.slice(2));
  const databasePath = resolve(args.db ?? defaultDatabasePath());
  const here = dirname(fileURLToPath(import.meta.url));
  // The store runs in workers beside this file (out/main/worker.js): this thread only serves.
  const core = await startWorkerCore({
    databasePath,
    mode: 'browser',
    createFolder: args.createFolder,
    script: { path: join(here, 'worker.js') },
    // Called only for requests, which the host below serves: by then `host` is set.
    onChange: (channel, origin) => host.broadcast('data:changed', changeEvent(channel), origin),
    onProgress: (origin, progress) => {
      if (origin !== undefined) host.sendTo(origin, 'work:progress', progress);
    },
  });
  const token = process.env.STOCKDESK_TOKEN || randomBytes(24).toString('base64url');
  const host = await startHost({ dispatch: core.dispatch, staticDir: join(here, '..', 'renderer'), token, port: args.port });
  // Loaded before the ready line: no request is answered until the demo shop is in (or start-up stops).
  if (args.demo) console.error(await loadDemoAtStart(core.dispatch));

  const address = `${host.url}?token=${encodeURIComponent(token)}`;
  console.log(`Stockdesk ready at ${address}`);
  console.error(`Database: ${databasePath}`);
  const appWindow = args.open ? openWindowOrSay(address) : undefined;

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.error(`Stockdesk stopping (${signal})`);
    await host.close();
    await core.close();
    appWindow?.forget();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(`Stockdesk could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
