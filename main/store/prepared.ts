import type { Db } from './open';

/**
 * Wraps a function that prepares a set of statements so that each database handle prepares them
 * once and reuses them: preparing is the slow part of a query, and the engine runs many.
 */
export function preparedFor<T>(prepare: (db: Db) => T): (db: Db) => T {
  const cache = new WeakMap<Db, T>();
  return (db) => {
    let statements = cache.get(db);
    if (statements === undefined) {
      statements = prepare(db);
      cache.set(db, statements);
    }
    return statements;
  };
}
