import type { Alert, FulfillmentResults, OrderFulfillment } from '../../../shared/domain/fulfillment';
import type { OrderStatus, ShippingPolicy } from '../../../shared/domain/orders';
import type { WriteDb } from '../../store/handles';
import { preparedFor } from '../../store/prepared';
import { itemById } from '../../store/repos/items';
import { unplacedLines, type UnplacedLine } from '../../store/repos/lines';
import { closedOrder, isLiveOrder } from '../../store/repos/orders';
import { NEXT_DOC_SEQ_SQL, PRECEDENCE_SQL } from '../../store/sql';
import type { EngineCtx } from '../context';
import { FreeStock, sumTakes, type Take } from '../parts/free-stock';
import { sumQty } from '../parts/history';
import { RunWriter, type OrderWriter, type RunDoc } from '../parts/run-writer';
import { applyWholeOrder, planWholeOrder, type WholeOrderPlan } from '../parts/whole-order';

interface RunOrder {
  id: number;
  number: string;
  policy: ShippingPolicy;
  status: OrderStatus;
  next_seq: number;
}

const statements = preparedFor((db: WriteDb) => ({
  // The run's orders in precedence order, as ids: their rows are read a slice at a time, as the run reaches them.
  allOpen: db.prepare<[], number>(`SELECT o.id FROM "order" o WHERE o.status = 'Open' ORDER BY ${PRECEDENCE_SQL}`).pluck(),
  selected: db.prepare<[string], number>(`SELECT o.id FROM "order" o WHERE o.id IN (SELECT value FROM json_each(?)) ORDER BY ${PRECEDENCE_SQL}`).pluck(),
  orders: db.prepare<[string], RunOrder>(
    `SELECT o.id, o.number, o.policy, o.status, ${NEXT_DOC_SEQ_SQL} AS next_seq FROM "order" o WHERE o.id IN (SELECT value FROM json_each(?)) ORDER BY ${PRECEDENCE_SQL}`,
  ),
  setAlert: db.prepare<{ id: number; alert: string | null }>('UPDATE order_line SET alert = @alert WHERE id = @id'),
  items: db.prepare<[string], ItemFacts & { id: number }>('SELECT id, sku, allow_backorder, active FROM item WHERE id IN (SELECT value FROM json_each(?))'),
}));

/** What the run needs to know of an item, read once per item rather than on every line. */
interface ItemFacts {
  sku: string;
  allow_backorder: number;
  active: number;
}

type Decision = { line: UnplacedLine; sku: string; takes: Take[]; backorder: number; error?: Alert };

/** How many orders a run reads at a time, in run order: a run over every order holds a slice of them, not all. */
const ORDERS_PER_READ = 1_000;

type RunTotals = FulfillmentResults['totals'];

/** Where a run hands each order's outcome as soon as the order is done, in run order. */
export type OrderSink = (outcome: OrderFulfillment) => void;

/**
 * Run Fulfillment over the given orders (or every open order): in precedence order, each Warehouse
 * Pick line's unplaced quantity is allocated from free stock across bins in pick sequence into the
 * order's open pick; the shortfall goes to one new backorder per order (items that allow it, policy
 * `partial`) or stays unallocated with an error alert. Stock is read once, and planned in memory.
 * Returns every order's outcome; `fulfillment:run` streams them instead (`streamFulfillment`).
 */
export function runFulfillment(ctx: EngineCtx, selection: { orderIds: number[] } | { all: true }): FulfillmentResults {
  const orders: OrderFulfillment[] = [];
  const totals = streamFulfillment(ctx, selection, (outcome) => orders.push(outcome));
  return { orders, alerts: orders.flatMap((o) => o.alerts), totals };
}

/**
 * The run of `runFulfillment`, handing each order's outcome to `onOrder` when the order is done and
 * keeping none of them: at 500,000 lines the outcomes alone were over 100 MB. The orders, their
 * lines and open picks are read ORDERS_PER_READ orders at a time, as the run reaches them: an order's
 * row, lines and documents change only in its own turn, and an item's stock is read before the run
 * first takes from it, so reading them later reads the same rows.
 */
