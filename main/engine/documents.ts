import type { DocStatus } from '../../shared/domain/orders';
import type { Db } from '../store/open';
import { preparedFor } from '../store/prepared';
import type { DocRow } from '../store/repos/lookup';
import type { EngineCtx } from './context';
import type { Take } from './free-stock';
import { note } from './history';
import { reserve } from './stock';

/** The quantity buckets of an order line (unallocated is what none of them holds). */
export interface LineDeltas {
  completed?: number;
  allocated?: number;
  backordered?: number;
  cancelled?: number;
}

export interface DocLineRow {
  id: number;
  doc_id: number;
  order_line_id: number;
  item_id: number;
  qty: number;
  cancelled: number;
  short: number;
}

export interface AllocationRow {
  doc_line_id: number;
  item_id: number;
  bin_id: number;
  qty: number;
}

const statements = preparedFor((db) => ({
  orderForNumbering: db.prepare<[number], { number: string; next_doc_seq: number }>('SELECT number, next_doc_seq FROM "order" WHERE id = ?'),
  bumpSeq: db.prepare<[number]>('UPDATE "order" SET next_doc_seq = next_doc_seq + 1 WHERE id = ?'),
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
  lineDeltas: db.prepare<{ id: number; completed: number; allocated: number; backordered: number; cancelled: number }>(
    `UPDATE order_line SET completed = completed + @completed, allocated = allocated + @allocated,
       backordered = backordered + @backordered, cancelled = cancelled + @cancelled
     WHERE id = @id`,
  ),
  openPick: db.prepare<[number], DocRow>("SELECT * FROM doc WHERE order_id = ? AND status = 'Open' ORDER BY seq LIMIT 1"),
  newestBackorder: db.prepare<[number], DocRow>("SELECT * FROM doc WHERE order_id = ? AND status = 'Back Order' ORDER BY seq DESC LIMIT 1"),
  docLines: db.prepare<[number], DocLineRow>('SELECT * FROM doc_line WHERE doc_id = ? ORDER BY id'),
  allocationsOfLine: db.prepare<[number], AllocationRow & { sequence: number | null; natural_key: string }>(
    `SELECT a.*, b.sequence, b.natural_key FROM allocation a JOIN bin b ON b.id = a.bin_id
     WHERE a.doc_line_id = ? ORDER BY b.sequence IS NULL, b.sequence, b.natural_key`,
  ),
}));

/**
 * Creates a pick or backorder numbered after its order: `1040.001`, `1040.002`, ... A pick split off
 * a backorder is recorded in the history by the split itself, which knows what moved.
 */
export function createDoc(ctx: EngineCtx, orderId: number, status: DocStatus, splitFrom: number | null = null): DocRow {
  const s = statements(ctx.db);
  const order = s.orderForNumbering.get(orderId)!;
  const number = `${order.number}.${String(order.next_doc_seq).padStart(3, '0')}`;
  s.bumpSeq.run(orderId);
  const now = ctx.now();
  const { lastInsertRowid } = s.insertDoc.run({ order: orderId, seq: order.next_doc_seq, number, status, splitFrom, now });
  if (splitFrom === null) {
    const backorder = status === 'Back Order';
    note(ctx, orderId, backorder ? 'backorder_created' : 'pick_created', number, backorder ? 'Backorder created' : 'Pick created');
  }
  return { id: Number(lastInsertRowid), order_id: orderId, seq: order.next_doc_seq, number, status, split_from_id: splitFrom, created_at: now, updated_at: now };
}

export function setDocStatus(ctx: EngineCtx, docId: number, status: DocStatus): void {
  statements(ctx.db).setDocStatus.run({ id: docId, status, now: ctx.now() });
}

/** Adds `qty` to the document's line for an order line (creating it); returns the doc line id. */
export const addToDocLine = (db: Db, docId: number, orderLineId: number, itemId: number, qty: number): number =>
  statements(db).upsertDocLine.get({ doc: docId, line: orderLineId, item: itemId, qty })!.id;

export function changeDocLine(db: Db, docLineId: number, change: { qty?: number; cancelled?: number; short?: number }): void {
  statements(db).changeDocLine.run({ id: docLineId, qty: change.qty ?? 0, cancelled: change.cancelled ?? 0, short: change.short ?? 0 });
}

/** Moves units of an order line between buckets; the table's CHECK refuses over-accounting. */
export function moveLineQty(db: Db, orderLineId: number, deltas: LineDeltas): void {
  statements(db).lineDeltas.run({
    id: orderLineId,
    completed: deltas.completed ?? 0,
    allocated: deltas.allocated ?? 0,
    backordered: deltas.backordered ?? 0,
    cancelled: deltas.cancelled ?? 0,
  });
}

/** Reserves the takes in their bins for a pick line. */
export function allocateTakes(db: Db, docLineId: number, itemId: number, takes: Take[]): void {
  const s = statements(db);
  for (const take of takes) {
    s.upsertAllocation.run({ line: docLineId, item: itemId, bin: take.binId, qty: take.qty });
    reserve(db, itemId, take.binId, take.qty);
  }
}

/** Releases `qty` of a pick line's allocation in one bin. */
export function releaseAllocation(db: Db, docLineId: number, itemId: number, binId: number, qty: number): void {
  const s = statements(db);
  const change = { line: docLineId, bin: binId, qty };
  // Either the reservation is larger and shrinks, or it is exactly `qty` and goes: never both.
  if (s.reduceAllocation.run(change).changes === 0 && s.dropAllocation.run(change).changes === 0) {
    throw new Error(`releaseAllocation: line ${docLineId} holds less than ${qty} in bin ${binId}`);
  }
  reserve(db, itemId, binId, -qty);
}

/** Releases every allocation of a pick line; returns the quantity released. */
export function releaseLine(db: Db, line: DocLineRow): number {
  let released = 0;
  for (const a of allocationsOfLine(db, line.id)) {
    releaseAllocation(db, line.id, a.item_id, a.bin_id, a.qty);
    released += a.qty;
  }
  return released;
}

export const openPickOf = (db: Db, orderId: number): DocRow | undefined => statements(db).openPick.get(orderId);

/** The order's newest backorder, or a new one: where quantity given back by a pick goes. */
export const backorderFor = (ctx: EngineCtx, orderId: number): DocRow =>
  statements(ctx.db).newestBackorder.get(orderId) ?? createDoc(ctx, orderId, 'Back Order');

export const docLines = (db: Db, docId: number): DocLineRow[] => statements(db).docLines.all(docId);

/** A pick line's allocations, in bin pick sequence. */
export const allocationsOfLine = (db: Db, docLineId: number): AllocationRow[] => statements(db).allocationsOfLine.all(docLineId);
