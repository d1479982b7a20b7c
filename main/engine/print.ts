import type { BackorderSheetLine, PickSheetLine, PrintDoneResult, PrintedDocument, PrintOrderResult, Sheet } from '../../shared/domain/print';
import { shipCodeOf } from '../../shared/domain/orders';
import { invalid, refused } from '../../shared/errors';
import { changesSince, currentVersion, VERSION_PATTERN } from '../print/version';
import { preparedFor } from '../store/prepared';
import { orderById, requireDoc, requireOrder, type DocRow } from '../store/repos/lookup';
import type { EngineCtx } from './context';
import { runFulfillment } from './fulfill';
import { note, ordinal } from './history';
import { readSettings } from './settings';
import { dryRun, write } from './transaction';

interface PrintRow {
  print_count: number;
  printed_at: string | null;
  printed_version: string | null;
}

const statements = preparedFor((db) => ({
  // A pick sheet walks the bins in pick sequence.
  pickLines: db.prepare<[number], PickSheetLine>(
    `SELECT b.code AS bin, i.sku, i.description, i.unit, a.qty
     FROM doc_line l JOIN allocation a ON a.doc_line_id = l.id JOIN bin b ON b.id = a.bin_id JOIN item i ON i.id = l.item_id
     JOIN order_line ol ON ol.id = l.order_line_id
     WHERE l.doc_id = ? ORDER BY b.sequence IS NULL, b.sequence, b.natural_key, ol.line_no`,
  ),
  // A backorder sheet: what is outstanding per line, and what free stock could fill of it now.
  backorderLines: db.prepare<[number], BackorderSheetLine>(
    `SELECT i.sku, i.description, i.unit, ol.qty AS ordered, l.qty AS outstanding,
            max(0, min(l.qty, coalesce((SELECT sum(available - allocated) FROM bin_stock s WHERE s.item_id = l.item_id), 0))) AS freeNow
     FROM doc_line l JOIN item i ON i.id = l.item_id JOIN order_line ol ON ol.id = l.order_line_id
     WHERE l.doc_id = ? AND l.qty > 0 ORDER BY ol.line_no`,
  ),
  docsToPrint: db.prepare<[number], DocRow>(`SELECT * FROM doc WHERE order_id = ? AND status IN ('Open', 'Printed', 'Back Order') ORDER BY seq`),
  lineCounts: db.prepare<[number], { lines: number; warehouse: number }>(
    `SELECT count(*) AS lines, count(*) FILTER (WHERE line_status = 'Warehouse Pick') AS warehouse FROM order_line WHERE order_id = ?`,
  ),
  printRow: db.prepare<[number], PrintRow>('SELECT print_count, printed_at, printed_version FROM doc WHERE id = ?'),
  // Every print is counted and timed; an Open pick becomes Printed (still allocated).
  record: db.prepare<{ id: number; now: string; version: string }, { print_count: number; status: DocRow['status'] }>(
    `UPDATE doc SET print_count = print_count + 1, printed_at = @now, printed_version = @version, updated_at = @now,
       status = CASE status WHEN 'Open' THEN 'Printed' ELSE status END
     WHERE id = @id RETURNING print_count, status`,
  ),
}));

/** A completed or cancelled document has no sheet worth printing; the refusal says why. */
function requirePrintable(doc: DocRow, field: string): void {
  if (doc.status === 'Completed') throw refused(`${doc.number} is already completed: its stock has been pulled, there is nothing to print`, field);
  if (doc.status === 'Cancelled') throw refused(`${doc.number} is cancelled: there is nothing on it to pull`, field);
}

function sheetOf(ctx: EngineCtx, doc: DocRow, siteName: string): Sheet {
  const order = orderById(ctx.db, doc.order_id);
  const s = statements(ctx.db);
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
    generatedAt: ctx.now(),
    printCount: printed.print_count,
    lastPrintedAt: printed.printed_at,
    changes: changesSince(ctx.db, printed.printed_version, doc.id),
    version: currentVersion(ctx.db, doc.id),
  };
  return doc.status === 'Back Order'
    ? { ...head, kind: 'backorder', lines: s.backorderLines.all(doc.id) }
    : { ...head, kind: 'pick', lines: s.pickLines.all(doc.id) };
}

