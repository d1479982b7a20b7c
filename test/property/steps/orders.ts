// Steps on orders: entering them, editing their lines and header, cancelling lines and orders.
import type { LineAccounting } from '../../../shared/domain/orders';
import { DATES, ORDER_POOL, type OperationOf } from '../operations';
import { show, sum } from '../util';
import { checkRun } from './fulfillment';
import type { Step, Steps } from './step';

const createOrder: Step<OperationOf<'orders:create'>> = (run, op) => {
  const { model } = run;
  const lines = op.lines.map((l) => run.refs.orderLine(l));
  const input = {
    ...(op.number === null ? {} : { number: ORDER_POOL[op.number] }),
    customer: 'Acme',
    orderDate: DATES[op.date],
    priority: op.priority,
    policy: op.policy,
    status: op.status,
    lines,
  };
  const out = run.act('orders:create', input);
  if (!out.ok) {
    run.check(
      (input.number !== undefined && model.orders.includes(input.number)) ||
        lines.some((l) => l.qty <= 0 || !model.item(l.sku)?.active || model.hasInactiveComponent(l.sku)),
      () => `orders:create refused a valid order: ${out.error.message}`,
    );
    return;
  }
  const order = out.value;
  run.check(!model.orders.includes(order.number), () => `orders:create made a second order ${order.number}`);
  if (input.number === undefined) {
    // The next number after the highest numeric order number (from 1001).
    const highest = model.orders.filter((n) => /^\d+$/.test(n)).reduce((m, n) => (BigInt(n) > m ? BigInt(n) : m), 1000n);
    run.check(order.number === String(highest + 1n), () => `an order entered without a number got ${order.number}, not ${highest + 1n}`);
  } else run.check(order.number === input.number, () => `order ${input.number} was stored as ${order.number}`);
  model.orders.push(order.number);
  const expected = lines.flatMap((l) => model.expand(l.sku, l.qty, l.status));
  model.lines.set(order.number, new Map(expected.map((l, i) => [i + 1, l])));
  run.check(order.status === op.status && order.attachments.length === 0, () => `orders:create: status ${order.status}, ${order.attachments.length} documents`);
  run.check(
    order.billOfMaterial.every((l) => l.accounting.unallocated === l.accounting.ordered),
    () => 'saving an order allocated something',
  );
};

const addLine: Step<OperationOf<'orders:addLine'>> = (run, op) => {
  const { model } = run;
  const number = run.refs.order(op.order);
  const line = run.refs.orderLine(op.line);
  const out = run.act('orders:addLine', { order: number, line });
  const before = run.obs.orders.get(number);
  const valid = before?.status === 'Draft' && line.qty > 0 && model.item(line.sku)?.active === true && !model.hasInactiveComponent(line.sku);
  run.check(out.ok === valid, () => `orders:addLine to ${number} (${before?.status}): ${out.ok ? 'accepted' : `refused (${out.error.message})`}`);
  if (!out.ok) return;
  const lines = model.lines.get(number)!;
  let lineNo = Math.max(0, ...lines.keys()) + 1;
  for (const l of model.expand(line.sku, line.qty, line.status)) lines.set(lineNo++, l);
};

const updateLine: Step<OperationOf<'orders:updateLine'>> = (run, op) => {
  const number = run.refs.order(op.order);
  const input = { order: number, lineNo: op.lineNo, ...(op.qty === null ? {} : { qty: op.qty }), ...(op.status === null ? {} : { status: op.status }) };
  const out = run.act('orders:updateLine', input);
  const before = run.obs.orders.get(number);
  const old = before?.billOfMaterial.find((l) => l.lineNo === op.lineNo);
  if (!out.ok) return;
  run.check(before !== undefined && old !== undefined && (before.status === 'Draft' || before.status === 'Open'), () => 'orders:updateLine accepted a closed order or an unknown line');
  const a = old!.accounting;
  const placed = a.completed + a.allocated + a.backordered + a.cancelled;
  const qty = op.qty ?? old!.accounting.ordered;
  const status = op.status ?? old!.status;
  run.check(qty === a.ordered || before!.status === 'Draft', () => `orders:updateLine changed the quantity of a line of a ${before!.status} order`);
  run.check(qty >= placed, () => `orders:updateLine set qty ${qty} below the ${placed} already placed`);
  run.check(status === old!.status || a.allocated + a.backordered === 0, () => 'orders:updateLine changed the status of a line on a pick or backorder');
  run.model.lines.get(number)!.set(op.lineNo, { sku: old!.sku, qty, status });
  const shouldRun = before!.fulfilled && status === 'Warehouse Pick' && old!.status !== 'Warehouse Pick';
  const fulfillment = out.value.fulfillment;
  run.check((fulfillment !== null) === shouldRun, () => `orders:updateLine ${shouldRun ? 'did not run' : 'ran'} fulfillment`);
  if (fulfillment) return (prev, next) => checkRun(run, [number], prev, next, fulfillment);
};

