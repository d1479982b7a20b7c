import type { ReadDb } from './handles';

/**
 * Wraps a function that prepares a set of statements so that each database handle prepares them
 * once and reuses them: preparing is the slow part of a query, and the engine runs many. A set of
 * statements that write is prepared for a `WriteDb`, so only a command can reach them.
 */
export function preparedFor<H extends ReadDb, T>(prepare: (db: H) => T): (db: H) => T {
  const cache = new WeakMap<H, T>();
  return (db) => {
    let statements = cache.get(db);
    if (statements === undefined) {
      statements = prepare(db);
      cache.set(db, statements);
    }
    return statements;
  };
}
