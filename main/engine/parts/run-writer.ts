import type { OrderEventKind, OrderStatus } from '../../../shared/domain/orders';
import type { WriteDb } from '../../store/handles';
import { withDemandDeferred } from '../../store/demand';
import { preparedFor } from '../../store/prepared';
import { BatchInsert } from '../../store/repos/batch-insert';
import { BatchUpdate } from '../../store/repos/batch-update';
import type { EngineCtx } from '../context';
import { documentNumber } from './documents';
import type { Take } from './free-stock';

// The writes of a run over many orders, set-oriented: what a row-by-row operation looks up per line
// (the order's open pick and its lines, the order's next document number) is read once for each
// slice of the run's orders (readOpenPicks); documents and their lines get their ids and numbers in
// memory, and go in with the run's allocations and history entries as plain INSERTs, many rows to a
// statement (no upsert, no RETURNING); each order line is updated once (its allocated and backordered
// units and its alert together), many lines to a statement too, kept and written in the order of the
// lines' pages (BatchUpdate, UPDATES_KEPT); the reservations are summed per bin and written once
// per bin at the end, and the demand met once per item. Profiled on the benchmark data set, the
// per-line lookups, upserts and statements were most of a run's time.
//
// The ids are the ones SQLite would give (the largest + 1: the tables have no AUTOINCREMENT), counted
// from the tables when first needed. An operation that writes row by row in the middle of a run (an
// order that ships complete, released whole) gets `settle()` first: the rows kept so far go in, and
// the ids are counted again after it.

const statements = preparedFor((db: WriteDb) => ({
  // Each order's Open (not Printed) picks, lowest-numbered first: where a run adds.
  openPicks: db.prepare<[string], { id: number; order_id: number; number: string }>(
    `SELECT d.id, d.order_id, d.number FROM doc d
     WHERE d.status = 'Open' AND d.order_id IN (SELECT value FROM json_each(?)) ORDER BY d.order_id, d.seq`,
  ),
  linesOfDocs: db.prepare<[string], { id: number; order_line_id: number }>(
    'SELECT l.id, l.order_line_id FROM doc_line l WHERE l.doc_id IN (SELECT value FROM json_each(?))',
  ),
  nextDocId: db.prepare<[], number>('SELECT coalesce(max(id), 0) + 1 FROM doc').pluck(),
  nextDocLineId: db.prepare<[], number>('SELECT coalesce(max(id), 0) + 1 FROM doc_line').pluck(),
  addToDocLine: db.prepare<[number, number]>('UPDATE doc_line SET qty = qty + ? WHERE id = ?'),
  upsertAllocation: db.prepare<[number, number, number, number]>(
    `INSERT INTO allocation (doc_line_id, item_id, bin_id, qty) VALUES (?, ?, ?, ?)
     ON CONFLICT (doc_line_id, bin_id) DO UPDATE SET qty = qty + excluded.qty`,
  ),
  reserve: db.prepare<[number, number, number]>('UPDATE bin_stock SET allocated = allocated + ? WHERE item_id = ? AND bin_id = ?'),
  // What the deferred trigger would have done per line (store/demand.ts), once per item: every line a
  // run places is a Warehouse Pick line of a live order, and only its allocated units change what it
  // still wants from stock (backordered units still wait).
  lessDemand: db.prepare<[number, number]>('UPDATE item_demand SET waiting = waiting - ? WHERE item_id = ?'),
  // A Draft order becomes Open (row by row: its status moves its demand, by trigger). An Open order is
  // marked with the run's batches (RunWriter.touchOrder), its status left out of the SET, so that its
  // status indexes are not rewritten.
  openDraft: db.prepare<[string, number]>(`UPDATE "order" SET status = 'Open', fulfilled = 1, updated_at = ? WHERE id = ?`),
}));

/**
 * How many updates (of order lines, and of orders marked through fulfillment) a run keeps before
 * writing them. Kept together they go in the order of the rows' pages rather than in the run's
 * (precedence) order all over the table: half the time at 100,000 lines. Bounded, so that a run at
 * 500,000 lines stays within its memory. Nothing in a run reads an order line or an order's row
 * after its order's turn, so they may wait.
 */
