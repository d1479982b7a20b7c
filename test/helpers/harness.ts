import type { Channel, Input, Output } from '../../shared/contract';
import { DomainError } from '../../shared/errors';
import type { ContractError } from '../../shared/result';
import { createDispatcher } from '../../main/handlers/dispatch';
import { createHandlers } from '../../main/handlers';
import type { HandlerContext } from '../../main/handlers/types';
import { openDatabase, type Db } from '../../main/store/open';

export interface Harness {
  db: Db;
  /** Calls a channel through the real dispatcher (schema parsing included); returns the value or throws the refusal. */
  call<C extends Channel>(channel: C, input: Input<C>): Output<C>;
  /** Calls a channel expecting a refusal, and returns it. */
  refusal<C extends Channel>(channel: C, input: unknown): ContractError;
  /** Moves the clock the handlers stamp records with. */
  setNow(iso: string): void;
}

/** A fresh in-memory database with every migration, behind the same dispatcher the app uses. */
export function createHarness(): Harness {
  const db = openDatabase(':memory:');
  let now = '2026-11-24T09:00:00.000Z';
  const ctx: HandlerContext = { db, now: () => now, user: 'test-clerk', mode: 'browser', databasePath: ':memory:' };
  const dispatch = createDispatcher(createHandlers(), ctx, {
    logError: (channel, error) => {
      throw new Error(`${channel} failed unexpectedly: ${String(error)}`, { cause: error });
    },
  });
  return {
    db,
    call(channel, input) {
      const result = dispatch(channel, input);
      if (!result.ok) throw DomainError.from(result.error);
      return result.value as never;
    },
    refusal(channel, input) {
      const result = dispatch(channel, input);
      if (result.ok) throw new Error(`${channel} was expected to refuse ${JSON.stringify(input)} but returned ${JSON.stringify(result.value)}`);
      return result.error;
    },
    setNow(iso) {
      now = iso;
    },
  };
}

/** Every row of every table, to prove that a refused operation changed nothing. */
export function snapshot(db: Db): Record<string, string[]> {
  const tables = db
    .prepare<[], { name: string }>("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all();
  // Sorted in code: WITHOUT ROWID tables have no rowid to order by.
  const rows = (name: string) => db.prepare(`SELECT * FROM "${name}"`).all().map((r) => JSON.stringify(r)).sort();
  return Object.fromEntries(tables.map(({ name }) => [name, rows(name)]));
}
