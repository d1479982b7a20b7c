import type { Statement } from 'better-sqlite3';
import type { DocStatus } from '../../../shared/domain/orders';
import type { WriteDb } from '../../store/handles';
import { preparedFor } from '../../store/prepared';
import { allocationsOfLine, newestBackorderOf, type DocLineRow, type DocRow } from '../../store/repos/docs';
import { NEXT_DOC_SEQ_SQL } from '../../store/sql';
import type { EngineCtx } from '../context';
import type { Take } from './free-stock';
import { note } from './history';
import { reserve } from './stock';

// The moves every operation makes on documents and order lines: a new pick or backorder, quantity
// onto or off a document line, an order line's units from one bucket to another, reservations.

/** The quantity buckets of an order line (unplaced is what none of them holds). */
interface LineDeltas {
  completed?: number;
  allocated?: number;
  backordered?: number;
  cancelled?: number;
}

const statements = preparedFor((db: WriteDb) => ({
  // The order's next document number; reading it writes nothing.
  nextNumber: db.prepare<[number], { number: string; seq: number }>(`SELECT o.number, ${NEXT_DOC_SEQ_SQL} AS seq FROM "order" o WHERE o.id = ?`),
  insertDoc: db.prepare<{ order: number; seq: number; number: string; status: DocStatus; splitFrom: number | null; now: string }>(
    `INSERT INTO doc (order_id, seq, number, status, split_from_id, created_at, updated_at)
     VALUES (@order, @seq, @number, @status, @splitFrom, @now, @now)`,
  ),
  setDocStatus: db.prepare<{ id: number; status: DocStatus; now: string }>('UPDATE doc SET status = @status, updated_at = @now WHERE id = @id'),
  upsertDocLine: db.prepare<{ doc: number; line: number; item: number; qty: number }, { id: number }>(
    `INSERT INTO doc_line (doc_id, order_line_id, item_id, qty) VALUES (@doc, @line, @item, @qty)
     ON CONFLICT (doc_id, order_line_id) DO UPDATE SET qty = qty + excluded.qty
     RETURNING id`,
  ),
  insertDocLine: db.prepare<[number, number, number, number]>('INSERT INTO doc_line (doc_id, order_line_id, item_id, qty) VALUES (?, ?, ?, ?)'),
  changeDocLine: db.prepare<{ id: number; qty: number; cancelled: number; short: number }>(
    'UPDATE doc_line SET qty = qty + @qty, cancelled = cancelled + @cancelled, short = short + @short WHERE id = @id',
  ),
  upsertAllocation: db.prepare<{ line: number; item: number; bin: number; qty: number }>(
    `INSERT INTO allocation (doc_line_id, item_id, bin_id, qty) VALUES (@line, @item, @bin, @qty)
     ON CONFLICT (doc_line_id, bin_id) DO UPDATE SET qty = qty + excluded.qty`,
  ),
  // A reservation shrinks; when nothing is left of it, the row goes (qty > 0 is a CHECK).
  reduceAllocation: db.prepare<{ line: number; bin: number; qty: number }>(
    'UPDATE allocation SET qty = qty - @qty WHERE doc_line_id = @line AND bin_id = @bin AND qty > @qty',
  ),
  dropAllocation: db.prepare<{ line: number; bin: number; qty: number }>('DELETE FROM allocation WHERE doc_line_id = @line AND bin_id = @bin AND qty = @qty'),
  // One UPDATE per set of buckets that move, prepared when first needed: it names only the columns
  // it changes, as SQLite rewrites the entries of every index (partial ones too) on a column an
  // UPDATE sets, whether or not its value changes.
  lineDeltas: new Map<string, Statement<number[]>>(),
}));

const BUCKETS = ['completed', 'allocated', 'backordered', 'cancelled'] as const;

/** A document's number: its order's and its sequence, `1040.003`. */
export const documentNumber = (orderNumber: string, seq: number): string => `${orderNumber}.${String(seq).padStart(3, '0')}`;

/**
 * Creates a pick or backorder numbered after its order: `1040.001`, `1040.002`, ... A pick split off
 * a backorder is recorded in the history by the split itself, which knows what moved.
 */
