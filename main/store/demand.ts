import type { Database } from 'better-sqlite3';

// The demand waiting per item (`item_demand`, migration 10) is kept by triggers on every write of an
// order line, whoever writes it. The trigger on a line's units doubles the cost of updating the line
// (3 µs more per line, measured at 100,000 lines): it looks up the line's order and updates the
// item's row. A run over every order updates every line it places, so migration 13's trigger first
// asks `demand_by_trigger()`: a run turns it off around its own line updates (`withDemandDeferred`),
// adds up the change per item, and writes it once per item. Every other write keeps the trigger.
// `verify` checks that the kept figures equal the sum over the lines.

const deferred = new WeakMap<Database, { on: boolean }>();

const stateOf = (db: Database) => {
  let state = deferred.get(db);
  if (!state) deferred.set(db, (state = { on: false }));
  return state;
};

/**
 * The `demand_by_trigger()` SQL function migration 13's trigger asks: 1 unless a writer on this
 * connection has deferred the demand. Every connection that writes order lines must have it:
 * `openDatabase` registers it.
 */
export function registerDemandGate(db: Database): void {
  const state = stateOf(db);
  db.function('demand_by_trigger', { deterministic: false }, () => (state.on ? 0 : 1));
}

/** Runs `write` with the line trigger off: whoever calls it writes the change to `item_demand` itself. */
export function withDemandDeferred<T>(db: Database, write: () => T): T {
  const state = stateOf(db);
  const before = state.on;
  state.on = true;
  try {
    return write();
  } finally {
    state.on = before;
  }
}
