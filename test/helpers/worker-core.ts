import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';
import { createHandlers } from '../../main/handlers';
import { createDispatcher } from '../../main/handlers/dispatch';
import { openDatabase } from '../../main/store/open';
import { startWorkerCore, type WorkerCore, type WorkerCoreOptions } from '../../main/worker/worker-core';
import { loadDataset } from '../../scripts/bench/load';
import { SOURCE_WORKER } from '../../scripts/bench/source-worker';
import { tempDir } from './temp-dir';

/** Starts the worker core on `databasePath` (browser mode's), closed when the test ends. */
export async function workerCore(databasePath: string, options: Partial<WorkerCoreOptions> = {}): Promise<WorkerCore> {
  const core = await startWorkerCore({ databasePath, mode: 'browser', script: SOURCE_WORKER, ...options });
  onTestFinished(() => core.close());
  return core;
}

/** A database file holding the bench generator's shop with `orders` open orders (about a third short of stock). */
export function benchShop(orders: number): string {
  const dir = tempDir('stockdesk-worker-');
  const data = join(dir, 'data');
  execFileSync(process.execPath, ['scripts/bench/gen-dataset.mjs', data, '--orders', String(orders), '--items', String(Math.ceil(orders / 4))]);
  const file = join(dir, 'shop.db');
  const db = openDatabase(file);
  const dispatch = createDispatcher(createHandlers(), { db, now: () => new Date().toISOString(), user: 'test', mode: 'browser', databasePath: file });
  loadDataset(db, dispatch, data);
  db.close();
  return file;
}
