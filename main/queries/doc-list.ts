import type { PickRow } from '../../shared/domain/fulfillment';
import { shipCodeOf, type DocStatus } from '../../shared/domain/orders';
import type { ReadDb } from '../store/handles';
import { preparedFor } from '../store/prepared';
import { staleDocIds } from '../store/repos/sheet-version';

// What the Picks and the Backorders views share: the columns of a document row, the search, and the
// totals of a page's rows. Each view selects its page first and counts its total apart (as the order
// list does), then sums lines only for the page's documents, so a page costs the same however many
// documents there are.

/** A listed document's own columns, over `doc d JOIN "order" o`. */
export const DOC_ROW_COLUMNS = 'd.id, d.number, o.number AS "order", o.customer, o.order_date, o.priority, d.status, d.created_at, d.printed_at';

/**
 * Documents in precedence order, over `o` and `d`, for a page without search: orders walked through
 * the order_by_precedence index (migration 7) and each order's documents by (order_id, seq), so a page
 * stops at its limit instead of sorting every matching document. CROSS JOIN keeps that order of tables.
 */
export const DOCS_BY_PRECEDENCE_FROM = 'FROM "order" o CROSS JOIN doc d ON d.order_id = o.id';

/** Search: the documents it found (queries/search.ts, `docsMatching`), as JSON ids in `@found`; over `d`. */
export const DOC_SEARCH_SQL = 'd.id IN (SELECT value FROM json_each(@found))';

export interface DocRowSql {
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

const statements = preparedFor((db: ReadDb) => ({
  lineTotals: db.prepare<[string], { doc_id: number; lines: number; units: number; skus: string }>(
    `SELECT l.doc_id, count(*) AS lines, sum(l.qty) AS units, group_concat(i.sku, ' ') AS skus
     FROM doc_line l JOIN item i ON i.id = l.item_id
     WHERE l.doc_id IN (SELECT value FROM json_each(?)) AND l.qty > 0 GROUP BY l.doc_id`,
  ),
}));

/**
 * A page of documents as the lists show them, with their lines, units and skus and whether their
 * paper is out of date: a Picks row as it is (the Backorders view calls its units outstanding).
 */
export function listedDocs(db: ReadDb, rows: DocRowSql[]): (PickRow & { id: number })[] {
  const ids = rows.map((r) => r.id);
  const totals = new Map(statements(db).lineTotals.all(JSON.stringify(ids)).map((t) => [t.doc_id, t]));
  const stale = staleDocIds(db, ids);
  return rows.map((r) => {
    const t = totals.get(r.id);
    return {
      id: r.id,
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
  });
}
