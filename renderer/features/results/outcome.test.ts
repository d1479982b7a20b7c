import { describe, expect, it } from 'vitest';
import type { OrderFulfillment } from '../../../shared/domain/fulfillment';
import { allocatedText, outcomeOf } from './outcome';

const order = (extra: Partial<OrderFulfillment>): OrderFulfillment => ({ order: '1040', allocated: [], picks: [], backorder: null, alerts: [], ...extra });
const refusal = { level: 'error', reason: 'not_backorderable', order: '1040', message: 'SKU-9 is not backorderable: 3 short' } as const;

describe('an order’s outcome of a run', () => {
  it('is full, partial or none by what was allocated, and neutral when there was nothing to do', () => {
    const some = [{ sku: 'TR-GR', qty: 6 }];
    expect(outcomeOf(order({ allocated: some }))).toEqual({ tone: 'full', label: 'Allocated' });
    expect(outcomeOf(order({ allocated: some, backorder: '1040.002' }))).toEqual({ tone: 'partial', label: 'Part backordered' });
    expect(outcomeOf(order({ allocated: some, alerts: [refusal] }))).toEqual({ tone: 'partial', label: 'Part allocated' });
    expect(outcomeOf(order({ backorder: '1040.002' }))).toEqual({ tone: 'none', label: 'Nothing allocated' });
    expect(outcomeOf(order({ alerts: [refusal] }))).toEqual({ tone: 'none', label: 'Nothing allocated' });
    expect(outcomeOf(order({}))).toEqual({ tone: 'neutral', label: 'Nothing to allocate' });
  });

  it('writes what was allocated per sku', () => {
    expect(allocatedText(order({ allocated: [{ sku: 'TR-GR', qty: 6 }, { sku: 'BOLT-8', qty: 50 }] }))).toBe('TR-GR 6 · BOLT-8 50');
    expect(allocatedText(order({}))).toBeUndefined();
  });
});
