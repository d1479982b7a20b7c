import type { Alert, FulfillmentResults, OrderFulfillment } from '../../../shared/domain/fulfillment';
import type { OrderStatus, ShippingPolicy } from '../../../shared/domain/orders';
import type { WriteDb } from '../../store/handles';
import { preparedFor } from '../../store/prepared';
import { openPickOf, type DocRow } from '../../store/repos/docs';
import { itemById } from '../../store/repos/items';
import { unplacedLines, type UnplacedLine } from '../../store/repos/lines';
import { closedOrder, isLiveOrder } from '../../store/repos/orders';
import { PRECEDENCE_SQL } from '../../store/sql';
import type { EngineCtx } from '../context';
import { addToDocLine, allocateTakes, createDoc, moveLineQty } from '../parts/documents';
import { FreeStock, sumTakes, type Take } from '../parts/free-stock';
import { note, sumQty } from '../parts/history';
import { applyWholeOrder, planWholeOrder, type WholeOrderPlan } from '../parts/whole-order';

interface RunOrder {
  id: number;
  number: string;
  policy: ShippingPolicy;
  status: OrderStatus;
}

const statements = preparedFor((db: WriteDb) => ({
  allOpen: db.prepare<[], RunOrder>(`SELECT o.id, o.number, o.policy, o.status FROM "order" o WHERE o.status = 'Open' ORDER BY ${PRECEDENCE_SQL}`),
  selected: db.prepare<[string], RunOrder>(
    `SELECT o.id, o.number, o.policy, o.status FROM "order" o WHERE o.id IN (SELECT value FROM json_each(?)) ORDER BY ${PRECEDENCE_SQL}`,
  ),
  openOrder: db.prepare<{ id: number; now: string }>(
    `UPDATE "order" SET status = CASE status WHEN 'Draft' THEN 'Open' ELSE status END, fulfilled = 1, updated_at = @now WHERE id = @id`,
  ),
  setAlert: db.prepare<{ id: number; alert: string | null }>('UPDATE order_line SET alert = @alert WHERE id = @id'),
}));

type Decision = { line: UnplacedLine; takes: Take[]; backorder: number; error?: Alert };

/**
 * Run Fulfillment over the given orders (or every open order): in precedence order, each Warehouse
 * Pick line's unplaced quantity is allocated from free stock across bins in pick sequence into the
 * order's open pick; the shortfall goes to one new backorder per order (items that allow it, policy
 * `partial`) or stays unallocated with an error alert. Stock is read once, and planned in memory.
 */
export function runFulfillment(ctx: EngineCtx, selection: { orderIds: number[] } | { all: true }): FulfillmentResults {
  const s = statements(ctx.db);
  const orders = 'all' in selection ? s.allOpen.all() : s.selected.all(JSON.stringify(selection.orderIds));
  const results: FulfillmentResults = {
    orders: [],
    alerts: [],
    totals: { orders: 0, linesAllocated: 0, unitsAllocated: 0, unitsBackordered: 0, backorders: 0 },
  };
  const runnable = orders.filter((o) => isLiveOrder(o.status));
  const linesByOrder = new Map<number, UnplacedLine[]>();
  for (const line of unplacedLines(ctx.db, runnable.map((o) => o.id))) {
    const list = linesByOrder.get(line.order_id);
    if (list) list.push(line);
    else linesByOrder.set(line.order_id, [line]);
  }
  const free = new FreeStock(ctx.db, [...linesByOrder.values()].flat().map((l) => l.item_id));
  const now = ctx.now();

  for (const order of orders) {
    const outcome: OrderFulfillment = { order: order.number, allocated: [], picks: [], backorder: null, alerts: [] };
    results.orders.push(outcome);
    const closed = closedOrder(order);
    if (closed) {
      outcome.alerts.push({ level: 'info', reason: 'order_closed', order: order.number, message: `${closed}: nothing to fulfil` });
      continue;
    }
    const lines = linesByOrder.get(order.id) ?? [];
    const whole = order.policy === 'complete' ? planWholeOrder(ctx, order.id, free) : undefined;
    if (whole?.ok) shipWhole(ctx, order, lines, whole.plan, outcome, results);
    else apply(ctx, order, decide(order, lines, free, outcome.alerts), outcome, results);
    s.openOrder.run({ id: order.id, now });
    // The history notes a run that had something to place or opened a Draft; a run over every open
    // order does not write a line on each order it merely looked at.
    if (lines.length > 0 || order.status === 'Draft') note(ctx, order.id, 'run', null, runText(outcome, order.status === 'Draft'));
  }
  results.totals.orders = runnable.length;
  results.alerts = results.orders.flatMap((o) => o.alerts);
  return results;
}

/** `Run Fulfillment: 6 allocated, 4 backordered`, from what the run did for one order. */
function runText(outcome: OrderFulfillment, opened: boolean): string {
  const units = (alerts: Alert[]) => sumQty(alerts.map((a) => ({ qty: a.qty ?? 0 })));
  const backordered = units(outcome.alerts.filter((a) => a.reason === 'backordered'));
  const unallocated = units(outcome.alerts.filter((a) => a.level === 'error'));
  const parts = [`${sumQty(outcome.allocated)} allocated`];
  if (backordered > 0) parts.push(`${backordered} backordered`);
  if (unallocated > 0) parts.push(`${unallocated} unallocated`);
  return `Run Fulfillment: ${parts.join(', ')}${opened ? '; order now Open' : ''}`;
}

