import type Database from 'better-sqlite3';

// What a connection may write, kept apart from main/store/transaction.ts (which sets it) so that
// opening a connection (main/store/open.ts) and keeping a total (main/store/paging.ts) do not
// import the transactions: only the dispatcher and the command line do.

/** Connections that only ever answer queries (a read worker's): `query_only` is set on them once, when opened. */
const queryOnlyForGood = new WeakSet<object>();

/**
 * Makes a connection refuse every write for as long as it is open: a read worker's, which answers
 * queries only. Its queries then run without setting `query_only` around each one (readTransaction).
 */
export function keepQueryOnly(db: Database.Database): void {
  db.pragma('query_only = 1');
  queryOnlyForGood.add(db);
}

/** Whether `db` refuses writes for as long as it is open (`keepQueryOnly`). */
export const isQueryOnlyForGood = (db: object): boolean => queryOnlyForGood.has(db);

/** Connections inside a query's own read transaction, which reads no write of its own. */
const inQuery = new WeakSet<object>();

/** readTransaction marks the connection while a query's own read transaction runs on it. */
export function markInQuery(db: object, inside: boolean): void {
  if (inside) inQuery.add(db);
  else inQuery.delete(db);
}

/** Whether `db` is inside a query's own read transaction (not a read inside a command). */
export const inQueryTransaction = (db: object): boolean => inQuery.has(db);
