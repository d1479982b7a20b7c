import type { BackorderSheetLine, PickSheetLine, Sheet } from '../../../shared/domain/print';
import { shipCodeOf } from '../../../shared/domain/orders';
import { invalid, refused } from '../../../shared/errors';
import type { ReadDb } from '../handles';
import { preparedFor } from '../prepared';
import { PICK_SEQUENCE_SQL } from '../sql';
import { requireDoc, type DocRow } from './docs';
import { orderById } from './orders';
import { changesSince, currentVersion } from './sheet-version';

// A sheet is how a pick or backorder goes to paper: made for the print view (`print:sheets`) and when
// an order is printed (`orders:print`, which runs fulfillment first), and recorded once printed.

const statements = preparedFor((db: ReadDb) => ({
  // A pick sheet walks the bins in pick sequence.
  pickLines: db.prepare<[number], PickSheetLine>(
    `SELECT b.code AS bin, i.sku, i.description, i.unit, a.qty
     FROM doc_line l JOIN allocation a ON a.doc_line_id = l.id JOIN bin b ON b.id = a.bin_id JOIN item i ON i.id = l.item_id
     JOIN order_line ol ON ol.id = l.order_line_id
     WHERE l.doc_id = +? ORDER BY ${PICK_SEQUENCE_SQL}, ol.line_no`,
  ),
  // A backorder sheet: what is outstanding per line, and what free stock could fill of it now.
  backorderLines: db.prepare<[number], BackorderSheetLine>(
    `SELECT i.sku, i.description, i.unit, ol.qty AS ordered, l.qty AS outstanding,
            max(0, min(l.qty, coalesce((SELECT sum(available - allocated) FROM bin_stock s WHERE s.item_id = l.item_id), 0))) AS freeNow
     FROM doc_line l JOIN item i ON i.id = l.item_id JOIN order_line ol ON ol.id = l.order_line_id
     WHERE l.doc_id = +? AND l.qty > 0 ORDER BY ol.line_no`,
  ),
  printRow: db.prepare<[number], { print_count: number; printed_at: string | null; printed_version: string | null }>(
    'SELECT print_count, printed_at, printed_version FROM doc WHERE id = ?',
  ),
}));

/** The sheet of a pick or backorder as it stands, stamped `generatedAt` for the site `siteName`. */
export function sheetOf(db: ReadDb, doc: DocRow, siteName: string, generatedAt: string): Sheet {
  const order = orderById(db, doc.order_id);
  const s = statements(db);
  const printed = s.printRow.get(doc.id)!;
  const head = {
    number: doc.number,
    order: order.number,
    customer: order.customer,
    orderDate: order.order_date,
    createdAt: doc.created_at,
    status: doc.status,
    shipCode: shipCodeOf(doc.status),
    siteName,
    generatedAt,
    printCount: printed.print_count,
    lastPrintedAt: printed.printed_at,
    changes: changesSince(db, printed.printed_version, doc.id),
    version: currentVersion(db, doc.id),
  };
  return doc.status === 'Back Order'
    ? { ...head, kind: 'backorder', lines: s.backorderLines.all(doc.id) }
    : { ...head, kind: 'pick', lines: s.pickLines.all(doc.id) };
}

/** A completed or cancelled document has no sheet worth printing; the refusal says why. */
export function requirePrintable(doc: DocRow, field: string): void {
  if (doc.status === 'Completed') throw refused(`${doc.number} is already completed: its stock has been pulled, there is nothing to print`, field);
  if (doc.status === 'Cancelled') throw refused(`${doc.number} is cancelled: there is nothing on it to pull`, field);
}

/** The documents of a print job, each once: naming one twice in a job is a mistake worth saying. */
export function distinctDocs(db: ReadDb, numbers: string[]): { doc: DocRow; field: string }[] {
  const seen = new Set<string>();
  return numbers.map((number, i) => {
    const field = `documents.${i}`;
    const doc = requireDoc(db, number, field);
    if (seen.has(doc.number)) throw invalid(field, `names ${doc.number} a second time`);
    seen.add(doc.number);
    return { doc, field };
  });
}