/** Plans one order against free stock (consuming it), following the item rules and the shipping policy. */
function decide(order: RunOrder, lines: UnplacedLine[], free: FreeStock, alerts: Alert[]): Decision[] {
  const unplaceable = (line: UnplacedLine): Alert | undefined => {
    if (!line.active) return error(order, line, 'inactive_item', `${line.sku} is inactive: nothing allocated`);
    return undefined;
  };
  // Why a line of an item that does not allow backorder stays unallocated.
  const shortfallError = (line: UnplacedLine, available: number): Alert => {
    const frozen = free.frozen(line.item_id);
    if (available >= line.need) {
      return error(order, line, 'not_backorderable', `${line.sku} is not backorderable and ${order.number} ships complete, but not every line can go: nothing allocated`);
    }
    if (frozen > 0 && available + frozen >= line.need) {
      return error(order, line, 'only_frozen', `${line.sku} has only frozen stock to cover it (${line.need} needed, ${available} free, ${frozen} frozen): nothing allocated`);
    }
    return error(order, line, 'not_backorderable', `${line.sku} is not backorderable (${line.need} needed, ${available} free): nothing allocated`);
  };

  // An order that ships complete and could go in full was shipped whole (shipWhole): here it cannot.
  if (order.policy === 'complete') {
    if (lines.length > 0) {
      alerts.push({
        level: 'info',
        reason: 'complete_policy',
        order: order.number,
        message: `${order.number} ships complete and not every line can go: nothing allocated`,
      });
    }
    return lines.map((line) => {
      const blocked = unplaceable(line);
      if (blocked) return { line, takes: [], backorder: 0, error: blocked };
      if (line.allow_backorder) return { line, takes: [], backorder: line.need };
      return { line, takes: [], backorder: 0, error: shortfallError(line, free.free(line.item_id)) };
    });
  }

  return lines.map((line) => {
    const blocked = unplaceable(line);
    if (blocked) return { line, takes: [], backorder: 0, error: blocked };
    if (line.allow_backorder) {
      const takes = free.take(line.item_id, line.need);
      return { line, takes, backorder: line.need - sumTakes(takes) };
    }
    const available = free.free(line.item_id);
    if (available >= line.need) return { line, takes: free.take(line.item_id, line.need), backorder: 0 };
    return { line, takes: [], backorder: 0, error: shortfallError(line, available) };
  });
}

function error(order: RunOrder, line: UnplacedLine, reason: Alert['reason'], message: string): Alert {
  return { level: 'error', reason, order: order.number, sku: line.sku, qty: line.need, message };
}

/** A complete-policy order whose every outstanding unit can go: its backorders become picks, its unplaced lines are allocated. */
function shipWhole(ctx: EngineCtx, order: RunOrder, lines: UnplacedLine[], plan: WholeOrderPlan, outcome: OrderFulfillment, results: FulfillmentResults): void {
  const s = statements(ctx.db);
  const picks = applyWholeOrder(ctx, order.id, plan);
  const allocated = [
    ...plan.backorders.flatMap(({ lines: planned }) => planned.map(({ line, takes }) => ({ itemId: line.item_id, qty: sumTakes(takes) }))),
    ...plan.unplaced.map(({ itemId, takes }) => ({ itemId, qty: sumTakes(takes) })),
  ];
  for (const { itemId, qty } of allocated) {
    outcome.allocated.push({ sku: itemById(ctx.db, itemId).sku, qty });
    results.totals.linesAllocated += 1;
    results.totals.unitsAllocated += qty;
  }
  for (const line of lines) if (line.alert !== null) s.setAlert.run({ id: line.id, alert: null });
  outcome.picks.push(...picks.map((p) => p.number));
}

/** Writes one order's decisions: allocations into its open pick, shortfalls onto one new backorder. */
function apply(ctx: EngineCtx, order: RunOrder, decisions: Decision[], outcome: OrderFulfillment, results: FulfillmentResults): void {
  const s = statements(ctx.db);
  let pick: DocRow | undefined;
  let backorder: DocRow | undefined;
  for (const { line, takes, backorder: short, error: alert } of decisions) {
    const qty = sumTakes(takes);
    if (qty > 0) {
      pick ??= openPickOf(ctx.db, order.id) ?? createDoc(ctx, order.id, 'Open');
      const docLineId = addToDocLine(ctx.db, pick.id, line.id, line.item_id, qty);
      allocateTakes(ctx.db, docLineId, line.item_id, takes);
      moveLineQty(ctx.db, line.id, { allocated: qty });
      outcome.allocated.push({ sku: line.sku, qty });
      results.totals.linesAllocated += 1;
      results.totals.unitsAllocated += qty;
    }
    if (short > 0) {
      backorder ??= createDoc(ctx, order.id, 'Back Order');
      addToDocLine(ctx.db, backorder.id, line.id, line.item_id, short);
      moveLineQty(ctx.db, line.id, { backordered: short });
      results.totals.unitsBackordered += short;
      outcome.alerts.push({
        level: 'warning',
        reason: 'backordered',
        order: order.number,
        sku: line.sku,
        qty: short,
        backorder: backorder.number,
        message: `${short} × ${line.sku} backordered on ${backorder.number}`,
      });
    }
    if (alert) outcome.alerts.push(alert);
    const message = alert ? alert.message : null;
    if (message !== line.alert) s.setAlert.run({ id: line.id, alert: message });
  }
  if (pick) outcome.picks.push(pick.number);
  if (backorder) {
    outcome.backorder = backorder.number;
    results.totals.backorders += 1;
  }
}