export function streamFulfillment(
  ctx: EngineCtx,
  selection: { orderIds: number[] } | { all: true },
  onOrder: OrderSink,
  ordersPerRead = ORDERS_PER_READ,
): RunTotals {
  const s = statements(ctx.db);
  const orderIds = 'all' in selection ? s.allOpen.all() : s.selected.all(JSON.stringify(selection.orderIds));
  const totals: RunTotals = { orders: 0, linesAllocated: 0, unitsAllocated: 0, unitsBackordered: 0, backorders: 0 };
  const items = new Map<number, ItemFacts>();
  const free = new FreeStock(ctx.db, []);
  const writer = new RunWriter(ctx);
  const now = ctx.now();

  for (let from = 0; from < orderIds.length; from += ordersPerRead) {
    const slice = s.orders.all(JSON.stringify(orderIds.slice(from, from + ordersPerRead)));
    const linesByOrder = readLines(ctx, slice.filter((o) => isLiveOrder(o.status)), items, free, writer);
    slice.forEach((order, i) => {
      if (isLiveOrder(order.status)) totals.orders += 1;
      onOrder(fulfilOrder(ctx, order, linesByOrder.get(order.id) ?? [], { items, free, writer, totals, now }));
      ctx.progress?.('orders', from + i + 1, orderIds.length);
    });
  }
  writer.finish();
  return totals;
}

/** The unplaced lines of `orders` by order, with what the run has yet to read of their items and documents. */
function readLines(ctx: EngineCtx, orders: RunOrder[], items: Map<number, ItemFacts>, free: FreeStock, writer: RunWriter): Map<number, UnplacedLine[]> {
  const linesByOrder = new Map<number, UnplacedLine[]>();
  const newItems = new Set<number>();
  for (const line of unplacedLines(ctx.db, orders.map((o) => o.id))) {
    const list = linesByOrder.get(line.order_id);
    if (list) list.push(line);
    else linesByOrder.set(line.order_id, [line]);
    if (!items.has(line.item_id)) newItems.add(line.item_id);
  }
  for (const item of statements(ctx.db).items.all(JSON.stringify([...newItems]))) items.set(item.id, item);
  free.ensure(newItems);
  writer.readOpenPicks([...linesByOrder.keys()]);
  return linesByOrder;
}

interface RunState {
  items: Map<number, ItemFacts>;
  free: FreeStock;
  writer: RunWriter;
  totals: RunTotals;
  now: string;
}

/** One order's turn in the run: what it did for the order. */
function fulfilOrder(ctx: EngineCtx, order: RunOrder, lines: UnplacedLine[], { items, free, writer, totals, now }: RunState): OrderFulfillment {
  const outcome: OrderFulfillment = { order: order.number, allocated: [], picks: [], backorder: null, alerts: [] };
  const closed = closedOrder(order);
  if (closed) {
    outcome.alerts.push({ level: 'info', reason: 'order_closed', order: order.number, message: `${closed}: nothing to fulfil` });
    return outcome;
  }
  const whole = order.policy === 'complete' ? planWholeOrder(ctx, order.id, free) : undefined;
  const orderWriter = writer.forOrder(order);
  if (whole?.ok) {
    writer.settle(); // releasing the order whole writes row by row
    shipWhole(ctx, order, lines, whole.plan, outcome, totals);
  } else apply(orderWriter, order, decide(order, lines, items, free, outcome.alerts), outcome, totals);
  free.forgetTrials(); // nothing of this order is given back after its turn
  orderWriter.finish(now);
  // The history notes a run that had something to place or opened a Draft; a run over every open
  // order does not write a line on each order it merely looked at.
  if (lines.length > 0 || order.status === 'Draft') orderWriter.note('run', null, runText(outcome, order.status === 'Draft'));
  return outcome;
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
function decide(order: RunOrder, lines: UnplacedLine[], items: Map<number, ItemFacts>, free: FreeStock, alerts: Alert[]): Decision[] {
  // Why a line of an item that does not allow backorder stays unallocated.
  const shortfallError = (line: UnplacedLine, sku: string, available: number): Alert => {
    const frozen = free.frozen(line.item_id);
    if (available >= line.need) {
      return error(order, sku, line, 'not_backorderable', `${sku} is not backorderable and ${order.number} ships complete, but not every line can go: nothing allocated`);
    }
    if (frozen > 0 && available + frozen >= line.need) {
      return error(order, sku, line, 'only_frozen', `${sku} has only frozen stock to cover it (${line.need} needed, ${available} free, ${frozen} frozen): nothing allocated`);
    }
    return error(order, sku, line, 'not_backorderable', `${sku} is not backorderable (${line.need} needed, ${available} free): nothing allocated`);
  };
  const inactive = (line: UnplacedLine, sku: string): Decision => ({
    line,
    sku,
    takes: [],
    backorder: 0,
    error: error(order, sku, line, 'inactive_item', `${sku} is inactive: nothing allocated`),
  });

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
      const { sku, active, allow_backorder } = items.get(line.item_id)!;
      if (!active) return inactive(line, sku);
      if (allow_backorder) return { line, sku, takes: [], backorder: line.need };
      return { line, sku, takes: [], backorder: 0, error: shortfallError(line, sku, free.free(line.item_id)) };
    });
  }

  return lines.map((line) => {
    const { sku, active, allow_backorder } = items.get(line.item_id)!;
    if (!active) return inactive(line, sku);
    if (allow_backorder) {
      const takes = free.take(line.item_id, line.need);
      return { line, sku, takes, backorder: line.need - sumTakes(takes) };
    }
    const available = free.free(line.item_id);
    if (available >= line.need) return { line, sku, takes: free.take(line.item_id, line.need), backorder: 0 };
    return { line, sku, takes: [], backorder: 0, error: shortfallError(line, sku, available) };
  });
}

