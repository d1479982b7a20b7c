import type { Transaction } from 'better-sqlite3';
import type { ReadDb, WriteDb } from './handles';
import type { Db } from './open';
import { isQueryOnlyForGood, markInQuery } from './query-only';

// The one owner of transactions is the dispatcher (main/handlers/dispatch.ts): every channel runs
// inside exactly one of these, and nothing below it opens its own. So an operation is all or
// nothing, a page that reads many things reads them from one snapshot, and the answer a handler
// builds is read inside the transaction that made the change.

type Run = (fn: () => unknown) => unknown;

const runners = new WeakMap<Db, Transaction<Run>>();

function runner(db: Db): Transaction<Run> {
  let run = runners.get(db);
  if (run === undefined) {
    run = db.transaction((fn: () => unknown) => fn());
    runners.set(db, run);
  }
  return run;
}

/**
 * Runs a query in one read transaction: with WAL every statement in it sees the same snapshot, and
 * `query_only` makes SQLite itself refuse a write, should a query ever try one.
 */
export function readTransaction<T>(db: Db, read: (db: ReadDb) => T): T {
  // Inside another transaction (a call nested in a command), the read already sees that one's data.
  if (db.inTransaction) return read(db);
  markInQuery(db, true);
  try {
    if (isQueryOnlyForGood(db)) return runner(db).deferred(() => read(db)) as T;
    // A connection that also writes (the command line's, a test's) sets `query_only` around each
    // query. Setting it expires every statement the connection has prepared, so each is prepared
    // again at its next use (measured: 0.5-1 ms a query): the read worker's connection is set once.
    // It is set by running the pragma each time: SQLite applies a prepared pragma when it is prepared.
    db.pragma('query_only = 1');
    try {
      return runner(db).deferred(() => read(db)) as T;
    } finally {
      db.pragma('query_only = 0');
    }
  } finally {
    markInQuery(db, false);
  }
}

/**
 * Runs a command in one write transaction, all or nothing. IMMEDIATE takes the write lock before the
 * first read, so that two processes on one database (the app and browser mode, say) cannot both read
 * the same free stock and then both allocate it: the second waits, then sees the first's work.
 */
export function writeTransaction<T>(db: Db, write: (db: WriteDb) => T): T {
  return runner(db).immediate(() => write(db as WriteDb)) as T;
}

class Rollback {
  constructor(readonly value: unknown) {}
}

/**
 * Runs a command and rolls it back: the answer is exactly what the command would do now, and nothing
 * is changed. The Release Review, the receipt preview and the print preview are answered this way.
 */
export function rehearsal<T>(db: Db, write: (db: WriteDb) => T): T {
  try {
    writeTransaction(db, (w) => {
      throw new Rollback(write(w));
    });
  } catch (error) {
    if (error instanceof Rollback) return error.value as T;
    throw error;
  }
  throw new Error('rehearsal: the rollback did not happen');
}
