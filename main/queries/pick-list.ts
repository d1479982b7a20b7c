import type { PickRow } from '../../shared/domain/fulfillment';
import { shipCodeOf, type DocStatus } from '../../shared/domain/orders';
import type { Page } from '../../shared/validation';
import { PRECEDENCE_SQL } from '../engine/precedence';
import type { Db } from '../store/open';
import { preparedFor } from '../store/prepared';
import { containsPattern } from '../store/repos/items';
import { staleDocIds } from '../print/version';

// The Picks view: picks still to be pulled (Open or Printed), in the order they should ship
// (precedence, then document number). Like the order list it selects the page first, counts the
// total in a separate query and sums lines only for the page's picks, so a page costs the same
// however many picks there are.

/** Search: the pick's number (which starts with its order's), the customer, or a sku or description on it. */
const SEARCH_SQL = `(d.number LIKE @pattern ESCAPE '\\' OR o.customer LIKE @pattern ESCAPE '\\'
  OR d.id IN (SELECT l.doc_id FROM doc_line l WHERE l.qty > 0 AND l.item_id IN
                (SELECT i.id FROM item i WHERE i.sku LIKE @pattern ESCAPE '\\' OR i.description LIKE @pattern ESCAPE '\\')))`;

const STATUSES: Record<'all' | 'open' | 'printed', DocStatus[]> = { all: ['Open', 'Printed'], open: ['Open'], printed: ['Printed'] };

interface PickSql {
  id: number;
  number: string;
  order: string;
  customer: string;
  order_date: string;
  priority: string;
  status: DocStatus;
  created_at: string;
  printed_at: string | null;
}

interface Params {
  statuses: string;
  pattern?: string;
  limit: number;
  offset: number;
}

/** One statement pair with search and one without: a catch-all `@pattern = '' OR ...` would plan worse. */
function variant(db: Db, bySearch: boolean) {
  const from = `FROM doc d JOIN "order" o ON o.id = d.order_id
     WHERE d.status IN (SELECT value FROM json_each(@statuses))${bySearch ? ` AND ${SEARCH_SQL}` : ''}`;
  return {
    page: db.prepare<Params, PickSql>(
      `SELECT d.id, d.number, o.number AS "order", o.customer, o.order_date, o.priority, d.status, d.created_at, d.printed_at
       ${from} ORDER BY ${PRECEDENCE_SQL}, d.seq LIMIT @limit OFFSET @offset`,
    ),
    total: db.prepare<Omit<Params, 'limit' | 'offset'>, { n: number }>(`SELECT count(*) AS n ${from}`),
  };
}

const statements = preparedFor((db) => ({
  variants: [variant(db, false), variant(db, true)] as const,
  lineTotals: db.prepare<[string], { doc_id: number; lines: number; units: number; skus: string }>(
    `SELECT l.doc_id, count(*) AS lines, sum(l.qty) AS units, group_concat(i.sku, ' ') AS skus
     FROM doc_line l JOIN item i ON i.id = l.item_id
     WHERE l.doc_id IN (SELECT value FROM json_each(?)) AND l.qty > 0 GROUP BY l.doc_id`,
  ),
}));

export function listPicks(db: Db, input: { filter: 'all' | 'open' | 'printed'; query: string; offset: number; limit: number }): Page<PickRow> {
  const s = statements(db);
  const pattern = containsPattern(input.query);
  const { page, total } = s.variants[pattern === '' ? 0 : 1];
  const filters = { statuses: JSON.stringify(STATUSES[input.filter]), ...(pattern === '' ? {} : { pattern }) };
  const rows = page.all({ ...filters, limit: input.limit, offset: input.offset });
  const totals = new Map(s.lineTotals.all(JSON.stringify(rows.map((r) => r.id))).map((t) => [t.doc_id, t]));
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
        units: t?.units ?? 0,
        skus: t ? t.skus.split(' ') : [],
        createdAt: r.created_at,
        printedAt: r.printed_at,
        stale: stale.has(r.id),
      };
    }),
    total: total.get(filters)!.n,
    offset: input.offset,
  };
}