function error(order: RunOrder, sku: string, line: UnplacedLine, reason: Alert['reason'], message: string): Alert {
  return { level: 'error', reason, order: order.number, sku, qty: line.need, message };
}

/** A complete-policy order whose every outstanding unit can go: its backorders become picks, its unplaced lines are allocated. */
function shipWhole(ctx: EngineCtx, order: RunOrder, lines: UnplacedLine[], plan: WholeOrderPlan, outcome: OrderFulfillment, totals: RunTotals): void {
  const s = statements(ctx.db);
  const picks = applyWholeOrder(ctx, order.id, plan);
  const allocated = [
    ...plan.backorders.flatMap(({ lines: planned }) => planned.map(({ line, takes }) => ({ itemId: line.item_id, qty: sumTakes(takes) }))),
    ...plan.unplaced.map(({ itemId, takes }) => ({ itemId, qty: sumTakes(takes) })),
  ];
  for (const { itemId, qty } of allocated) {
    outcome.allocated.push({ sku: itemById(ctx.db, itemId).sku, qty });
    totals.linesAllocated += 1;
    totals.unitsAllocated += qty;
  }
  for (const line of lines) if (line.alert !== null) s.setAlert.run({ id: line.id, alert: null });
  outcome.picks.push(...picks.map((p) => p.number));
}

/** Writes one order's decisions: allocations into its open pick, shortfalls onto one new backorder. */
function apply(writer: OrderWriter, order: RunOrder, decisions: Decision[], outcome: OrderFulfillment, totals: RunTotals): void {
  let pick: RunDoc | undefined;
  let backorder: RunDoc | undefined;
  for (const { line, sku, takes, backorder: short, error: alert } of decisions) {
    const qty = sumTakes(takes);
    if (qty > 0) {
      pick = writer.allocate(line.id, line.item_id, takes, qty);
      outcome.allocated.push({ sku, qty });
      totals.linesAllocated += 1;
      totals.unitsAllocated += qty;
    }
    if (short > 0) {
      backorder = writer.backorderLine(line.id, line.item_id, short);
      totals.unitsBackordered += short;
      outcome.alerts.push({
        level: 'warning',
        reason: 'backordered',
        order: order.number,
        sku,
        qty: short,
        backorder: backorder.number,
        message: `${short} × ${sku} backordered on ${backorder.number}`,
      });
    }
    if (alert) outcome.alerts.push(alert);
    writer.placeLine(line.id, line.item_id, qty, short, alert ? alert.message : null, line.alert);
  }
  if (pick) outcome.picks.push(pick.number);
  if (backorder) {
    outcome.backorder = backorder.number;
    totals.backorders += 1;
  }
}
