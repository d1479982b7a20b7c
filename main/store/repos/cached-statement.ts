import type { Statement } from 'better-sqlite3';
import type { WriteDb } from '../handles';

const prepared = new WeakMap<WriteDb, Map<string, Statement<unknown[]>>>();

/** `sql` prepared once per database handle: the batch writers build their statements from the caller's constants. */
export function cachedStatement(db: WriteDb, sql: string): Statement<unknown[]> {
  let cache = prepared.get(db);
  if (!cache) prepared.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) cache.set(sql, (statement = db.prepare<unknown[]>(sql)));
  return statement;
}
