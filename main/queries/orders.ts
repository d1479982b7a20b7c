import type { Coverage, DocSummary, OrderDetail, OrderLine } from '../../shared/domain/orders';
import { shipCodeOf, type DocStatus } from '../../shared/domain/orders';
import type { ReadDb } from '../store/handles';
import { preparedFor } from '../store/prepared';
import { unplacedQty, type LineRow } from '../store/repos/lines';
import { requireOrder } from '../store/repos/orders';
import { staleSql } from '../store/repos/sheet-version';
import { LIVE_ORDER_SQL, PRIORITY_RANK_SQL } from '../store/sql';
import { toOrderSummary } from './order-list';

/** A bill-of-material line as the order page reads it: the line, its item, and the item's stock. */
interface BomLineRow extends Pick<LineRow, 'line_no' | 'line_status' | 'qty' | 'completed' | 'allocated' | 'backordered' | 'cancelled' | 'alert' | 'item_id'> {
  sku: string;
  description: string;
  unit: string;
  allow_backorder: number;
  kit_sku: string | null;
  available: number;
  frozen: number;
  damaged: number;
  quarantine: number;
  item_allocated: number;
}

const statements = preparedFor((db: ReadDb) => ({
  lines: db.prepare<{ order: number }, BomLineRow>(
    `SELECT l.line_no, i.sku, i.description, i.unit, i.allow_backorder, l.line_status, k.sku AS kit_sku,
            l.qty, l.completed, l.allocated, l.backordered, l.cancelled, l.alert, l.item_id,
            coalesce(s.available, 0) AS available, coalesce(s.frozen, 0) AS frozen, coalesce(s.damaged, 0) AS damaged,
            coalesce(s.quarantine, 0) AS quarantine, coalesce(s.allocated, 0) AS item_allocated
     FROM order_line l JOIN item i ON i.id = l.item_id LEFT JOIN item k ON k.id = l.kit_item_id
     LEFT JOIN (SELECT item_id, sum(available) AS available, sum(frozen) AS frozen, sum(damaged) AS damaged,
                       sum(quarantine) AS quarantine, sum(allocated) AS allocated
                FROM bin_stock WHERE item_id IN (SELECT item_id FROM order_line WHERE order_id = +@order) GROUP BY item_id) s ON s.item_id = l.item_id
     WHERE l.order_id = +@order ORDER BY l.line_no`,
  ),
  // Backordered units of the item on orders ahead of this one in precedence: a line's `backordered` is
  // what its backorders hold (verify checks it), read through the partial index of waiting lines.
  queueAhead: db.prepare<{ item: number; orderId: number }, { n: number }>(
    `SELECT coalesce(sum(ol.backordered), 0) AS n
     FROM order_line ol INDEXED BY order_line_backordered JOIN "order" o ON o.id = ol.order_id,
          (SELECT ${PRIORITY_RANK_SQL} AS rank, o.order_date AS date, o.id AS id FROM "order" o WHERE o.id = +@orderId) me
     WHERE ol.item_id = +@item AND ol.backordered > 0 AND ${LIVE_ORDER_SQL}
       AND (${PRIORITY_RANK_SQL}, o.order_date, o.id) < (me.rank, me.date, me.id)`,
  ),
  attachments: db.prepare<
    [number],
    { number: string; status: DocStatus; lines: number; qty: number; created_at: string; printed_at: string | null; print_count: number; stale: number }
  >(
    `SELECT d.number, d.status, count(l.id) AS lines, coalesce(sum(l.qty), 0) AS qty, d.created_at, d.printed_at, d.print_count, ${staleSql('d')} AS stale
     FROM doc d LEFT JOIN doc_line l ON l.doc_id = d.id AND (l.qty > 0 OR d.status = 'Cancelled')
     WHERE d.order_id = +? GROUP BY d.id ORDER BY d.seq`,
  ),
}));

const coverage = (needs: number, free: number): Coverage => (needs === 0 || free >= needs ? 'full' : free > 0 ? 'partial' : 'none');

function toLine(db: ReadDb, orderId: number, r: BomLineRow): OrderLine {
  const unallocated = unplacedQty(r);
  const free = r.available - r.item_allocated;
  const needs = r.line_status === 'Warehouse Pick' ? r.backordered + unallocated : 0;
  return {
    lineNo: r.line_no,
    sku: r.sku,
    description: r.description,
    unit: r.unit,
    allowBackorder: r.allow_backorder === 1,
    status: r.line_status,
    kit: r.kit_sku,
    accounting: { ordered: r.qty, completed: r.completed, allocated: r.allocated, backordered: r.backordered, unallocated, cancelled: r.cancelled },
    stock: {
      onHand: r.available + r.frozen + r.damaged + r.quarantine,
      available: r.available,
      frozen: r.frozen,
      damaged: r.damaged,
      quarantine: r.quarantine,
      allocated: r.item_allocated,
      free,
      allocatedToOthers: r.item_allocated - r.allocated,
      needs,
      coverage: coverage(needs, free),
    },
    queueAhead: r.backordered > 0 ? statements(db).queueAhead.get({ item: r.item_id, orderId })!.n : null,
    alert: unallocated > 0 && r.line_status === 'Warehouse Pick' ? r.alert : null,
  };
}

export function orderDetail(db: ReadDb, number: string): OrderDetail {
  const order = requireOrder(db, number);
  const s = statements(db);
  const lines = s.lines.all({ order: order.id });
  const billOfMaterial = lines.map((r) => toLine(db, order.id, r));
  const short = billOfMaterial.reduce((n, l) => n + (l.status === 'Warehouse Pick' ? l.accounting.backordered + l.accounting.unallocated : 0), 0);
  return {
    ...toOrderSummary(order, lines.length, short),
    fulfilled: order.fulfilled === 1,
    billOfMaterial,
    attachments: s.attachments.all(order.id).map(
      (d): DocSummary => ({
        number: d.number,
        status: d.status,
        shipCode: shipCodeOf(d.status),
        lines: d.lines,
        qty: d.qty,
        createdAt: d.created_at,
        printedAt: d.printed_at,
        printCount: d.print_count,
        stale: d.stale === 1,
      }),
    ),
  };
}
