import type { BackorderRow, DocDetail, DocLineView } from '../../shared/domain/fulfillment';
import { shipCodeOf, type DocStatus } from '../../shared/domain/orders';
import type { Page } from '../../shared/validation';
import { PRECEDENCE_SQL } from '../engine/precedence';
import type { Db } from '../store/open';
import { preparedFor } from '../store/prepared';
import { containsPattern } from '../store/repos/items';
import { docById, orderById, requireDoc } from '../store/repos/lookup';

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
  backorders: db.prepare<{ pattern: string; fulfillable: number; limit: number; offset: number }, BackorderRowSql>(
    `SELECT d.number, o.number AS "order", o.customer, o.order_date, o.priority, d.status, d.created_at,
            count(l.id) AS lines, sum(l.qty) AS outstanding, group_concat(i.sku, ' ') AS skus,
            sum(min(l.qty, max(coalesce(f.free, 0), 0))) AS fillable, count(*) OVER () AS total
     FROM doc d JOIN "order" o ON o.id = d.order_id
     JOIN doc_line l ON l.doc_id = d.id AND l.qty > 0 JOIN item i ON i.id = l.item_id
     LEFT JOIN ${FREE_BY_ITEM} f ON f.item_id = l.item_id
     WHERE d.status = 'Back Order'
       AND (@pattern = '' OR d.number LIKE @pattern ESCAPE '\\' OR o.customer LIKE @pattern ESCAPE '\\'
            OR EXISTS (SELECT 1 FROM doc_line x JOIN item y ON y.id = x.item_id WHERE x.doc_id = d.id AND x.qty > 0
                         AND (y.sku LIKE @pattern ESCAPE '\\' OR y.description LIKE @pattern ESCAPE '\\')))
     GROUP BY d.id
     HAVING @fulfillable = 0 OR fillable > 0
     ORDER BY ${PRECEDENCE_SQL}, d.seq
     LIMIT @limit OFFSET @offset`,
  ),
}));

interface BackorderRowSql {
  number: string;
  order: string;
  customer: string;
  order_date: string;
  priority: string;
  status: DocStatus;
  created_at: string;
  lines: number;
  outstanding: number;
  skus: string;
  fillable: number;
  total: number;
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
  };
}

/**
 * The Backorders filter (every Back Order document) and the Fulfillable Backorders filter (those with
 * at least one line free stock could fill now), in precedence order, with search and paging.
 */
export function listBackorders(db: Db, input: { filter: 'all' | 'fulfillable'; query: string; offset: number; limit: number }): Page<BackorderRow> {
  const rows = statements(db).backorders.all({
    pattern: containsPattern(input.query),
    fulfillable: input.filter === 'fulfillable' ? 1 : 0,
    limit: input.limit,
    offset: input.offset,
  });
  return {
    rows: rows.map((r) => ({
      number: r.number,
      order: r.order,
      customer: r.customer,
      orderDate: r.order_date,
      priority: r.priority,
      status: r.status,
      shipCode: shipCodeOf(r.status),
      lines: r.lines,
      outstanding: r.outstanding,
      fillableNow: r.fillable,
      skus: r.skus.split(' '),
      createdAt: r.created_at,
    })),
    total: rows[0]?.total ?? 0,
    offset: input.offset,
  };
}
