import type { Channel, Input, Output } from '../../shared/contract';
import type { ContractError } from '../../shared/result';
import { expect, test } from './fixtures';

type Answer<T> = { ok: true; value: T; error?: undefined } | { ok: false; value?: undefined; error: ContractError };

// The engine's channels reach browser mode the same way the UI's do: POST /api/<channel>.
test('a clerk’s day over the HTTP contract: enter, run, receive with auto-release, pick', async ({ app, request }) => {
  const url = new URL(app.url);
  const token = url.searchParams.get('token')!;
  const call = async <C extends Channel>(channel: C, input: Input<C>): Promise<Answer<Output<C>>> => {
    const response = await request.post(`${url.origin}/api/${channel}`, { headers: { authorization: `Bearer ${token}` }, data: input });
    expect(response.status(), channel).toBe(200);
    return (await response.json()) as Answer<Output<C>>;
  };

  await call('items:create', { sku: 'TR-GR', description: 'Trailer grease' });
  await call('bins:create', { code: 'A-01-02-1' });
  await call('inventory:receive', { reference: 'PO-1', lines: [{ sku: 'TR-GR', bin: 'A-01-02-1', qty: 3 }] });
  await call('orders:create', { number: '1040', customer: 'Harbour Freight Co', orderDate: '2026-11-20', lines: [{ sku: 'TR-GR', qty: 5 }] });

  const run = await call('fulfillment:run', { orders: ['1040'] });
  expect(run.value?.orders[0]).toMatchObject({ picks: ['1040.001'], backorder: '1040.002' });
  expect(run.value?.alerts[0]?.message).toBe('2 × TR-GR backordered on 1040.002');

  const refused = await call('inventory:receive', { lines: [{ sku: 'TR-GR', qty: 0 }] });
  expect(refused).toEqual({
    ok: false,
    error: { code: 'invalid', message: 'line 1: qty must be a whole number above 0', field: 'lines.0.qty', issues: [{ field: 'lines.0.qty', message: 'line 1: qty must be a whole number above 0' }] },
  });

  const receipt = await call('inventory:receive', { reference: 'PO-2', lines: [{ sku: 'TR-GR', qty: 2 }] });
  expect(receipt.value?.released).toEqual([{ backorder: '1040.002', order: '1040', outcome: 'released', pick: '1040.002' }]);

  for (const pick of ['1040.001', '1040.002']) expect((await call('picks:complete', { pick })).ok).toBe(true);
  const order = await call('orders:get', { order: '1040' });
  expect(order.value).toMatchObject({ status: 'Completed', billOfMaterial: [{ accounting: { ordered: 5, completed: 5 } }] });
  expect((await call('inventory:verify', {})).value).toMatchObject({ ok: true, problems: [] });
});
