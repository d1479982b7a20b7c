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
  /**
   * Told how far a long operation has got (`done` of `total` `what`): the run over every order, a
   * large receipt, an import. Optional: a caller that shows no progress leaves it out. Cheap to call
   * often; whoever listens thins the reports out.
   */
  progress?: (what: string, done: number, total: number) => void;
}
