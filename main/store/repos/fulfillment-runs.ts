import type { OrderFulfillment } from '../../../shared/domain/fulfillment';
import type { ReadDb, WriteDb } from '../handles';
import { preparedFor } from '../prepared';

/** Runs kept for paging their results (*choice*: a busy desk's day; a run over every order stores one chunk per CHUNK orders). */
export const RUNS_KEPT = 20;
/** Orders per stored chunk: a page of up to 200 reads at most three chunks. */
const CHUNK = 100;

export interface StoredRun {
  id: number;
  at: string;
  user: string;
  orders: number;
}

const reads = preparedFor((db: ReadDb) => ({
  run: db.prepare<[number], StoredRun>('SELECT id, at, user, orders FROM fulfillment_run WHERE id = ?'),
  // A range of the primary key: a page costs its own chunks, however long the run.
  chunks: db.prepare<[number, number, number], string>('SELECT orders FROM fulfillment_run_chunk WHERE run_id = +? AND chunk BETWEEN ? AND ? ORDER BY chunk').pluck(),
}));

const writes = preparedFor((db: WriteDb) => ({
  insertRun: db.prepare<[string, string, number]>('INSERT INTO fulfillment_run (at, user, orders) VALUES (?, ?, ?)'),
  finishRun: db.prepare<[string, number, number]>('UPDATE fulfillment_run SET at = ?, orders = ? WHERE id = ?'),
  insertChunk: db.prepare<[number, number, string]>('INSERT INTO fulfillment_run_chunk (run_id, chunk, orders) VALUES (?, ?, ?)'),
  // The newest run no longer kept: it and every older one go.
  lastDropped: db.prepare<[number], number>('SELECT id FROM fulfillment_run ORDER BY id DESC LIMIT 1 OFFSET ?').pluck(),
  dropChunks: db.prepare<[number]>('DELETE FROM fulfillment_run_chunk WHERE run_id <= ?'),
  dropRuns: db.prepare<[number]>('DELETE FROM fulfillment_run WHERE id <= ?'),
}));

/**
 * Stores a run's per-order outcome in run order, a chunk at a time, inside the run's own transaction
 * (a refused run stores nothing), and forgets runs older than the last RUNS_KEPT. It holds one chunk:
 * the run feeds it order by order as it goes.
 */
export class RunRecorder {
  readonly id: number;
  private chunk: OrderFulfillment[] = [];
  private chunks = 0;
  private orders = 0;

  constructor(
    private readonly db: WriteDb,
    user: string,
  ) {
    // Its time is set when it finishes (the chunks need the run's row before then): no one outside
    // the run's transaction sees the row without it.
    this.id = Number(writes(db).insertRun.run('', user, 0).lastInsertRowid);
  }

  add(outcome: OrderFulfillment): void {
    this.chunk.push(outcome);
    this.orders++;
    if (this.chunk.length === CHUNK) this.flush();
  }

  /** Writes the last chunk, the run's time (`at`, when it finished) and count, and forgets old runs. Returns the run's id. */
  finish(at: string): number {
    const s = writes(this.db);
    this.flush();
    s.finishRun.run(at, this.orders, this.id);
    const dropped = s.lastDropped.get(RUNS_KEPT);
    if (dropped !== undefined) {
      s.dropChunks.run(dropped);
      s.dropRuns.run(dropped);
    }
    return this.id;
  }

  private flush(): void {
    if (this.chunk.length === 0) return;
    writes(this.db).insertChunk.run(this.id, this.chunks++, JSON.stringify(this.chunk));
    this.chunk = [];
  }
}

export const storedRun = (db: ReadDb, id: number): StoredRun | undefined => reads(db).run.get(id);

/** Up to `limit` outcomes of a stored run from place `offset` (0 is the run's first order). */
export function storedRunOrders(db: ReadDb, run: number, offset: number, limit: number): OrderFulfillment[] {
  const first = Math.floor(offset / CHUNK);
  const chunks = reads(db).chunks.all(run, first, Math.floor((offset + limit - 1) / CHUNK));
  const from = offset - first * CHUNK;
  return chunks.flatMap((chunk) => JSON.parse(chunk) as OrderFulfillment[]).slice(from, from + limit);
}
