import type { Db } from '../store/open';

/** What every engine operation works with: the store, the clock, and the clerk for the ledger. */
export interface EngineCtx {
  db: Db;
  now: () => string;
  user: string;
}
