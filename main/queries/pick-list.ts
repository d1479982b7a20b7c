import type { ParsedInput } from '../../shared/contract';
import type { PickRow } from '../../shared/domain/fulfillment';
import type { DocStatus } from '../../shared/domain/orders';
import type { Page } from '../../shared/validation';
import type { ReadDb } from '../store/handles';
import { preparedFor } from '../store/prepared';
import { perDataVersion } from '../store/paging';
import { searchNeedle } from '../store/search-key';
import { PRECEDENCE_SQL } from '../store/sql';
import { docsMatching } from './search';
import { DOC_ROW_COLUMNS, DOC_SEARCH_SQL, DOCS_BY_PRECEDENCE_FROM, listedDocs, type DocRowSql } from './doc-list';

// The Picks view: picks still to be pulled (Open or Printed), in the order they should ship
// (precedence, then document number), a page at a time (doc-list.ts).

const STATUSES: Record<'all' | 'open' | 'printed', DocStatus[]> = { all: ['Open', 'Printed'], open: ['Open'], printed: ['Printed'] };

interface Params {
  statuses: string;
  found?: string;
  limit: number;
  offset: number;
}

/** One statement pair with search and one without: a catch-all `@found IS NULL OR ...` would plan worse. */
function variant(db: ReadDb, bySearch: boolean) {
  const where = `WHERE d.status IN (SELECT value FROM json_each(@statuses))${bySearch ? ` AND ${DOC_SEARCH_SQL}` : ''}`;
  // A search page is planned from the documents it matches; a plain one walks orders by precedence.
  const pageFrom = bySearch ? 'FROM doc d JOIN "order" o ON o.id = d.order_id' : DOCS_BY_PRECEDENCE_FROM;
  return {
    page: db.prepare<Params, DocRowSql>(`SELECT ${DOC_ROW_COLUMNS} ${pageFrom} ${where} ORDER BY ${PRECEDENCE_SQL}, d.seq LIMIT @limit OFFSET @offset`),
    total: db.prepare<Omit<Params, 'limit' | 'offset'>, { n: number }>(`SELECT count(*) AS n FROM doc d ${where}`),
  };
}

const variants = preparedFor((db: ReadDb) => [variant(db, false), variant(db, true)] as const);

export function listPicks(db: ReadDb, input: ParsedInput<'picks:list'>): Page<PickRow> {
  const needle = searchNeedle(input.query);
  const { page, total } = variants(db)[needle === '' ? 0 : 1];
  const filters = { statuses: JSON.stringify(STATUSES[input.filter]), ...(needle === '' ? {} : { found: docsMatching(db, needle) }) };
  const rows = listedDocs(db, page.all({ ...filters, limit: input.limit, offset: input.offset }));
  // A page that is neither full nor past the end is the last one: it says the total without counting.
  const last = rows.length > 0 && rows.length < input.limit;
  return {
    rows: rows.map(({ id: _id, ...row }) => row),
    total: last ? input.offset + rows.length : perDataVersion(db, `picks:${input.filter}:${needle}`, () => total.get(filters)!.n),
    offset: input.offset,
  };
}
