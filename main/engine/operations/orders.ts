import type { ParsedInput } from '../../../shared/contract';
import { conflict, invalidAs, refused } from '../../../shared/errors';
import { grouped, MAX_LINE_QTY, MAX_ORDER_LINES } from '../../../shared/validation';
import type { WriteDb } from '../../store/handles';
import { preparedFor } from '../../store/prepared';
import { itemById, requireActiveItem } from '../../store/repos/items';
import { kitComponents } from '../../store/repos/kits';
import { requireLine, unplacedQty, type LineBuckets } from '../../store/repos/lines';
import { findOrder, insertOrder, insertOrderLine, requireLiveOrder, requireOrder, type OrderRow } from '../../store/repos/orders';
import type { EngineCtx } from '../context';
import { note, qtyList } from '../parts/history';

type NewLine = ParsedInput<'orders:addLine'>['line'];

const statements = preparedFor((db: WriteDb) => ({
  // The highest all-digit number, compared as a number however long: longer (without leading zeros) is larger.
  highestNumeric: db.prepare<[], { number: string }>(
    `SELECT number FROM "order" WHERE number GLOB '[0-9]*' AND number NOT GLOB '*[^0-9]*'
     ORDER BY length(ltrim(number, '0')) DESC, ltrim(number, '0') DESC LIMIT 1`,
  ),
  nextLineNo: db.prepare<[number], { n: number }>('SELECT coalesce(max(line_no), 0) + 1 AS n FROM order_line WHERE order_id = +?'),
  lineCount: db.prepare<[number], { n: number }>('SELECT count(*) AS n FROM order_line WHERE order_id = +?'),
  // A status change clears the line's alert: it was about filling the line from stock as it was.
  updateLine: db.prepare<{ id: number; qty: number; status: string }>(
    'UPDATE order_line SET qty = @qty, alert = CASE WHEN line_status = @status THEN alert END, line_status = @status WHERE id = @id',
  ),
  deleteLine: db.prepare<[number]>('DELETE FROM order_line WHERE id = ?'),
  updateOrder: db.prepare<{ id: number; customer: string; date: string; priority: string; policy: string; now: string }>(
    `UPDATE "order" SET customer = @customer, order_date = @date, priority = @priority, policy = @policy, updated_at = @now WHERE id = @id`,
  ),
  touch: db.prepare<{ id: number; now: string }>('UPDATE "order" SET updated_at = @now WHERE id = @id'),
}));

/** The next number after the highest numeric order number, from 1001; BigInt, since numbers may have 32 digits. */
function nextOrderNumber(db: WriteDb): string {
  const highest = BigInt(statements(db).highestNumeric.get()?.number ?? '0');
  return String((highest > 1000n ? highest : 1000n) + 1n);
}

/** Where a request's line is: `lines.0` of a new order (`line 1`), or the one `line` of an added line. */
interface RequestLine {
  field: (name: 'sku' | 'qty') => string;
  words: string;
}

/**
 * Adds lines to an order, expanding a kit into one line per component (kit qty x component qty).
 * An expanded quantity over the cap, or an order over its line count, is refused before anything
 * is written. Returns the lines inserted, for the order's history.
 */
function insertLines(db: WriteDb, orderId: number, lines: NewLine[], at: (index: number) => RequestLine): { lineNo: number; sku: string; qty: number }[] {
  const s = statements(db);
  const firstLineNo = s.nextLineNo.get(orderId)!.n;
  const planned: { item: number; sku: string; qty: number; status: string; kit: number | null }[] = [];
  lines.forEach((line, index) => {
    const where = at(index);
    const item = requireActiveItem(db, line.sku, where.field('sku'));
    const components = kitComponents(db, item.id);
    if (components.length === 0) {
      planned.push({ item: item.id, sku: item.sku, qty: line.qty, status: line.status, kit: null });
    }
    for (const component of components) {
      if (!component.active) throw refused(`${component.sku}, a component of kit ${item.sku}, is inactive`, where.field('sku'));
      const qty = line.qty * component.qty;
      if (qty > MAX_LINE_QTY) {
        throw invalidAs(
          where.field('qty'),
          `${where.words}: ${grouped(line.qty)} × ${item.sku} needs ${grouped(qty)} of ${component.sku}, more than the ${grouped(MAX_LINE_QTY)} a line may hold`,
        );
      }
      planned.push({ item: component.id, sku: component.sku, qty, status: line.status, kit: item.id });
    }
  });
  const total = s.lineCount.get(orderId)!.n + planned.length;
  if (total > MAX_ORDER_LINES) {
    throw invalidAs(
      lines.length === 1 ? at(0).field('sku') : 'lines',
      `these lines would give the order ${grouped(total)} lines (each kit component is a line), more than the ${grouped(MAX_ORDER_LINES)} an order may have`,
    );
  }
  return planned.map((p, i) => {
    insertOrderLine(db, { order: orderId, lineNo: firstLineNo + i, item: p.item, qty: p.qty, status: p.status, kit: p.kit });
    return { lineNo: firstLineNo + i, sku: p.sku, qty: p.qty };
  });
}

const linesWord = (n: number) => `${n} ${n === 1 ? 'line' : 'lines'}`;

/** Units of a line already on a pick or backorder, picked or cancelled: what a change of it must respect. */
const placedQty = (line: LineBuckets): number => line.qty - unplacedQty(line);

