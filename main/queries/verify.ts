import type { VerifyReport } from '../../shared/domain/fulfillment';
import type { ReadDb } from '../store/handles';

// Each check is one set-based query returning a sentence per problem found.
const CHECKS: { name: string; sql: string }[] = [
  {
    // Both sides in one grouped pass (a FULL OUTER JOIN of two aggregates is slow in SQLite).
    name: 'on hand equals the ledger',
    sql: `SELECT 'item ' || item_id || ' bin ' || bin_id || ': balance ' || sum(b_av) || '/' || sum(b_fr) || '/' || sum(b_da) || '/' || sum(b_qu) ||
                 ' but ledger ' || sum(l_av) || '/' || sum(l_fr) || '/' || sum(l_da) || '/' || sum(l_qu) AS problem
          FROM (SELECT item_id, bin_id, available AS b_av, frozen AS b_fr, damaged AS b_da, quarantine AS b_qu,
                       0 AS l_av, 0 AS l_fr, 0 AS l_da, 0 AS l_qu FROM bin_stock
                UNION ALL
                SELECT item_id, bin_id, 0, 0, 0, 0,
                       CASE status WHEN 'available' THEN qty ELSE 0 END, CASE status WHEN 'frozen' THEN qty ELSE 0 END,
                       CASE status WHEN 'damaged' THEN qty ELSE 0 END, CASE status WHEN 'quarantine' THEN qty ELSE 0 END FROM ledger)
          GROUP BY item_id, bin_id
          HAVING sum(b_av) <> sum(l_av) OR sum(b_fr) <> sum(l_fr) OR sum(b_da) <> sum(l_da) OR sum(b_qu) <> sum(l_qu)`,
  },
  {
    name: 'on hand is never negative',
    sql: `SELECT 'item ' || item_id || ' bin ' || bin_id || ' has a negative balance' AS problem FROM bin_stock
          WHERE available < 0 OR frozen < 0 OR damaged < 0 OR quarantine < 0 OR allocated < 0`,
  },
  {
    name: 'allocated equals the allocations and never exceeds available',
    sql: `SELECT 'item ' || item_id || ' bin ' || bin_id || ': allocated ' || sum(allocated) || ', allocations ' || sum(reserved) ||
                 ', available ' || sum(available) AS problem
          FROM (SELECT item_id, bin_id, allocated, 0 AS reserved, available FROM bin_stock
                UNION ALL
                SELECT item_id, bin_id, 0, qty, 0 FROM allocation)
          GROUP BY item_id, bin_id
          HAVING sum(allocated) <> sum(reserved) OR sum(allocated) > sum(available)`,
  },
  {
    name: 'nothing is allocated to a backorder, a completed or a cancelled document',
    sql: `SELECT d.number || ' (' || d.status || ') holds ' || sum(a.qty) || ' allocated' AS problem
          FROM allocation a JOIN doc_line l ON l.id = a.doc_line_id JOIN doc d ON d.id = l.doc_id
          WHERE d.status NOT IN ('Open', 'Printed') GROUP BY d.id`,
  },
  {
    name: 'a pick line holds exactly its allocations',
    sql: `SELECT d.number || ' line of item ' || l.item_id || ': qty ' || l.qty || ' but allocated ' || coalesce(sum(a.qty), 0) AS problem
          FROM doc_line l JOIN doc d ON d.id = l.doc_id LEFT JOIN allocation a ON a.doc_line_id = l.id
          WHERE d.status IN ('Open', 'Printed') GROUP BY l.id HAVING l.qty <> coalesce(sum(a.qty), 0)
          UNION ALL
          SELECT 'allocation of ' || a.doc_line_id || ' is for item ' || a.item_id || ', its line for item ' || l.item_id
          FROM allocation a JOIN doc_line l ON l.id = a.doc_line_id WHERE a.item_id <> l.item_id`,
  },
  {
    name: 'a document line belongs to its order and item',
    sql: `SELECT d.number || ': a line of order ' || ol.order_id || ' or of another item' AS problem
          FROM doc_line l JOIN doc d ON d.id = l.doc_id JOIN order_line ol ON ol.id = l.order_line_id
          WHERE ol.order_id <> d.order_id OR ol.item_id <> l.item_id`,
  },
  {
    name: "every line's quantities add up to what was ordered",
    sql: `WITH docs AS (
            SELECT l.order_line_id,
                   sum(CASE WHEN d.status IN ('Open', 'Printed') THEN l.qty ELSE 0 END) AS allocated,
                   sum(CASE WHEN d.status = 'Back Order' THEN l.qty ELSE 0 END) AS backordered,
                   sum(CASE WHEN d.status = 'Completed' THEN l.qty ELSE 0 END) AS completed,
                   sum(CASE WHEN d.status = 'Cancelled' THEN l.qty ELSE 0 END) AS stranded,
                   sum(l.cancelled) AS cancelled
            FROM doc_line l JOIN doc d ON d.id = l.doc_id GROUP BY l.order_line_id)
          SELECT 'order ' || o.number || ' line ' || ol.line_no || ': ordered ' || ol.qty || ' = completed ' || ol.completed ||
                 ' + allocated ' || ol.allocated || ' + backordered ' || ol.backordered || ' + cancelled ' || ol.cancelled ||
                 ' + unallocated; documents say ' || coalesce(d.completed, 0) || '/' || coalesce(d.allocated, 0) || '/' || coalesce(d.backordered, 0) ||
                 ' with ' || coalesce(d.cancelled, 0) || ' cancelled and ' || coalesce(d.stranded, 0) || ' on cancelled documents' AS problem
          FROM order_line ol JOIN "order" o ON o.id = ol.order_id LEFT JOIN docs d ON d.order_line_id = ol.id
          WHERE ol.completed + ol.allocated + ol.backordered + ol.cancelled > ol.qty
             OR ol.allocated <> coalesce(d.allocated, 0) OR ol.backordered <> coalesce(d.backordered, 0)
             OR ol.completed <> coalesce(d.completed, 0) OR ol.cancelled < coalesce(d.cancelled, 0) OR coalesce(d.stranded, 0) <> 0`,
  },
  {
    name: 'a cancelled order has nothing open',
    sql: `SELECT 'order ' || o.number || ' is cancelled but ' || d.number || ' is ' || d.status AS problem
          FROM doc d JOIN "order" o ON o.id = d.order_id
          WHERE o.status = 'Cancelled' AND d.status IN ('Open', 'Printed', 'Back Order')
            AND EXISTS (SELECT 1 FROM doc_line l WHERE l.doc_id = d.id AND l.qty > 0)`,
  },
  {
    // The Backorders list counts backorders by status alone (main/queries/documents.ts): it relies on this.
    name: 'a backorder still holds something',
    sql: `SELECT d.number || ' is a backorder with nothing left on it' AS problem
          FROM doc d WHERE d.status = 'Back Order' AND NOT EXISTS (SELECT 1 FROM doc_line l WHERE l.doc_id = d.id AND l.qty > 0)`,
  },
  {
    // Kept by triggers and, in a run, once per item (store/demand.ts): the Inventory list's Waiting and low filter read it.
    name: "an item's waiting demand is what its lines want",
    sql: `SELECT 'item ' || i.sku || ': waiting ' || coalesce(d.waiting, 'missing') || ' but its lines want ' || coalesce(w.wanted, 0) AS problem
          FROM item i LEFT JOIN item_demand d ON d.item_id = i.id
          LEFT JOIN (SELECT l.item_id, sum(l.qty - l.completed - l.allocated - l.cancelled) AS wanted
                     FROM order_line l JOIN "order" o ON o.id = l.order_id
                     WHERE l.line_status = 'Warehouse Pick' AND o.status IN ('Draft', 'Open') GROUP BY l.item_id) w ON w.item_id = i.id
          WHERE d.waiting IS NULL OR d.waiting <> coalesce(w.wanted, 0)`,
  },
  {
    name: 'document numbers follow their order',
    sql: `SELECT d.number || ' should be ' || o.number || '.' || printf('%03d', d.seq) AS problem
          FROM doc d JOIN "order" o ON o.id = d.order_id WHERE d.number <> o.number || '.' || printf('%03d', d.seq)`,
  },
];

const MAX_PER_CHECK = 20;

/**
 * Recomputes the balances from the ledger and checks every invariant of docs/rules.md. The tests call
 * it after every step; it is a contract channel too, for support.
 */
export function verify(db: ReadDb): VerifyReport {
  const problems: string[] = [];
  for (const check of CHECKS) {
    const rows = db.prepare<[], { problem: string }>(`${check.sql} LIMIT ${MAX_PER_CHECK}`).all();
    for (const { problem } of rows) problems.push(`${check.name}: ${problem}`);
  }
  const count = (sql: string) => (db.prepare(sql).pluck().get() as number) ?? 0;
  return {
    ok: problems.length === 0,
    problems,
    checked: {
      stockRows: count('SELECT count(*) FROM bin_stock'),
      ledgerEntries: count('SELECT count(*) FROM ledger'),
      orderLines: count('SELECT count(*) FROM order_line'),
      documents: count('SELECT count(*) FROM doc'),
    },
  };
}