const removeLine: Step<OperationOf<'orders:removeLine'>> = (run, op) => {
  const number = run.refs.order(op.order);
  const out = run.act('orders:removeLine', { order: number, lineNo: op.lineNo });
  if (!out.ok) return;
  const before = run.obs.orders.get(number);
  const old = before?.billOfMaterial.find((l) => l.lineNo === op.lineNo);
  run.check(before?.status === 'Draft' && old !== undefined, () => 'orders:removeLine accepted a line of an order not in Draft, or an unknown line');
  const a = old!.accounting;
  run.check(a.completed + a.allocated + a.backordered + a.cancelled === 0, () => 'orders:removeLine removed a line with quantities placed');
  run.model.lines.get(number)!.delete(op.lineNo);
};

const updateOrder: Step<OperationOf<'orders:update'>> = (run, op) => {
  const number = run.refs.order(op.order);
  const input = {
    order: number,
    ...(op.priority === null ? {} : { priority: op.priority }),
    ...(op.policy === null ? {} : { policy: op.policy }),
    ...(op.date === null ? {} : { orderDate: DATES[op.date] }),
  };
  const out = run.act('orders:update', input);
  const before = run.obs.orders.get(number);
  const valid = before !== undefined && (before.status === 'Draft' || before.status === 'Open');
  run.check(out.ok === valid, () => `orders:update ${number} (${before?.status}): ${out.ok ? 'accepted' : 'refused'}`);
};

const cancelLine: Step<OperationOf<'orders:cancelLine'>> = (run, op) => {
  const number = run.refs.order(op.order);
  const out = run.act('orders:cancelLine', { order: number, lineNo: op.lineNo });
  const before = run.obs.orders.get(number);
  const old = before?.billOfMaterial.find((l) => l.lineNo === op.lineNo);
  const open = (a: LineAccounting) => a.allocated + a.backordered + a.unallocated;
  const valid = (before?.status === 'Draft' || before?.status === 'Open') && old !== undefined && open(old.accounting) > 0;
  run.check(out.ok === valid, () => `orders:cancelLine ${number}/${op.lineNo}: ${out.ok ? 'accepted' : `refused (${out.error.message})`}`);
  if (!out.ok) return;
  const qty = sum(out.value.cancelled, (c) => c.qty);
  run.check(qty === open(old!.accounting), () => `orders:cancelLine cancelled ${qty} of ${open(old!.accounting)} open`);
  return (_prev, next) => {
    const a = next.orders.get(number)!.billOfMaterial.find((l) => l.lineNo === op.lineNo)!.accounting;
    run.check(
      open(a) === 0 && a.completed === old!.accounting.completed && a.cancelled === old!.accounting.cancelled + qty,
      () => `line after orders:cancelLine: ${show(a)}, before ${show(old!.accounting)}`,
    );
  };
};

const cancelOrder: Step<OperationOf<'orders:cancel'>> = (run, op) => {
  const number = run.refs.order(op.order);
  const out = run.act('orders:cancel', { order: number });
  const before = run.obs.orders.get(number);
  const valid = before?.status === 'Draft' || before?.status === 'Open';
  run.check(out.ok === valid, () => `orders:cancel of a ${before?.status} order: ${out.ok ? 'accepted' : 'refused'}`);
  if (!out.ok) return;
  return (_prev, next) => {
    const after = next.orders.get(number)!;
    // The rule a cancelled last backorder follows (issue 9): Completed when a Warehouse Pick line had something picked.
    const picked = after.billOfMaterial.some((l) => l.status === 'Warehouse Pick' && l.accounting.completed > 0);
    const ends = picked ? 'Completed' : 'Cancelled';
    run.check(after.status === ends, () => `order ${number} after orders:cancel is ${after.status}, expected ${ends}`);
    for (const line of after.billOfMaterial) {
      const a = line.accounting;
      const old = before!.billOfMaterial.find((l) => l.lineNo === line.lineNo)!.accounting;
      run.check(a.allocated + a.backordered + a.unallocated === 0 && a.completed === old.completed, () => `line ${line.lineNo} after orders:cancel: ${show(a)}`);
    }
  };
};

export const orderSteps = {
  'orders:create': createOrder,
  'orders:addLine': addLine,
  'orders:updateLine': updateLine,
  'orders:removeLine': removeLine,
  'orders:update': updateOrder,
  'orders:cancelLine': cancelLine,
  'orders:cancel': cancelOrder,
} satisfies Partial<Steps>;
