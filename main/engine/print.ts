import type { PrintOrderResult, Sheet, SheetLine } from '../../shared/domain/fulfillment';
import { shipCodeOf } from '../../shared/domain/orders';
import { refused } from '../../shared/errors';
import { preparedFor } from '../store/prepared';
import { orderById, requireDoc, requireOrder, type DocRow } from '../store/repos/lookup';
import type { EngineCtx } from './context';
import { runFulfillment } from './fulfill';
import { markPrinted, requireOpenPick } from './picks';
import { write } from './transaction';

const statements = preparedFor((db) => ({
  // A pick sheet walks the bins in pick sequence.
  pickLines: db.prepare<[number], SheetLine>(
    `SELECT b.code AS bin, i.sku, i.description, i.unit, a.qty
     FROM doc_line l JOIN allocation a ON a.doc_line_id = l.id JOIN bin b ON b.id = a.bin_id JOIN item i ON i.id = l.item_id
     JOIN order_line ol ON ol.id = l.order_line_id
     WHERE l.doc_id = ? ORDER BY b.sequence IS NULL, b.sequence, b.natural_key, ol.line_no`,
  ),
  backorderLines: db.prepare<[number], SheetLine>(
    `SELECT NULL AS bin, i.sku, i.description, i.unit, l.qty
     FROM doc_line l JOIN item i ON i.id = l.item_id JOIN order_line ol ON ol.id = l.order_line_id
     WHERE l.doc_id = ? AND l.qty > 0 ORDER BY ol.line_no`,
  ),
  docsToPrint: db.prepare<[number], DocRow>(
    `SELECT * FROM doc WHERE order_id = ? AND status IN ('Open', 'Printed', 'Back Order') ORDER BY seq`,
  ),
}));

function sheetOf(ctx: EngineCtx, doc: DocRow): Sheet {
  const order = orderById(ctx.db, doc.order_id);
  const s = statements(ctx.db);
  const isBackorder = doc.status === 'Back Order';
  return {
    kind: isBackorder ? 'backorder' : 'pick',
    number: doc.number,
    order: order.number,
    customer: order.customer,
    orderDate: order.order_date,
    status: doc.status,
    shipCode: shipCodeOf(doc.status),
    lines: isBackorder ? s.backorderLines.all(doc.id) : s.pickLines.all(doc.id),
  };
}

/**
 * Printing an order offers its pick sheets and backorder sheets, running fulfillment first so that
 * they exist (the first article). Every pick printed moves to Printed.
 */
export function printOrder(ctx: EngineCtx, orderNumber: string): PrintOrderResult {
  return write(ctx.db, () => {
    const order = requireOrder(ctx.db, orderNumber);
    const fulfillment = order.status === 'Draft' || order.status === 'Open' ? runFulfillment(ctx, { orderIds: [order.id] }) : null;
    const docs = statements(ctx.db).docsToPrint.all(order.id);
    for (const doc of docs) markPrinted(ctx, doc);
    const sheets = docs.map((doc) => sheetOf(ctx, { ...doc, status: doc.status === 'Open' ? 'Printed' : doc.status }));
    return { fulfillment, sheets };
  });
}

/** The pick sheet of one pick; printing moves it to Printed. */
export function printPick(ctx: EngineCtx, number: string): Sheet {
  return write(ctx.db, () => {
    const doc = requireOpenPick(ctx, number);
    markPrinted(ctx, doc);
    return sheetOf(ctx, { ...doc, status: 'Printed' });
  });
}

/** The backorder sheet: what is outstanding per line. */
export function backorderSheet(ctx: EngineCtx, number: string): Sheet {
  const doc = requireDoc(ctx.db, number, 'backorder');
  if (doc.status !== 'Back Order') throw refused(`${doc.number} is not a backorder (it is ${doc.status})`, 'backorder');
  return sheetOf(ctx, doc);
}
