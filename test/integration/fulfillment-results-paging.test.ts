import { beforeAll, describe, expect, it } from 'vitest';
import { RESULTS_PAGE, type FulfillmentSummary, type OrderFulfillment } from '../../shared/domain/fulfillment';
import { RUNS_KEPT } from '../../main/store/repos/fulfillment-runs';
import { createHarness, type Harness } from '../helpers/harness';
import { items, order, refusedUnchanged, run, stock } from '../helpers/scenario';

// A run over many orders answers in summary and pages the rest from the stored run.
const ORDERS = 600;
/** The answer of a 600-order run stays under this; the whole report would be many times it. */
const ANSWER_LIMIT = 128 * 1024;

/** Every order of a stored run, read page by page as the Fulfillment Results screen does. */
function pageAll(h: Harness, runId: number): { orders: OrderFulfillment[]; pages: number } {
  const orders: OrderFulfillment[] = [];
  let pages = 0;
  for (;;) {
    const page = h.call('fulfillment:results', { run: runId, offset: orders.length, limit: RESULTS_PAGE });
    expect(page.offset).toBe(orders.length);
    pages++;
    orders.push(...page.rows);
    if (page.rows.length === 0 || orders.length >= page.total) return { orders, pages };
  }
}

describe('Fulfillment Results of a run over many orders', () => {
  let h: Harness;
  let numbers: string[];
  let answer: FulfillmentSummary;

  beforeAll(() => {
    h = createHarness();
    items(h, 'BOLT-8', 'TR-GR', { sku: 'SKU-9', allowBackorder: false });
    stock(h, 'BOLT-8', 'A-01', 5_000);
    // TR-GR covers the first 200 orders in full, then runs out: the rest go to backorders.
    stock(h, 'TR-GR', 'A-02', 600);
    stock(h, 'SKU-9', 'A-03', 1);
    numbers = [];
    for (let i = 0; i < ORDERS; i++) {
      const lines: [string, number][] = [
        ['BOLT-8', 2],
        ['TR-GR', 3],
      ];
      // Every fifth order also wants 3 of an item that cannot be backordered and is nearly out.
      if (i % 5 === 0) lines.push(['SKU-9', 3]);
      numbers.push(order(h, String(20_000 + i), lines));
    }
    answer = run(h, ...numbers);
  });

  it('answers with totals over every order, the first page in detail, and a bounded size', () => {
    expect(JSON.stringify(answer).length).toBeLessThan(ANSWER_LIMIT);
    expect(answer.ordersReported).toBe(ORDERS);
    expect(answer.orders.map((o) => o.order)).toEqual(numbers.slice(0, RESULTS_PAGE));
    expect(answer.totals).toMatchObject({
      orders: ORDERS,
      linesFull: ORDERS + 200,
      linesPartial: 0,
      linesNone: ORDERS - 200 + ORDERS / 5,
      unitsAllocated: ORDERS * 2 + 600,
      unitsBackordered: (ORDERS - 200) * 3,
      picks: ORDERS,
      backorders: ORDERS - 200,
      alerts: ORDERS - 200 + ORDERS / 5,
    });
    // Every alert is counted; the first ones are there in full, errors first.
    expect(answer.alertCounts).toEqual({ byLevel: { error: 120, warning: 400, info: 0 }, byReason: { not_backorderable: 120, backordered: 400 } });
    expect(answer.alerts).toHaveLength(200);
    expect(answer.alerts.slice(0, 120).every((a) => a.level === 'error' && a.sku === 'SKU-9')).toBe(true);
  });

  it('pages every order of the run exactly once, in run order, from the stored run', () => {
    const { orders, pages } = pageAll(h, answer.run);
    expect(pages).toBe(ORDERS / RESULTS_PAGE);
    expect(orders.map((o) => o.order)).toEqual(numbers);
    expect(orders.slice(0, RESULTS_PAGE)).toEqual(answer.orders);
    // The detail is what the run did: order 20300 had its TR-GR backordered on its new backorder.
    expect(orders[300]).toEqual({
      order: '20300',
      allocated: [{ sku: 'BOLT-8', qty: 2 }],
      picks: ['20300.001'],
      backorder: '20300.002',
      alerts: [
        { level: 'warning', reason: 'backordered', order: '20300', sku: 'TR-GR', qty: 3, backorder: '20300.002', message: '3 × TR-GR backordered on 20300.002' },
        expect.objectContaining({ level: 'error', reason: 'not_backorderable', order: '20300', sku: 'SKU-9' }),
      ],
    });
    // The whole report is many times the answer: that is what the answer no longer carries.
    expect(JSON.stringify(orders).length).toBeGreaterThan(2 * JSON.stringify(answer).length);
  });

  it('still pages an earlier run after later ones, and a page past the end is empty with the right total', () => {
    const before = pageAll(h, answer.run).orders;
    run(h, numbers[0]!);
    expect(pageAll(h, answer.run).orders).toEqual(before);
    expect(h.call('fulfillment:results', { run: answer.run, offset: 10_000 })).toMatchObject({ rows: [], total: ORDERS, offset: 10_000 });
  });
});

describe('stored runs', () => {
  it('keeps the last runs only, and refuses a page of a forgotten or unknown run, naming the run', () => {
    const h = createHarness();
    items(h, 'BOLT-8');
    stock(h, 'BOLT-8', 'A-01', 100);
    const number = order(h, '1040', [['BOLT-8', 1]]);
    const runs = Array.from({ length: RUNS_KEPT + 1 }, () => run(h, number).run);
    expect(h.call('fulfillment:results', { run: runs.at(-1)! }).rows.map((o) => o.order)).toEqual(['1040']);
    expect(h.call('fulfillment:results', { run: runs[1]! }).total).toBe(1);
    for (const gone of [runs[0]!, 9_999]) {
      expect(refusedUnchanged(h, 'fulfillment:results', { run: gone })).toMatchObject({
        code: 'not_found',
        field: 'run',
        message: `Run ${gone} was not found: only the last ${RUNS_KEPT} runs are kept, so run fulfillment again`,
      });
    }
    expect(refusedUnchanged(h, 'fulfillment:results', { run: 0 })).toMatchObject({ code: 'invalid', field: 'run' });
    expect(refusedUnchanged(h, 'fulfillment:results', { run: runs[1]!, limit: RESULTS_PAGE + 1 })).toMatchObject({ code: 'invalid', field: 'limit' });
  });

  it('stores nothing for a refused run', () => {
    const h = createHarness();
    items(h, 'BOLT-8');
    const number = order(h, '1040', [['BOLT-8', 1]]);
    expect(refusedUnchanged(h, 'fulfillment:run', { orders: [number, '9999'] })).toMatchObject({ code: 'not_found', field: 'orders.1' });
    expect(h.db.prepare('SELECT count(*) FROM fulfillment_run').pluck().get()).toBe(0);
  });
});