export function createDoc(ctx: EngineCtx, orderId: number, status: DocStatus, splitFrom: number | null = null): DocRow {
  const s = statements(ctx.db);
  const { number: orderNumber, seq } = s.nextNumber.get(orderId)!;
  const number = documentNumber(orderNumber, seq);
  const now = ctx.now();
  const { lastInsertRowid } = s.insertDoc.run({ order: orderId, seq, number, status, splitFrom, now });
  if (splitFrom === null) {
    const backorder = status === 'Back Order';
    note(ctx, orderId, backorder ? 'backorder_created' : 'pick_created', number, backorder ? 'Backorder created' : 'Pick created');
  }
  return { id: Number(lastInsertRowid), order_id: orderId, seq, number, status, split_from_id: splitFrom, created_at: now, updated_at: now };
}

export function setDocStatus(ctx: EngineCtx, docId: number, status: DocStatus): void {
  statements(ctx.db).setDocStatus.run({ id: docId, status, now: ctx.now() });
}

/** Adds `qty` to the document's line for an order line (creating it); returns the doc line id. */
export const addToDocLine = (db: WriteDb, docId: number, orderLineId: number, itemId: number, qty: number): number =>
  statements(db).upsertDocLine.get({ doc: docId, line: orderLineId, item: itemId, qty })!.id;

/** A line on a document made in this operation, which has no line for that order line yet; returns its id. */
export const newDocLine = (db: WriteDb, docId: number, orderLineId: number, itemId: number, qty: number): number =>
  Number(statements(db).insertDocLine.run(docId, orderLineId, itemId, qty).lastInsertRowid);

export function changeDocLine(db: WriteDb, docLineId: number, change: { qty?: number; cancelled?: number; short?: number }): void {
  statements(db).changeDocLine.run({ id: docLineId, qty: change.qty ?? 0, cancelled: change.cancelled ?? 0, short: change.short ?? 0 });
}

/** Moves units of an order line between buckets; the table's CHECK refuses over-accounting. */
export function moveLineQty(db: WriteDb, orderLineId: number, deltas: LineDeltas): void {
  const moving = BUCKETS.filter((bucket) => (deltas[bucket] ?? 0) !== 0);
  if (moving.length === 0) return;
  const cache = statements(db).lineDeltas;
  const key = moving.join(',');
  let update = cache.get(key);
  if (update === undefined) {
    update = db.prepare<number[]>(`UPDATE order_line SET ${moving.map((bucket) => `${bucket} = ${bucket} + ?`).join(', ')} WHERE id = ?`);
    cache.set(key, update);
  }
  update.run(...moving.map((bucket) => deltas[bucket]!), orderLineId);
}

/** Reserves the takes in their bins for a pick line. */
export function allocateTakes(db: WriteDb, docLineId: number, itemId: number, takes: Take[]): void {
  const s = statements(db);
  for (const take of takes) {
    s.upsertAllocation.run({ line: docLineId, item: itemId, bin: take.binId, qty: take.qty });
    reserve(db, itemId, take.binId, take.qty);
  }
}

/** Releases `qty` of a pick line's allocation in one bin. */
export function releaseAllocation(db: WriteDb, docLineId: number, itemId: number, binId: number, qty: number): void {
  const s = statements(db);
  const change = { line: docLineId, bin: binId, qty };
  // Either the reservation is larger and shrinks, or it is exactly `qty` and goes: never both.
  if (s.reduceAllocation.run(change).changes === 0 && s.dropAllocation.run(change).changes === 0) {
    throw new Error(`releaseAllocation: line ${docLineId} holds less than ${qty} in bin ${binId}`);
  }
  reserve(db, itemId, binId, -qty);
}

/** Releases every allocation of a pick line; returns the quantity released. */
export function releaseLine(db: WriteDb, line: DocLineRow): number {
  let released = 0;
  for (const a of allocationsOfLine(db, line.id)) {
    releaseAllocation(db, line.id, a.item_id, a.bin_id, a.qty);
    released += a.qty;
  }
  return released;
}

/** The order's newest backorder, or a new one: where quantity given back by a pick goes. */
export const backorderFor = (ctx: EngineCtx, orderId: number): DocRow => newestBackorderOf(ctx.db, orderId) ?? createDoc(ctx, orderId, 'Back Order');