const UPDATES_KEPT = 50_000;

/**
 * An order as the run numbers its documents: `1040.003` has `next_seq` 3 (its documents' largest seq
 * + 1 when the run read it, before its turn: only its own turn makes its documents).
 */
export interface NumberedOrder {
  id: number;
  number: string;
  status: OrderStatus;
  next_seq: number;
}

export interface RunDoc {
  id: number;
  number: string;
}

/** One order's documents during its turn in the run. */
export class OrderWriter {
  private made = 0;
  private pick: RunDoc | undefined;
  private backorder: RunDoc | undefined;

  constructor(
    private readonly run: RunWriter,
    private readonly order: NumberedOrder,
  ) {}

  /** Allocates `takes` for an order line onto the order's open pick (the lowest-numbered, or a new one). */
  allocate(orderLineId: number, itemId: number, takes: Take[], qty: number): RunDoc {
    this.pick ??= this.run.openPickOf(this.order.id) ?? this.create('Open');
    this.run.allocate(this.pick.id, orderLineId, itemId, takes, qty);
    return this.pick;
  }

  /** Puts `qty` of an order line on the order's backorder of this run (created with the first). */
  backorderLine(orderLineId: number, itemId: number, qty: number): RunDoc {
    this.backorder ??= this.create('Back Order');
    this.run.newLine(this.backorder.id, orderLineId, itemId, qty);
    return this.backorder;
  }

  /** An entry in the order's history, in its place among the run's other writes. */
  note(kind: OrderEventKind, document: string | null, text: string): void {
    this.run.note(this.order.id, kind, document, text);
  }

  /** The order line's units moved this run, and its alert (written only when it changes). */
  placeLine(orderLineId: number, itemId: number, allocated: number, backordered: number, alert: string | null, alertBefore: string | null): void {
    this.run.placeLine(orderLineId, itemId, allocated, backordered, alert, alertBefore);
  }

  /** Marks the order as through fulfillment (a Draft becomes Open). */
  finish(now: string): void {
    if (this.order.status === 'Draft') statements(this.run.ctx.db).openDraft.run(now, this.order.id);
    else this.run.touchOrder(this.order.id, now);
  }

  private create(status: 'Open' | 'Back Order'): RunDoc {
    const seq = this.order.next_seq + this.made;
    this.made += 1;
    const number = documentNumber(this.order.number, seq);
    const id = this.run.newDoc(this.order.id, seq, number, status);
    const backorder = status === 'Back Order';
    this.note(backorder ? 'backorder_created' : 'pick_created', number, backorder ? 'Backorder created' : 'Pick created');
    return { id, number };
  }
}

/** The writes of one run over many orders: see the comment at the top of this file. */
export class RunWriter {
  private readonly openPicks = new Map<number, RunDoc>();
  /** The doc line of each order line on those open picks (an order has one pick a run adds to). */
  private readonly pickLines = new Map<number, number>();
  /** Units allocated per item: the item's waiting demand falls by them, written once per item by `finish`. */
  private readonly allocatedPerItem = new Map<number, number>();
  /** Units reserved per item and bin, written once per bin by `finish`. */
  private readonly reserved = new Map<number, Map<number, number>>();
  // Parents before children: a batch is flushed only after the batches it refers to.
  private readonly docs: BatchInsert;
  private readonly docLines: BatchInsert;
  private readonly allocations: BatchInsert;
  private readonly events: BatchInsert;
  // An order line's units and alert, one batch per set of columns that change (see BatchUpdate).
  private readonly placeBoth: BatchUpdate;
  private readonly placeAllocated: BatchUpdate;
  private readonly placeBackordered: BatchUpdate;
  private readonly setAlert: BatchUpdate;
  /** Open orders through fulfillment: `fulfilled` and `updated_at`, kept and written with the order lines. */
  private readonly touchOrders: BatchUpdate;
  private keptUpdates = 0;
  private nextDocId: number | undefined;
  private nextDocLineId: number | undefined;

