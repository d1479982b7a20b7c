import type { ParsedInput } from '../../../shared/contract';
import type { PrintDoneResult, PrintedDocument, PrintOrderResult } from '../../../shared/domain/print';
import { invalid, refused } from '../../../shared/errors';
import type { WriteDb } from '../../store/handles';
import { preparedFor } from '../../store/prepared';
import type { DocRow } from '../../store/repos/docs';
import { closedOrder, requireOrder } from '../../store/repos/orders';
import { readSettings } from '../../store/repos/settings';
import { VERSION_PATTERN } from '../../store/repos/sheet-version';
import { distinctDocs, requirePrintable, sheetOf } from '../../store/repos/sheets';
import type { EngineCtx } from '../context';
import { note, ordinal } from '../parts/history';
import { runFulfillment } from './fulfill';

const statements = preparedFor((db: WriteDb) => ({
  docsToPrint: db.prepare<[number], DocRow>(`SELECT * FROM doc WHERE order_id = +? AND status IN ('Open', 'Printed', 'Back Order') ORDER BY seq`),
  lineCounts: db.prepare<[number], { lines: number; warehouse: number }>(
    `SELECT count(*) AS lines, count(*) FILTER (WHERE line_status = 'Warehouse Pick') AS warehouse FROM order_line WHERE order_id = +?`,
  ),
  // Every print is counted and timed; an Open pick becomes Printed (still allocated).
  record: db.prepare<{ id: number; now: string; version: string }, { print_count: number; status: DocRow['status'] }>(
    `UPDATE doc SET print_count = print_count + 1, printed_at = @now, printed_version = @version, updated_at = @now,
       status = CASE status WHEN 'Open' THEN 'Printed' ELSE status END
     WHERE id = @id RETURNING print_count, status`,
  ),
}));

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

/** What a closed order's refusal adds when the clerk asked to print it: `Order 1040 is cancelled: there is nothing to print`. */
const NOTHING_LEFT: Record<string, string> = { Completed: 'there is nothing left to print', Cancelled: 'there is nothing to print' };
const sentence = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Print on an order (the first article): fulfillment runs for it, creating its pick and backorder at
 * this moment if they do not exist yet, and their sheets are returned. Nothing is marked printed here:
 * that waits until the sheets have printed (`recordPrinted`), so a failed print changes no status.
 * The print dialog's preview is this operation as a rehearsal, rolled back.
 */
export function orderSheets(ctx: EngineCtx, { order: number }: ParsedInput<'orders:print'>): PrintOrderResult {
  const order = requireOrder(ctx.db, number);
  const closed = closedOrder(order);
  if (closed) throw refused(`${sentence(closed)}: ${NOTHING_LEFT[order.status]}`, 'order');
  const fulfillment = runFulfillment(ctx, { orderIds: [order.id] });
  const docs = statements(ctx.db).docsToPrint.all(order.id);
  if (docs.length === 0) nothingToPrint(ctx, order.id, order.number, fulfillment);
  const { siteName } = readSettings(ctx.db);
  return { fulfillment, sheets: docs.map((doc) => sheetOf(ctx.db, doc, siteName, ctx.now())) };
}

/**
 * Records that these sheets printed: each print is counted and timed, an Open pick becomes Printed,
 * and the version the sheet showed is kept, so that a later change flags the paper as out of date.
 * A refusal (a document cancelled meanwhile) records none of them.
 */
export function recordPrinted(ctx: EngineCtx, { documents: sheets }: ParsedInput<'print:done'>): PrintDoneResult {
  const docs = distinctDocs(ctx.db, sheets.map((s) => s.number));
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
}
