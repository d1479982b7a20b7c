import type { ReadDb } from './handles';
import { preparedFor } from './prepared';
import { inQueryTransaction } from './query-only';

/**
 * The total of a list read with `count(*) OVER ()`: every row of a page carries it, but a page past
 * the end has no row to carry it, and its total is still the list's, so the first row is asked then.
 */
export function windowTotal<R extends { total: number }>(rows: readonly R[], offset: number, firstRow: () => R | undefined): number {
  if (rows.length > 0) return rows[0]!.total;
  return offset > 0 ? (firstRow()?.total ?? 0) : 0;
}

// A list's total, and a figure a filter needs for every row (what free stock could fill per
// backorder), are read over the whole table; a clerk paging through a list asks for them again on
// every page, with nothing changed in between. So they are kept per version of the data and read
// again only once something was written: `PRAGMA data_version` changes when another connection
// commits, `total_changes()` when this one writes (a rolled-back write too: it only costs a recount).

const versionOf = preparedFor((db: ReadDb) => ({
  // Both are read when the statement runs, so each can be prepared once.
  dataVersion: db.prepare<[], number>('PRAGMA data_version').pluck(),
  totalChanges: db.prepare<[], number>('SELECT total_changes()').pluck(),
}));

interface Kept {
  version: string;
  values: Map<string, unknown>;
}
const kept = new WeakMap<ReadDb, Kept>();

/**
 * `compute()`, or its answer kept from an earlier call under the same `key` while the data has not
 * changed. Kept only inside a query's own read transaction: a read inside a command may see writes
 * that are then rolled back.
 */
export function perDataVersion<T>(db: ReadDb, key: string, compute: () => T): T {
  if (!inQueryTransaction(db)) return compute();
  const { dataVersion, totalChanges } = versionOf(db);
  const version = `${dataVersion.get()!}:${totalChanges.get()!}`;
  let entry = kept.get(db);
  // A new version, or many searches typed since the last write: start again.
  if (entry?.version !== version || entry.values.size >= 100) {
    entry = { version, values: new Map() };
    kept.set(db, entry);
  }
  if (!entry.values.has(key)) entry.values.set(key, compute());
  return entry.values.get(key) as T;
}
