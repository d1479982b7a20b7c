import type { BackorderRow, DocDetail, DocLineView } from '../../shared/domain/fulfillment';
import { shipCodeOf } from '../../shared/domain/orders';
import type { Page } from '../../shared/validation';
import type { ParsedInput } from '../../shared/contract';
import type { ReadDb } from '../store/handles';
import { preparedFor } from '../store/prepared';
import { docById, requireDoc } from '../store/repos/docs';
import { orderById } from '../store/repos/orders';
import { printStateOf } from '../store/repos/sheet-version';
import { perDataVersion } from '../store/paging';
import { searchNeedle } from '../store/search-key';
import { PICK_SEQUENCE_SQL, PRECEDENCE_SQL } from '../store/sql';
import { DOC_ROW_COLUMNS, DOC_SEARCH_SQL, listedDocs, type DocRowSql } from './doc-list';
import { fillableByBackorder } from './fillable';
import { docsMatching } from './search';

const statements = preparedFor((db: ReadDb) => ({
  lines: db.prepare<[number], Omit<DocLineView, 'bins' | 'freeNow'> & { id: number; free: number | null }>(
    // Free stock per line from the item's own bins: summing every item's (a join on a grouped
    // subquery) read the whole of bin_stock for each page, 3.8 ms at 100k lines.
    `SELECT l.id, i.sku, i.description, i.unit, ol.line_no AS lineNo, l.qty, l.cancelled, l.short,
            (SELECT sum(s.available - s.allocated) FROM bin_stock s WHERE s.item_id = l.item_id) AS free
     FROM doc_line l JOIN item i ON i.id = l.item_id JOIN order_line ol ON ol.id = l.order_line_id
     WHERE l.doc_id = +? ORDER BY ol.line_no`,
  ),
  bins: db.prepare<[number], { bin: string; qty: number }>(
    `SELECT b.code AS bin, a.qty FROM allocation a JOIN bin b ON b.id = a.bin_id WHERE a.doc_line_id = +?
     ORDER BY ${PICK_SEQUENCE_SQL}`,
  ),
  backorders: [
    [backorderPage(db, false, false), backorderPage(db, false, true)],
    [backorderPage(db, true, false), backorderPage(db, true, true)],
  ] as const,
}));

interface BackorderParams {
  /** The fulfillable ones' document ids, as JSON (only for the `fulfillable` filter). */
  ids?: string;
  /** The documents the search found, as JSON (queries/search.ts). */
  found?: string;
  limit: number;
  offset: number;
}

/**
 * The Backorders filters, a page at a time: the page is selected first and counted separately (as
 * the order list does), one statement per combination of filters so each is planned for its own.
 */
function backorderPage(db: ReadDb, fulfillable: boolean, bySearch: boolean) {
  const terms = [
    // A backorder always holds something: the engine closes one left empty (settleOrder), and
    // inventory:verify checks it, so the status alone (the doc_waiting index) says which are waiting.
    "d.status = 'Back Order'",
    ...(fulfillable ? ['d.id IN (SELECT value FROM json_each(@ids))'] : []),
    ...(bySearch ? [DOC_SEARCH_SQL] : []),
  ];
  const where = `WHERE ${terms.join(' AND ')}`;
  // A search or the fulfillable ones (often few) are planned from the documents they match;
  // every backorder, from the orders in precedence order and each one's backorders through doc_waiting
  // (migration 10), a small index: most orders have no backorder.
  const pageFrom = bySearch || fulfillable ? 'FROM doc d JOIN "order" o ON o.id = d.order_id' : 'FROM "order" o CROSS JOIN doc d INDEXED BY doc_waiting ON d.order_id = o.id';
  return {
    page: db.prepare<BackorderParams, DocRowSql>(`SELECT ${DOC_ROW_COLUMNS} ${pageFrom} ${where} ORDER BY ${PRECEDENCE_SQL}, d.seq LIMIT @limit OFFSET @offset`),
    total: db.prepare<Omit<BackorderParams, 'limit' | 'offset'>, { n: number }>(`SELECT count(*) AS n FROM doc d ${where}`),
  };
}

/** A pick or backorder with its lines: bins for a pick, what free stock could fill now for a backorder. */
export function docDetail(db: ReadDb, number: string): DocDetail {
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
export function listBackorders(db: ReadDb, input: ParsedInput<'backorders:list'>): Page<BackorderRow> {
  const s = statements(db);
  const fillable = perDataVersion(db, 'fillable', () => fillableByBackorder(db));
  const fulfillable = input.filter === 'fulfillable';
  const needle = searchNeedle(input.query);
  const { page, total } = s.backorders[fulfillable ? 1 : 0][needle === '' ? 0 : 1];
  // Only the parameters a statement names are bound.
  const filters = {
    ...(fulfillable ? { ids: JSON.stringify([...fillable].filter(([, qty]) => qty > 0).map(([id]) => id)) } : {}),
    ...(needle === '' ? {} : { found: docsMatching(db, needle) }),
  };
  const rows = listedDocs(db, page.all({ ...filters, limit: input.limit, offset: input.offset }));
  // A page that is neither full nor past the end is the last one: it says the total without counting.
  const last = rows.length > 0 && rows.length < input.limit;
  return {
    rows: rows.map(({ id, units, printedAt: _printedAt, ...row }) => ({ ...row, outstanding: units, fillableNow: fillable.get(id) ?? 0 })),
    total: last ? input.offset + rows.length : perDataVersion(db, `backorders:${input.filter}:${needle}`, () => total.get(filters)!.n),
    offset: input.offset,
  };
}