  constructor(readonly ctx: EngineCtx) {
    this.docs = new BatchInsert(ctx.db, 'doc', ['id', 'order_id', 'seq', 'number', 'status', 'created_at', 'updated_at']);
    this.docLines = new BatchInsert(ctx.db, 'doc_line', ['id', 'doc_id', 'order_line_id', 'item_id', 'qty']);
    this.allocations = new BatchInsert(ctx.db, 'allocation', ['doc_line_id', 'item_id', 'bin_id', 'qty']);
    this.events = new BatchInsert(ctx.db, 'order_event', ['order_id', 'at', 'user', 'kind', 'document', 'text']);
    const allocated = { name: 'allocated', add: true };
    const backordered = { name: 'backordered', add: true };
    const alert = { name: 'alert', add: false };
    this.placeBoth = new BatchUpdate(ctx.db, 'order_line', [allocated, backordered, alert]);
    this.placeAllocated = new BatchUpdate(ctx.db, 'order_line', [allocated, alert]);
    this.placeBackordered = new BatchUpdate(ctx.db, 'order_line', [backordered, alert]);
    this.setAlert = new BatchUpdate(ctx.db, 'order_line', [alert]);
    this.touchOrders = new BatchUpdate(ctx.db, '"order"', [
      { name: 'fulfilled', add: false },
      { name: 'updated_at', add: false },
    ]);
  }

  /**
   * Reads the open picks of the orders whose turn comes next, and their lines, forgetting those of
   * the orders before (done with). An order's documents change only in its own turn, so reading them
   * just before it reads what reading them at the start of the run would have.
   */
  readOpenPicks(orderIds: readonly number[]): void {
    const s = statements(this.ctx.db);
    this.openPicks.clear();
    this.pickLines.clear();
    if (orderIds.length === 0) return;
    for (const pick of s.openPicks.all(JSON.stringify(orderIds))) {
      if (!this.openPicks.has(pick.order_id)) this.openPicks.set(pick.order_id, { id: pick.id, number: pick.number });
    }
    if (this.openPicks.size === 0) return;
    const pickIds = [...this.openPicks.values()].map((p) => p.id);
    for (const line of s.linesOfDocs.all(JSON.stringify(pickIds))) this.pickLines.set(line.order_line_id, line.id);
  }

  forOrder(order: NumberedOrder): OrderWriter {
    return new OrderWriter(this, order);
  }

  openPickOf(orderId: number): RunDoc | undefined {
    return this.openPicks.get(orderId);
  }

  newDoc(orderId: number, seq: number, number: string, status: 'Open' | 'Back Order'): number {
    this.nextDocId ??= statements(this.ctx.db).nextDocId.get()!;
    const id = this.nextDocId++;
    const now = this.ctx.now();
    this.docs.add(id, orderId, seq, number, status, now, now);
    return id;
  }

  newLine(docId: number, orderLineId: number, itemId: number, qty: number): number {
    this.nextDocLineId ??= statements(this.ctx.db).nextDocLineId.get()!;
    const id = this.nextDocLineId++;
    this.docLines.add(id, docId, orderLineId, itemId, qty);
    this.flushWhenFull();
    return id;
  }

  note(orderId: number, kind: OrderEventKind, document: string | null, text: string): void {
    this.events.add(orderId, this.ctx.now(), this.ctx.user, kind, document, text);
    this.flushWhenFull();
  }

  allocate(pickId: number, orderLineId: number, itemId: number, takes: Take[], qty: number): void {
    // A line already on the order's open pick (a count took part of it back, and it stayed
    // unallocated) grows there; its reservations grow in the bins they are in.
    const existing = this.pickLines.get(orderLineId);
    let bins = this.reserved.get(itemId);
    if (!bins) this.reserved.set(itemId, (bins = new Map()));
    for (const take of takes) bins.set(take.binId, (bins.get(take.binId) ?? 0) + take.qty);
    if (existing === undefined) {
      const docLineId = this.newLine(pickId, orderLineId, itemId, qty);
      for (const take of takes) this.allocations.add(docLineId, itemId, take.binId, take.qty);
      this.flushWhenFull();
      return;
    }
    const s = statements(this.ctx.db);
    s.addToDocLine.run(qty, existing);
    for (const take of takes) s.upsertAllocation.run(existing, itemId, take.binId, take.qty);
  }

