import { describe, expect, it } from 'vitest';
import { ALERTS_SHOWN, firstPage, lineCoverage, RESULTS_PAGE, RESULTS_PAGE_DETAILS, summarise, type Alert, type FulfillmentResults, type OrderFulfillment } from './fulfillment';

const warning = (order: string, sku: string, qty: number, backorder: string): Alert => ({
  level: 'warning',
  reason: 'backordered',
  order,
  sku,
  qty,
  backorder,
  message: `${qty} × ${sku} backordered on ${backorder}`,
});
const refusal = (order: string, sku: string): Alert => ({ level: 'error', reason: 'only_frozen', order, sku, qty: 3, message: `${sku} has only frozen stock to cover it` });

/**
 * A run of `n` orders as the engine reports it: every order has a line of BOLT-8 allocated in full;
 * every third also a TR-GR line part backordered; every tenth a SKU-9 line refused; every hundredth is closed.
 */
function runOf(n: number): FulfillmentResults {
  const orders: OrderFulfillment[] = [];
  for (let i = 0; i < n; i++) {
    const number = String(10_000 + i);
    if (i % 100 === 99) {
      orders.push({ order: number, allocated: [], picks: [], backorder: null, alerts: [{ level: 'info', reason: 'order_closed', order: number, message: `Order ${number} is completed: nothing to fulfil` }] });
      continue;
    }
    const outcome: OrderFulfillment = { order: number, allocated: [{ sku: 'BOLT-8', qty: 10 }], picks: [`${number}.001`], backorder: null, alerts: [] };
    if (i % 3 === 0) {
      outcome.allocated.push({ sku: 'TR-GR', qty: 6 });
      outcome.backorder = `${number}.002`;
      outcome.alerts.push(warning(number, 'TR-GR', 4, `${number}.002`));
    }
    if (i % 10 === 0) outcome.alerts.push(refusal(number, 'SKU-9'));
    orders.push(outcome);
  }
  const alerts = orders.flatMap((o) => o.alerts);
  const allocated = orders.flatMap((o) => o.allocated);
  const live = orders.filter((o) => o.alerts.every((a) => a.reason !== 'order_closed'));
  return {
    orders,
    alerts,
    totals: {
      orders: live.length,
      linesAllocated: allocated.length,
      unitsAllocated: allocated.reduce((sum, a) => sum + a.qty, 0),
      unitsBackordered: alerts.filter((a) => a.reason === 'backordered').reduce((sum, a) => sum + a.qty!, 0),
      backorders: orders.filter((o) => o.backorder).length,
    },
  };
}

describe('a run summarised for its answer', () => {
  it('gives the first page of a 1,000-order run in detail and totals over all of it', () => {
    const results = runOf(1_000);
    const summary = summarise(results);
    expect(summary.orders).toHaveLength(RESULTS_PAGE);
    expect(summary.orders).toEqual(results.orders.slice(0, RESULTS_PAGE));
    expect(summary.ordersReported).toBe(1_000);
    // 10 closed orders; of the 990 live ones, 330 have a TR-GR line part backordered and 100 a SKU-9 line refused.
    expect(summary.totals).toEqual({
      orders: 990,
      linesAllocated: 990 + 330,
      unitsAllocated: 990 * 10 + 330 * 6,
      unitsBackordered: 330 * 4,
      backorders: 330,
      linesFull: 990,
      linesPartial: 330,
      linesNone: 100,
      picks: 990,
      alerts: 330 + 100 + 10,
    });
  });

  it('counts every alert by level and kind, and shows the first ones in full, errors first', () => {
    const summary = summarise(runOf(1_000));
    expect(summary.alertCounts).toEqual({
      byLevel: { error: 100, warning: 330, info: 10 },
      byReason: { only_frozen: 100, backordered: 330, order_closed: 10 },
    });
    expect(summary.alerts).toHaveLength(ALERTS_SHOWN);
    // All 100 errors come first, in run order; then warnings fill the rest.
    expect(summary.alerts.slice(0, 100).every((a) => a.level === 'error')).toBe(true);
    expect(summary.alerts[0]!.order).toBe('10000');
    expect(summary.alerts[99]!.order).toBe('10990');
    expect(summary.alerts.slice(100).every((a) => a.level === 'warning')).toBe(true);
  });

  it('answers a small run whole', () => {
    const results = runOf(12);
    const summary = summarise(results);
    expect(summary.orders).toEqual(results.orders);
    expect(summary.alerts).toHaveLength(results.alerts.length);
  });

  it('holds fewer orders on a page when they have many lines, but always one', () => {
    const many = (order: string): OrderFulfillment => ({
      order,
      allocated: Array.from({ length: 2_000 }, (_, i) => ({ sku: `SKU-${i}`, qty: 1 })),
      picks: [`${order}.001`],
      backorder: null,
      alerts: [],
    });
    const orders = ['1', '2', '3', '4'].map(many);
    const details = (o: OrderFulfillment) => o.allocated.length + o.alerts.length + o.picks.length;
    expect(firstPage(orders, RESULTS_PAGE, details).map((o) => o.order)).toEqual(['1', '2']);
    expect(firstPage(orders, RESULTS_PAGE, details, 10).map((o) => o.order)).toEqual(['1']);
    expect(RESULTS_PAGE_DETAILS).toBeGreaterThanOrEqual(2 * 2_001);
  });
});

describe('how an order’s lines came out', () => {
  it('is full, partial or none per line, pairing an allocation and a shortfall of one sku', () => {
    const order: OrderFulfillment = {
      order: '1040',
      allocated: [
        { sku: 'BOLT-8', qty: 50 },
        { sku: 'TR-GR', qty: 6 },
      ],
      picks: ['1040.001'],
      backorder: '1040.002',
      alerts: [warning('1040', 'TR-GR', 4, '1040.002'), warning('1040', 'NUT-4', 9, '1040.002'), refusal('1040', 'SKU-9')],
    };
    expect(lineCoverage(order)).toEqual({ full: 1, partial: 1, none: 2 });
  });
});
