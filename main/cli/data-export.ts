import type { Db } from '../store/open';
import { LIVE_ORDER_SQL, PICK_SEQUENCE_SQL } from '../store/sql';

// The two exports in the import formats that no screen lists: stock per item, bin and status
// (stock.csv) and the lines of the orders still live (orders.csv). With `export items` they carry a
// desk's catalogue, stock and orders into another database through `import`.

export const DATA_EXPORTS = {
  'bin-stock': {
    header: ['sku', 'location', 'status', 'qty'],
    sql: `SELECT i.sku, b.code AS location, s.status, s.qty
          FROM (SELECT item_id, bin_id, 'available' AS status, available AS qty FROM bin_stock WHERE available > 0
                UNION ALL SELECT item_id, bin_id, 'frozen', frozen FROM bin_stock WHERE frozen > 0
                UNION ALL SELECT item_id, bin_id, 'damaged', damaged FROM bin_stock WHERE damaged > 0
                UNION ALL SELECT item_id, bin_id, 'quarantine', quarantine FROM bin_stock WHERE quarantine > 0) s
          JOIN item i ON i.id = s.item_id JOIN bin b ON b.id = s.bin_id
          ORDER BY i.sku_key, ${PICK_SEQUENCE_SQL}, s.status`,
  },
  'order-lines': {
    header: ['order_no', 'order_date', 'customer', 'line_no', 'sku', 'qty', 'priority', 'policy', 'line_status', 'status'],
    // Draft and Open orders: a completed or cancelled order imported again would be a new open one.
    sql: `SELECT o.number AS order_no, o.order_date, o.customer, l.line_no, i.sku, l.qty, o.priority, o.policy, l.line_status, o.status
          FROM "order" o JOIN order_line l ON l.order_id = o.id JOIN item i ON i.id = l.item_id
          WHERE ${LIVE_ORDER_SQL} AND (@status = '' OR o.status = @status)
          ORDER BY o.id, l.line_no`,
  },
} as const;
export type DataExportName = keyof typeof DATA_EXPORTS;

/** The header and rows of a data export; `status` narrows order-lines to Draft or Open. */
export function dataExport(db: Db, name: DataExportName, status = ''): (string | number)[][] {
  const { header, sql } = DATA_EXPORTS[name];
  const statement = db.prepare(sql).raw();
  const rows = (name === 'order-lines' ? statement.all({ status }) : statement.all()) as (string | number)[][];
  return [[...header], ...rows];
}
