// The SQL fragments that say the domain's rules the same way in every statement: the order demand is
// served in, pick sequence, what an order line still needs, and whether an order is live.
// Each is written over a fixed alias, named in its comment: `o` an order, `b` a bin, `l` an order line.
//
// Bound values in equalities: a statement that runs once per line, per order or per page compares a
// column with `= +?` (or `= +@name`), not `= ?`. SQLite (3.54, as better-sqlite3 ships it) plans a
// statement again every time a value is bound to a bare `= ?` in anything but a lookup of one row by
// key: such a call costs what preparing the statement does. Measured: an order page's lines 257
// against 50 µs, its documents 198 against 7, a receipt's default bin 30 against 5, the next line
// number 49 against 4. The unary plus gives the same value, compared the same way, and the plan
// still seeks by the index (each plan was compared with EXPLAIN QUERY PLAN on the bench data). Keep
// the bare `= ?` where a partial index has to be matched against the value itself.

/**
 * Priority as a number that sorts high (0) before normal (1) before low (2); over `o`. The same
 * expression as the `order_by_precedence` index (migration 7): change one and the lists sort again.
 */
export const PRIORITY_RANK_SQL = "CASE o.priority WHEN 'high' THEN 0 WHEN 'normal' THEN 1 ELSE 2 END";

/** The order in which demand is served, everywhere: priority, then order date, then entry order; over `o`. */
export const PRECEDENCE_SQL = `${PRIORITY_RANK_SQL}, o.order_date, o.id`;

/**
 * Pick sequence: bins with an explicit sequence first, by sequence, then the natural order of their
 * codes (`A-2` before `A-10`); over `b`. The same expression as the `bin_pick_order` index.
 */
export const PICK_SEQUENCE_SQL = 'b.sequence IS NULL, b.sequence, b.natural_key';

/**
 * An order line's units on no document yet (DOMAIN's unallocated): what a run still has to place;
 * over `l`. `unplacedQty` in repos/lines.ts is the same sum for a row already read.
 */
export const UNPLACED_SQL = '(l.qty - l.completed - l.allocated - l.backordered - l.cancelled)';

/** What an order line still wants from stock: its backordered units and its unplaced ones; over `l`. */
export const WANTED_SQL = `(l.backordered + ${UNPLACED_SQL})`;

/** An order that can still change and still takes stock: Draft or Open; over `o`. `isLiveOrder` in repos/orders.ts is the same rule. */
export const LIVE_ORDER_SQL = "o.status IN ('Draft', 'Open')";

/**
 * The sequence of order `o`'s next document (`1040.003` is 3): its largest + 1, from the
 * `(order_id, seq)` index. Nothing deletes a document, so no number is given twice (migration 14).
 */
export const NEXT_DOC_SEQ_SQL = 'coalesce((SELECT max(d.seq) FROM doc d WHERE d.order_id = o.id), 0) + 1';
