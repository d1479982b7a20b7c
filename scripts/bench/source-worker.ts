import type { WorkerScript } from '../../main/worker/worker-slot';

/** The desk worker from its TypeScript source, loaded through tsx: for the bench and the tests, which run no build. */
export const SOURCE_WORKER: WorkerScript = { path: new URL('../../main/worker/desk-worker.ts', import.meta.url), execArgv: ['--import', 'tsx'] };
