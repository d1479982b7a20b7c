import { statSync } from 'node:fs';
import type { Db } from './open';

// SQLite copies the WAL back into the database file (a checkpoint) inside whichever save crosses
// `wal_autocheckpoint` pages, and that save waits for it: in a stream of receipts at 100,000 lines
// the checkpoints were a third of a receipt's time (2.0 ms a receipt against 1.25 ms without them,
// measured). So the read worker, whose connection is idle between queries, checkpoints as soon as
// the WAL passes WAL_CHECKPOINT_BYTES (main/worker/desk-worker.ts looks every CHECK_WAL_EVERY_MS),
// and the write worker's saves do not wait for it. A PASSIVE checkpoint never waits for, or
// holds up, a writer; a save that begins after it finished starts the WAL again from its start.
// `wal_autocheckpoint` stays set on the write connection (main/store/open.ts) as a bound for when
// the read worker cannot keep up.

/** About 1,000 pages: a few seconds of a receipt stream, copied back in a few milliseconds. */
export const WAL_CHECKPOINT_BYTES = 4 * 1024 * 1024;

/** How often the read worker looks at the WAL's size (one `stat` of a file). */
export const CHECK_WAL_EVERY_MS = 100;

/**
 * Checkpoints (PASSIVE) when the WAL beside `databasePath` is larger than `limit` bytes; says whether
 * it did. A WAL file that is not there (nothing written yet) needs nothing.
 */
export function checkpointIfLarge(db: Db, databasePath: string, limit = WAL_CHECKPOINT_BYTES): boolean {
  const size = statSync(`${databasePath}-wal`, { throwIfNoEntry: false })?.size ?? 0;
  if (size <= limit) return false;
  db.pragma('wal_checkpoint(PASSIVE)');
  return true;
}
