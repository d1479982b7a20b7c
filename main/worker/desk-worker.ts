// A desk worker: the store, the handlers and the engine on a thread of their own, so that a long
// command never holds up the thread that serves the windows. Started by main/worker/worker-core.ts,
// twice: a write worker (commands, rehearsals, migrations) and a read worker (queries) with its own
// connection, which WAL lets read its snapshot while the write worker is inside a long transaction.
import { parentPort, workerData } from 'node:worker_threads';
import type { Channel, WorkProgress } from '../../shared/contract';
import { startCore } from '../core';
import { CHECK_WAL_EVERY_MS, checkpointIfLarge } from '../store/checkpoint';
import { PROGRESS_EVERY_MS, type DeskWorkerData, type FromWorker, type ToWorker } from './protocol';

if (!parentPort) throw new Error('main/worker/desk-worker.ts runs as a worker thread (see main/worker/worker-core.ts)');
const port = parentPort;
const data = workerData as DeskWorkerData;
const post = (message: FromWorker) => port.postMessage(message);

/** The progress of the call under way: calls run one at a time, so one is enough. */
let call: { sentAt: number; last: { origin?: string; progress: WorkProgress } | undefined; ended: boolean } = { sentAt: -Infinity, last: undefined, ended: true };

function reportProgress(channel: Channel, origin: string | undefined, what: string, done: number, total: number) {
  const notice = { origin, progress: { channel, what, done, total } };
  call.last = notice;
  call.ended = done >= total;
  const now = performance.now();
  if (!call.ended && now - call.sentAt < PROGRESS_EVERY_MS) return;
  call.sentAt = now;
  post({ type: 'progress', ...notice });
}

/**
 * A call that reported progress ends with a notice whose `done` is its `total`, even when it was
 * refused half way: the window takes that as "the work is over" and takes its bar away.
 */
function endProgress() {
  if (call.last && !call.ended) post({ type: 'progress', origin: call.last.origin, progress: { ...call.last.progress, done: call.last.progress.total } });
  call = { sentAt: -Infinity, last: undefined, ended: true };
}

function start(): ReturnType<typeof startCore> | undefined {
  try {
    return startCore({
      databasePath: data.databasePath,
      mode: data.mode,
      createFolder: data.createFolder,
      reader: data.role === 'read' ? { readOnly: data.readOnly ?? false } : undefined,
      onChange: (channel, origin) => post({ type: 'changed', channel, origin }),
      onProgress: reportProgress,
    });
  } catch (error) {
    // Said, not thrown: the message (a damaged or foreign file...) is what the clerk is shown.
    post({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
    port.close();
    return undefined;
  }
}

let walTimer: NodeJS.Timeout | undefined;

/**
 * The read worker copies the WAL back into the database whenever it has grown (main/store/checkpoint.ts),
 * between its queries, so that a clerk's save never waits for it.
 */
function keepWalSmall(db: NonNullable<ReturnType<typeof start>>['db']) {
  walTimer = setInterval(() => {
    try {
      checkpointIfLarge(db, data.databasePath);
    } catch {
      // Another desk holding the database: the next look will do it.
    }
  }, CHECK_WAL_EVERY_MS);
  walTimer.unref();
}

const core = start();
if (core) {
  port.on('message', (message: ToWorker) => {
    if (message.type === 'close') {
      clearInterval(walTimer);
      core.close();
      port.close();
      return;
    }
    // The first notice waits as long as the gap between two: work that is over sooner shows no bar.
    call.sentAt = performance.now();
    const result = core.dispatch(message.channel, message.input, message.origin, message.key);
    endProgress();
    post({ type: 'answer', id: message.id, result });
  });
  if (data.role === 'read' && !core.db.readonly && data.databasePath !== ':memory:') keepWalSmall(core.db);
  post({ type: 'ready', readOnly: core.db.readonly, writes: core.writes });
}
