import type { WriteDb } from '../store/handles';

/**
 * What every engine operation works with: the store inside the dispatcher's write transaction (an
 * operation opens none of its own: it is all or nothing because its command is), the clock, and the
 * clerk for the ledger and the order history.
 */
export interface EngineCtx {
  db: WriteDb;
  now: () => string;
  user: string;
}
