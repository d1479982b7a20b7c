import type { ReadDb } from '../store/handles';
import { preparedFor } from '../store/prepared';
import { LIVE_ORDER_SQL, PRIORITY_RANK_SQL, UNPLACED_SQL } from '../store/sql';

// What the Fulfillable Backorders view shows per backorder: the units free stock could fill now
// after the backorders ahead of it in precedence have taken theirs - the answer Release Back Order
// gives when it is submitted for every backorder.
//
// For orders that ship partial this is a running sum: a line gets min(outstanding, max(0, free -
// what the lines ahead of it on the same item want)). Policy `complete` breaks the running sum: such
// an order takes everything it still needs (its backorders and its unplaced Warehouse Pick lines) or
// nothing, so whether the stock ahead of a later line is taken depends on whether each complete
// order ahead could go in full. So the waiting lines are read once, in precedence order, and walked
// once in memory with the free stock per item.
//
// Only what free stock can change is read: a line of an order that ships partial, on an item with no
// free stock, fills nothing and leaves the stock of the lines behind it as it was, so the walk reads
// the backordered lines of items with free stock (from those items, through order_line_backordered,
// migration 10: an item's pick lines, often thousands, are never read) and every line of
// the live orders that ship complete (through order_live_complete, migration 10, named: left to
// itself SQLite prefers order_by_status, which holds every live order). After a run, free
// stock is left only where nothing waits: the walk that read 125,000 waiting lines at 500,000 order lines
// (0.5 s on the build machine) reads none.

interface WaitingLine {
  doc_id: number;
  order_id: number;
  policy: 'partial' | 'complete';
  item_id: number;
  qty: number;
}

/** A waiting line's columns and its place in precedence order (rank, date, order, document, line); over `l`, `d`, `o`. */
const WAITING_COLUMNS = `l.doc_id, d.order_id, o.policy, l.item_id, l.qty, ${PRIORITY_RANK_SQL} AS rank, o.order_date, o.id AS oid, d.seq, l.id AS lid`;

const statements = preparedFor((db: ReadDb) => ({
  // Backorder lines of live orders, in the order a release takes them: precedence, document, line.
  waiting: db.prepare<[string], WaitingLine>(
    `SELECT ${WAITING_COLUMNS}
     FROM json_each(?) f CROSS JOIN order_line ol INDEXED BY order_line_backordered ON ol.item_id = f.value AND ol.backordered > 0
       CROSS JOIN doc_line l ON l.order_line_id = ol.id JOIN doc d ON d.id = l.doc_id JOIN "order" o ON o.id = d.order_id
     WHERE d.status = 'Back Order' AND o.policy = 'partial' AND ${LIVE_ORDER_SQL} AND l.qty > 0
     UNION ALL
     SELECT ${WAITING_COLUMNS}
     FROM "order" o INDEXED BY order_live_complete CROSS JOIN doc d ON d.order_id = o.id JOIN doc_line l ON l.doc_id = d.id
     WHERE o.policy = 'complete' AND ${LIVE_ORDER_SQL} AND d.status = 'Back Order' AND l.qty > 0
     ORDER BY rank, order_date, oid, seq, lid`,
  ),
  // What an order that ships complete still needs beyond its backorders: Warehouse Pick lines on no
  // document yet (an inactive item can never be allocated, so such a line keeps the order waiting).
  unplaced: db.prepare<[], { order_id: number; item_id: number; need: number; active: number }>(
    `SELECT l.order_id, l.item_id, ${UNPLACED_SQL} AS need, i.active
     FROM "order" o INDEXED BY order_live_complete CROSS JOIN order_line l ON l.order_id = o.id JOIN item i ON i.id = l.item_id
     WHERE o.policy = 'complete' AND ${LIVE_ORDER_SQL} AND l.line_status = 'Warehouse Pick'
       AND ${UNPLACED_SQL} > 0
       AND EXISTS (SELECT 1 FROM doc d WHERE d.order_id = o.id AND d.status = 'Back Order')`,
  ),
  // Rows with free stock through bin_stock_free (migration 10): allocated never exceeds available.
  free: db.prepare<[], { item_id: number; free: number }>(
    'SELECT item_id, sum(available - allocated) AS free FROM bin_stock WHERE available > allocated GROUP BY item_id',
  ),
}));

/** Units free stock could fill now, per backorder (document id), after those ahead of it take theirs. */
export function fillableByBackorder(db: ReadDb): Map<number, number> {
  const s = statements(db);
  const free = new Map(s.free.all().map((r) => [r.item_id, r.free]));
  const unplaced = new Map<number, { item_id: number; need: number; active: number }[]>();
  for (const line of s.unplaced.all()) unplaced.set(line.order_id, [...(unplaced.get(line.order_id) ?? []), line]);

  const fillable = new Map<number, number>();
  const add = (docId: number, qty: number) => fillable.set(docId, (fillable.get(docId) ?? 0) + qty);
  const lines = s.waiting.all(JSON.stringify([...free.keys()]));
  // An order's documents are next to each other in precedence order: walk the lines order by order.
  for (let start = 0; start < lines.length; ) {
    let end = start;
    while (end < lines.length && lines[end]!.order_id === lines[start]!.order_id) end++;
    const orderLines = lines.slice(start, end);
    if (orderLines[0]!.policy === 'complete') takeWholeOrder(orderLines, unplaced.get(orderLines[0]!.order_id) ?? [], free, add);
    else {
      for (const line of orderLines) {
        const take = Math.min(line.qty, free.get(line.item_id) ?? 0);
        free.set(line.item_id, (free.get(line.item_id) ?? 0) - take);
        add(line.doc_id, take);
      }
    }
    start = end;
  }
  return fillable;
}

/** An order that ships complete: every backorder filled in full if all it needs is free, else nothing. */
function takeWholeOrder(
  lines: WaitingLine[],
  unplaced: { item_id: number; need: number; active: number }[],
  free: Map<number, number>,
  add: (docId: number, qty: number) => void,
): void {
  const needs = new Map<number, number>();
  for (const { item_id, qty } of [...lines, ...unplaced.map((l) => ({ item_id: l.item_id, qty: l.need }))]) {
    needs.set(item_id, (needs.get(item_id) ?? 0) + qty);
  }
  const goes = unplaced.every((line) => line.active === 1) && [...needs].every(([item, need]) => (free.get(item) ?? 0) >= need);
  if (goes) for (const [item, need] of needs) free.set(item, free.get(item)! - need);
  for (const line of lines) add(line.doc_id, goes ? line.qty : 0);
}
