// The demo shop (`demo:load`, `npm start -- --demo`, the Orders list's offer): built through the
// engine's own operations into an empty database only, with something true on every screen.
import { describe, expect, it } from 'vitest';
import { createHarness, snapshot } from '../helpers/harness';

describe('the demo shop', () => {
  it('loads into an empty database, verifies, and gives every screen something to show', () => {
    const h = createHarness();
    expect(h.call('demo:status', {})).toEqual({ empty: true });
    const { summary } = h.call('demo:load', {});
    expect(summary).toMatch(/^Loaded the demo shop: 16 items in 6 bins, 8 orders, \d+ backorders waiting$/);
    expect(h.call('demo:status', {})).toEqual({ empty: false });
    expect(h.call('inventory:verify', {})).toMatchObject({ ok: true, problems: [] });

    const orders = h.call('orders:list', {}).rows;
    expect(new Set(orders.map((o) => o.status))).toEqual(new Set(['Completed', 'Open', 'Draft']));
    expect(h.call('picks:list', {}).total).toBeGreaterThan(0);
    expect(h.call('backorders:list', {}).total).toBeGreaterThan(0);
    // A count found stock that a backorder waits for: fillable by hand, since a count releases nothing.
    expect(h.call('backorders:list', { filter: 'fulfillable' }).rows.map((b) => b.skus)).toEqual([['LAMP-R']]);
    expect(h.call('inventory:list', { filter: 'frozen' }).rows.map((r) => r.sku).sort()).toEqual(['FLT-OIL', 'PAD-R']);
    expect(h.call('inventory:list', { filter: 'low' }).total).toBeGreaterThan(0);
    expect(h.call('items:getKit', { kit: 'KIT-LAMP' }).components.map((c) => c.sku)).toEqual(['LAMP-L', 'LAMP-R', 'BOLT-8']);
    // A receipt due: a vendor order line, waiting for the vendor.
    expect(h.call('orders:get', { order: '1006' }).billOfMaterial.find((l) => l.status === 'Vendor Order')).toMatchObject({ sku: 'JACK-1' });
    // The ledger and the history are the engine's: a receipt, holds, a pick issued, a count.
    expect(h.call('inventory:ledger', { sku: 'TR-GR' }).rows.map((e) => e.kind)).toEqual(['pick issue', 'receipt']);
    expect(h.call('orders:history', { order: '1001' }).events.map((e) => e.kind)).toContain('completed');
  });

  it('refuses a database that is not empty, saying what it holds, and changes nothing', () => {
    const h = createHarness();
    h.call('items:create', { sku: 'MINE-1' });
    const before = snapshot(h.db);
    expect(h.call('demo:status', {})).toEqual({ empty: false });
    const refusal = h.refusal('demo:load', {});
    expect(refusal.code).toBe('refused');
    expect(refusal.message).toMatch(/^The demo shop loads only into an empty database, and :memory: already holds 1 item, 0 bins, 0 orders: nothing was loaded\./);
    expect(snapshot(h.db)).toEqual(before);
  });
});