  /** An order line's units moved this run, and its alert (written only when it changes). */
  placeLine(orderLineId: number, itemId: number, allocated: number, backordered: number, alert: string | null, alertBefore: string | null): void {
    if (allocated > 0 && backordered > 0) this.placeBoth.add(orderLineId, allocated, backordered, alert);
    else if (allocated > 0) this.placeAllocated.add(orderLineId, allocated, alert);
    else if (backordered > 0) this.placeBackordered.add(orderLineId, backordered, alert);
    else if (alert !== alertBefore) this.setAlert.add(orderLineId, alert);
    else return;
    this.keptUpdates += 1;
    if (allocated > 0) this.lessDemand(itemId, allocated);
    this.flushWhenFull();
  }

  /**
   * Marks an Open order as through fulfillment, with the run's other batched updates: one statement per
   * order was 4% of a run at 100k lines. Nothing in a run reads an order's row after its turn.
   */
  touchOrder(orderId: number, now: string): void {
    this.touchOrders.add(orderId, 1, now);
    this.keptUpdates += 1;
    this.flushWhenFull();
  }

  /** The demand for an item the run has met, written by `finish` (the line trigger was off: store/demand.ts). */
  private lessDemand(itemId: number, qty: number): void {
    this.allocatedPerItem.set(itemId, (this.allocatedPerItem.get(itemId) ?? 0) + qty);
  }

  /** Before a row-by-row write in the middle of the run: the kept rows go in, and ids are counted again after it. */
  settle(): void {
    this.flush();
    this.nextDocId = undefined;
    this.nextDocLineId = undefined;
  }

  /** Writes what is kept, the run's reservations (one update per bin) and the demand it met (one per item). */
  finish(): void {
    this.flush();
    const { reserve, lessDemand } = statements(this.ctx.db);
    // In the order of the rows' keys, so that the updates go through the pages in order.
    const byKey = <T>(entries: Iterable<[number, T]>) => [...entries].sort(([a], [b]) => a - b);
    for (const [itemId, bins] of byKey(this.reserved)) for (const [binId, qty] of byKey(bins)) reserve.run(qty, itemId, binId);
    this.reserved.clear();
    for (const [itemId, qty] of byKey(this.allocatedPerItem)) lessDemand.run(qty, itemId);
    this.allocatedPerItem.clear();
  }

  private flushWhenFull(): void {
    // A full table goes in with the tables it refers to (parents first), and no other: the fewer
    // flushes, the more of each goes in as full batches.
    if (this.allocations.full) this.flushInserts();
    else if (this.docLines.full) {
      this.docs.flush();
      this.docLines.flush();
    } else if (this.docs.full) this.docs.flush();
    if (this.events.full) this.events.flush();
    if (this.keptUpdates >= UPDATES_KEPT) this.flushUpdates();
  }

  private lineUpdates(): BatchUpdate[] {
    return [this.placeBoth, this.placeAllocated, this.placeBackordered, this.setAlert];
  }

  /** The order lines' updates, in the order of the lines' pages (the line trigger off: store/demand.ts), then the orders'. */
  private flushUpdates(): void {
    this.keptUpdates = 0;
    withDemandDeferred(this.ctx.db, () => {
      for (const lines of this.lineUpdates()) lines.flush();
    });
    this.touchOrders.flush();
  }

  private flushInserts(): void {
    this.docs.flush();
    this.docLines.flush();
    this.allocations.flush();
    this.events.flush();
  }

  /** Everything kept goes in. */
  private flush(): void {
    this.flushInserts();
    this.flushUpdates();
  }
}
