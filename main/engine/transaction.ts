import type { Db } from '../store/open';

/**
 * Runs `fn` as one write transaction, all or nothing. IMMEDIATE takes the write lock before the
 * first read, so that two processes on one database (the app and browser mode, say) cannot both
 * read the same free stock and then both allocate it: the second waits, then sees the first's work.
 * Nested calls become savepoints of the outer transaction.
 */
export function write<T>(db: Db, fn: () => T): T {
  return db.inTransaction ? db.transaction(fn)() : db.transaction(fn).immediate();
}

class Rollback<T> {
  constructor(readonly value: T) {}
}

/**
 * Runs `fn` inside a transaction and rolls it back: the answer is exactly what the operation would
 * do, and nothing is changed. Used for the Release Review and the receipt preview.
 */
export function dryRun<T>(db: Db, fn: () => T): T {
  try {
    write(db, () => {
      throw new Rollback(fn());
    });
  } catch (error) {
    if (error instanceof Rollback) return error.value as T;
    throw error;
  }
  throw new Error('dryRun: unreachable');
}
