import type { Channel, WorkProgress } from '../../shared/contract';
import type { Result } from '../../shared/result';
import type { HandlerContext } from '../handlers/types';

// What the main thread and a desk worker (main/worker/desk-worker.ts) say to each other. Data only:
// every message is structured-cloned across the thread boundary.

/** Progress is sent at most this often per call (plus the last one): a window cannot show more. */
export const PROGRESS_EVERY_MS = 200;

/** What a worker is started with (its `workerData`). */
export interface DeskWorkerData {
  /** `write` opens, checks and migrates the file and runs commands; `read` answers queries beside it. */
  role: 'write' | 'read';
  databasePath: string;
  mode: HandlerContext['mode'];
  createFolder?: boolean;
  /** For `read`: the write worker found the file read-only. */
  readOnly?: boolean;
}

/** One call, as the dispatcher takes it; `id` pairs it with its answer. */
export type ToWorker = { type: 'call'; id: number; channel: string; input: unknown; origin?: string; key?: string } | { type: 'close' };

export type FromWorker =
  /** Started: the database is open. `writes` are the channels that need the write connection. */
  | { type: 'ready'; readOnly: boolean; writes: Channel[] }
  /** Could not start (a damaged, foreign or newer file...): the message says why, in the clerk's words. */
  | { type: 'failed'; message: string }
  | { type: 'answer'; id: number; result: Result<unknown> }
  /** A command committed (the dispatcher's `onChange`). */
  | { type: 'changed'; channel: Channel; origin?: string }
  /** How far the call under way has got, for the window that made it. */
  | { type: 'progress'; origin?: string; progress: WorkProgress };