/** Why an order that went through fulfillment has no pick or backorder to print. */
function nothingToPrint(ctx: EngineCtx, orderId: number, number: string, result: PrintOrderResult['fulfillment']): never {
  const counts = statements(ctx.db).lineCounts.get(orderId)!;
  const why =
    counts.lines === 0
      ? 'it has no lines yet'
      : counts.warehouse === 0
        ? 'none of its lines is a Warehouse Pick'
        : (result.alerts.find((a) => a.level === 'error')?.message ?? 'no line could be allocated or backordered');
  throw refused(`Order ${number} has nothing to print: ${why}`, 'order');
}

/**
 * Print on an order (the first article): fulfillment runs for it, creating its pick and backorder at
 * this moment if they do not exist yet, and their sheets are returned. Nothing is marked printed here:
 * that waits until the sheets have printed (`recordPrinted`), so a failed print changes no status.
 */
export function orderSheets(ctx: EngineCtx, orderNumber: string): PrintOrderResult {
  return write(ctx.db, () => {
    const order = requireOrder(ctx.db, orderNumber);
    if (order.status === 'Cancelled') throw refused(`Order ${order.number} is cancelled: there is nothing to print`, 'order');
    if (order.status === 'Completed') throw refused(`Order ${order.number} is completed: there is nothing left to print`, 'order');
    const fulfillment = runFulfillment(ctx, { orderIds: [order.id] });
    const docs = statements(ctx.db).docsToPrint.all(order.id);
    if (docs.length === 0) nothingToPrint(ctx, order.id, order.number, fulfillment);
    const { siteName } = readSettings(ctx.db);
    return { fulfillment, sheets: docs.map((doc) => sheetOf(ctx, doc, siteName)) };
  });
}

/** The print dialog's preview: what printing the order would give, exactly, and nothing changed. */
export const previewOrderSheets = (ctx: EngineCtx, orderNumber: string): PrintOrderResult => dryRun(ctx.db, () => orderSheets(ctx, orderNumber));

/** The sheets of picks and backorders, in the order asked; changes nothing. */
export function documentSheets(ctx: EngineCtx, numbers: string[]): Sheet[] {
  const { siteName } = readSettings(ctx.db);
  return distinctDocs(ctx, numbers).map(({ doc, field }) => {
    requirePrintable(doc, field);
    return sheetOf(ctx, doc, siteName);
  });
}

/**
 * Records that these sheets printed: each print is counted and timed, an Open pick becomes Printed,
 * and the version the sheet showed is kept, so that a later change flags the paper as out of date.
 * One transaction: a refusal (a document cancelled meanwhile) records none of them.
 */
export function recordPrinted(ctx: EngineCtx, sheets: { number: string; version: string }[]): PrintDoneResult {
  return write(ctx.db, () => {
    const docs = distinctDocs(ctx, sheets.map((s) => s.number));
    const printed = docs.map(({ doc, field }, i): PrintedDocument => {
      requirePrintable(doc, field);
      const version = sheets[i]!.version;
      if (!VERSION_PATTERN.test(version)) throw invalid(`${field}.version`, 'is not the version of a sheet from print:sheets');
      const row = statements(ctx.db).record.get({ id: doc.id, now: ctx.now(), version })!;
      const kind = doc.status === 'Back Order' ? 'Backorder' : 'Pick';
      note(ctx, doc.order_id, 'printed', doc.number, `${kind} sheet printed${row.print_count > 1 ? ` (${ordinal(row.print_count)} time)` : ''}`);
      return { number: doc.number, status: row.status, printCount: row.print_count };
    });
    return { printed };
  });
}

/** The documents named, each once: naming one twice in a job is a mistake worth saying. */
function distinctDocs(ctx: EngineCtx, numbers: string[]): { doc: DocRow; field: string }[] {
  const seen = new Set<string>();
  return numbers.map((number, i) => {
    const field = `documents.${i}`;
    const doc = requireDoc(ctx.db, number, field);
    if (seen.has(doc.number)) throw invalid(field, `names ${doc.number} a second time`);
    seen.add(doc.number);
    return { doc, field };
  });
}