export function createOrder(ctx: EngineCtx, input: ParsedInput<'orders:create'>): OrderRow {
  const number = input.number ?? nextOrderNumber(ctx.db);
  if (findOrder(ctx.db, number)) throw conflict(`order ${number} already exists`, 'number');
  const orderId = insertOrder(
    ctx.db,
    { number, customer: input.customer, date: input.orderDate, priority: input.priority, policy: input.policy, status: input.status },
    ctx.now(),
  );
  const lines = insertLines(ctx.db, orderId, input.lines, (index) => ({ field: (name) => `lines.${index}.${name}`, words: `line ${index + 1}` }));
  note(ctx, orderId, 'created', null, `Order created as ${input.status} for ${input.customer}, ${linesWord(lines.length)}`);
  return requireOrder(ctx.db, number);
}

/** Header fields can change while the order is Draft or Open (priority moves it in the queue). */
export function updateOrder(ctx: EngineCtx, input: ParsedInput<'orders:update'>): OrderRow {
  const order = requireLiveOrder(ctx.db, input.order);
  const next = {
    customer: input.customer ?? order.customer,
    date: input.orderDate ?? order.order_date,
    priority: input.priority ?? order.priority,
    policy: input.policy ?? order.policy,
  };
  statements(ctx.db).updateOrder.run({ id: order.id, ...next, now: ctx.now() });
  const changed = (
    [
      ['customer', order.customer, next.customer],
      ['order date', order.order_date, next.date],
      ['priority', order.priority, next.priority],
      ['policy', order.policy, next.policy],
    ] as const
  ).filter(([, before, after]) => before !== after);
  if (changed.length > 0) note(ctx, order.id, 'updated', null, `Changed ${changed.map(([field, before, after]) => `${field} ${before} → ${after}`).join(', ')}`);
  return requireOrder(ctx.db, order.number);
}

/** The order, refused unless it is Draft: only then does its bill of material change. */
function requireDraft(ctx: EngineCtx, number: string): OrderRow {
  const order = requireOrder(ctx.db, number);
  if (order.status !== 'Draft') throw refused(`order ${order.number} is ${order.status}: its bill of material can only change while Draft`, 'order');
  return order;
}

export function addLine(ctx: EngineCtx, { order: number, line }: ParsedInput<'orders:addLine'>): OrderRow {
  const order = requireDraft(ctx, number);
  const added = insertLines(ctx.db, order.id, [line], () => ({ field: (name) => `line.${name}`, words: 'the line' }));
  statements(ctx.db).touch.run({ id: order.id, now: ctx.now() });
  const nos = added.length === 1 ? `Line ${added[0]!.lineNo}` : `Lines ${added[0]!.lineNo}-${added.at(-1)!.lineNo}`;
  note(ctx, order.id, 'updated', null, `${nos} added: ${qtyList(added)}`);
  return order;
}

export function removeLine(ctx: EngineCtx, { order: number, lineNo }: ParsedInput<'orders:removeLine'>): OrderRow {
  const order = requireDraft(ctx, number);
  const line = requireLine(ctx.db, order, lineNo);
  if (placedQty(line) > 0) {
    throw refused(`line ${lineNo} of order ${order.number} is already on a pick or backorder: cancel its remainder instead`, 'lineNo');
  }
  statements(ctx.db).deleteLine.run(line.id);
  statements(ctx.db).touch.run({ id: order.id, now: ctx.now() });
  note(ctx, order.id, 'updated', null, `Line ${lineNo} removed: ${line.qty} × ${itemById(ctx.db, line.item_id).sku}`);
  return order;
}

/**
 * Changes a line's quantity (Draft only) or its status column. On an order that has been through
 * fulfillment, a line can change status only while nothing of it is on a document; marking it
 * `Warehouse Pick` then runs fulfillment for the order (the caller does that).
 */
export function updateLine(ctx: EngineCtx, input: ParsedInput<'orders:updateLine'>): { order: OrderRow; runFulfillment: boolean } {
  const order = requireLiveOrder(ctx.db, input.order);
  const line = requireLine(ctx.db, order, input.lineNo);
  const placed = placedQty(line);
  if (input.qty !== undefined && input.qty !== line.qty && order.status !== 'Draft') {
    throw refused(`order ${order.number} is ${order.status}: quantities can only change while Draft (cancel a remainder instead)`, 'qty');
  }
  if (input.qty !== undefined && input.qty < placed) {
    throw refused(`line ${input.lineNo} already has ${placed} on picks, backorders or cancelled`, 'qty');
  }
  const status = input.status ?? line.line_status;
  if (status !== line.line_status && line.allocated + line.backordered > 0) {
    throw refused(`line ${input.lineNo} is on a pick or backorder: cancel its remainder before changing its status`, 'status');
  }
  statements(ctx.db).updateLine.run({ id: line.id, qty: input.qty ?? line.qty, status });
  statements(ctx.db).touch.run({ id: order.id, now: ctx.now() });
  const changes = [
    ...(input.qty !== undefined && input.qty !== line.qty ? [`qty ${line.qty} → ${input.qty}`] : []),
    ...(status !== line.line_status ? [`status ${line.line_status} → ${status}`] : []),
  ];
  if (changes.length > 0) note(ctx, order.id, 'updated', null, `Line ${input.lineNo} (${itemById(ctx.db, line.item_id).sku}): ${changes.join(', ')}`);
  const runFulfillment = order.fulfilled === 1 && status === 'Warehouse Pick' && line.line_status !== 'Warehouse Pick';
  return { order, runFulfillment };
}
