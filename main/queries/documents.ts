import type { BackorderRow, DocDetail, DocLineView } from '../../shared/domain/fulfillment';
import { shipCodeOf, type DocStatus } from '../../shared/domain/orders';
import type { Page } from '../../shared/validation';
import { PRECEDENCE_SQL } from '../engine/precedence';
import type { Db } from '../store/open';
import { preparedFor } from '../store/prepared';
import { containsPattern } from '../store/repos/items';
import { docById, orderById, requireDoc } from '../store/repos/lookup';
import { fillableByBackorder } from './fillable';
import { printStateOf, staleDocIds } from '../print/version';

const FREE_BY_ITEM = '(SELECT item_id, sum(available - allocated) AS free FROM bin_stock GROUP BY item_id)';

const statements = preparedFor((db) => ({
  lines: db.prepare<[number], Omit<DocLineView, 'bins' | 'freeNow'> & { id: number; free: number | null }>(
    `SELECT l.id, i.sku, i.description, i.unit, ol.line_no AS lineNo, l.qty, l.cancelled, l.short, f.free
     FROM doc_line l JOIN item i ON i.id = l.item_id JOIN order_line ol ON ol.id = l.order_line_id
     LEFT JOIN ${FREE_BY_ITEM} f ON f.item_id = l.item_id
     WHERE l.doc_id = ? ORDER BY ol.line_no`,
  ),
  bins: db.prepare<[number], { bin: string; qty: number }>(
    `SELECT b.code AS bin, a.qty FROM allocation a JOIN bin b ON b.id = a.bin_id WHERE a.doc_line_id = ?
     ORDER BY b.sequence IS NULL, b.sequence, b.natural_key`,
  ),
  backorders: [
    [backorderPage(db, false, false), backorderPage(db, false, true)],
    [backorderPage(db, true, false), backorderPage(db, true, true)],
  ] as const,
  backorderTotals: db.prepare<[string], { doc_id: number; lines: number; outstanding: number; skus: string }>(
    `SELECT l.doc_id, count(*) AS lines, sum(l.qty) AS outstanding, group_concat(i.sku, ' ') AS skus
     FROM doc_line l JOIN item i ON i.id = l.item_id
     WHERE l.doc_id IN (SELECT value FROM json_each(?)) AND l.qty > 0 GROUP BY l.doc_id`,
  ),
}));

interface BackorderSql {
  id: number;
  number: string;
  order: string;
  customer: string;
  order_date: string;
  priority: string;
  status: DocStatus;
  created_at: string;
}

interface BackorderParams {
  /** The fulfillable ones' document ids, as JSON (only for the `fulfillable` filter). */
  ids?: string;
  pattern?: string;
  limit: number;
  offset: number;
}

/**
 * The Backorders filters, a page at a time: the page is selected first and counted separately (as
 * the order list does), one statement per combination of filters so each is planned for its own.
 */
function backorderPage(db: Db, fulfillable: boolean, bySearch: boolean) {
  const terms = [
    "d.status = 'Back Order'",
    'EXISTS (SELECT 1 FROM doc_line x WHERE x.doc_id = d.id AND x.qty > 0)',
    ...(fulfillable ? ['d.id IN (SELECT value FROM json_each(@ids))'] : []),
    ...(bySearch
      ? [
          `(d.number LIKE @pattern ESCAPE '\\' OR o.customer LIKE @pattern ESCAPE '\\'
            OR d.id IN (SELECT l.doc_id FROM doc_line l WHERE l.qty > 0 AND l.item_id IN
                          (SELECT i.id FROM item i WHERE i.sku LIKE @pattern ESCAPE '\\' OR i.description LIKE @pattern ESCAPE '\\')))`,
        ]
      : []),
  ];
  const from = `FROM doc d JOIN "order" o ON o.id = d.order_id WHERE ${terms.join(' AND ')}`;
  return {
    page: db.prepare<BackorderParams, BackorderSql>(
      `SELECT d.id, d.number, o.number AS "order", o.customer, o.order_date, o.priority, d.status, d.created_at
       ${from} ORDER BY ${PRECEDENCE_SQL}, d.seq LIMIT @limit OFFSET @offset`,
    ),
    total: db.prepare<Omit<BackorderParams, 'limit' | 'offset'>, { n: number }>(`SELECT count(*) AS n ${from}`),
  };
}

/** A pick or backorder with its lines: bins for a pick, what free stock could fill now for a backorder. */
export function docDetail(db: Db, number: string): DocDetail {
  const doc = requireDoc(db, number, 'document');
  const order = orderById(db, doc.order_id);
  const s = statements(db);
  const isBackorder = doc.status === 'Back Order';
  return {
    number: doc.number,
    order: order.number,
    customer: order.customer,
    status: doc.status,
    shipCode: shipCodeOf(doc.status),
    splitFrom: doc.split_from_id ? docById(db, doc.split_from_id).number : null,
    createdAt: doc.created_at,
    updatedAt: doc.updated_at,
    lines: s.lines.all(doc.id).map(({ id, free, ...line }) => ({
      ...line,
      bins: isBackorder ? [] : s.bins.all(id),
      freeNow: isBackorder ? Math.max(0, Math.min(line.qty, free ?? 0)) : null,
    })),
    ...printStateOf(db, doc.id),
  };
}

/**
 * The Backorders filter (every Back Order document) and the Fulfillable Backorders filter (those free
 * stock could fill now, in part or in full, after the backorders ahead of them take theirs), in
 * precedence order, with search and paging. `fillableNow` is what Release Back Order would allocate.
 */
export function listBackorders(db: Db, input: { filter: 'all' | 'fulfillable'; query: string; offset: number; limit: number }): Page<BackorderRow> {
  const s = statements(db);
  const fillable = fillableByBackorder(db);
  const fulfillable = input.filter === 'fulfillable';
  const pattern = containsPattern(input.query);
  const { page, total } = s.backorders[fulfillable ? 1 : 0][pattern === '' ? 0 : 1];
  // Only the parameters a statement names are bound.
  const filters = {
    ...(fulfillable ? { ids: JSON.stringify([...fillable].filter(([, qty]) => qty > 0).map(([id]) => id)) } : {}),
    ...(pattern === '' ? {} : { pattern }),
  };
  const rows = page.all({ ...filters, limit: input.limit, offset: input.offset });
  const totals = new Map(s.backorderTotals.all(JSON.stringify(rows.map((r) => r.id))).map((t) => [t.doc_id, t]));
  const stale = staleDocIds(db, rows.map((r) => r.id));
  return {
    rows: rows.map((r) => {
      const t = totals.get(r.id);
      return {
        number: r.number,
        order: r.order,
        customer: r.customer,
        orderDate: r.order_date,
        priority: r.priority,
        status: r.status,
        shipCode: shipCodeOf(r.status),
        lines: t?.lines ?? 0,
        outstanding: t?.outstanding ?? 0,
        fillableNow: fillable.get(r.id) ?? 0,
        skus: t ? t.skus.split(' ') : [],
        createdAt: r.created_at,
        stale: stale.has(r.id),
      };
    }),
    total: total.get(filters)!.n,
    offset: input.offset,
  };
}
