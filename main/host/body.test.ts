import { describe, expect, it } from 'vitest';
import { contract, type Channel } from '../../shared/contract';
import { decodePath, MAX_BODY_BYTES } from './body';

// The widest text each schema accepts: '€' takes 3 bytes in UTF-8 but counts as one character, the
// most bytes per counted character there is (a 4-byte character counts as two).
const widest = (characters: number) => '€'.repeat(characters);
const many = <T>(count: number, make: () => T): T[] => Array.from({ length: count }, make);

/** The largest request of each channel that takes a list: every list at its cap, every text at its longest. */
const largest: Partial<Record<Channel, unknown>> = {
  'inventory:receive': { reference: widest(64), lines: many(10_000, () => ({ sku: widest(64), bin: widest(32), qty: 1_000_000_000 })) },
  'fulfillment:run': { orders: many(50_000, () => widest(32)) },
  'backorders:release': { backorders: many(50_000, () => `${widest(32)}.999`) },
  'orders:create': {
    number: widest(32),
    customer: widest(120),
    orderDate: '2026-11-24',
    lines: many(2_000, () => ({ sku: widest(64), qty: 1_000_000_000, status: 'Warehouse Pick' })),
  },
  'items:setKit': { kit: widest(64), components: many(200, () => ({ sku: widest(64), qty: 1_000_000_000 })) },
};

describe('the request body limit', () => {
  it('is at most 16 MB', () => {
    expect(MAX_BODY_BYTES).toBeLessThanOrEqual(16 * 1024 * 1024);
  });

  it.each(Object.entries(largest))('holds the largest valid %s request', (channel, input) => {
    const parsed = contract[channel as Channel].input.safeParse(input);
    expect(parsed.error?.issues[0], 'the request is no longer valid: update it to the schema’s caps').toBeUndefined();
    expect(Buffer.byteLength(JSON.stringify(input))).toBeLessThanOrEqual(MAX_BODY_BYTES);
  });
});

describe('decoding an address path', () => {
  it('decodes %-escapes, and says undefined to a malformed one or one that is not UTF-8', () => {
    expect(decodePath('/api/items%3Alist')).toBe('/api/items:list');
    expect(decodePath('/%C3%A9crou')).toBe('/écrou');
    expect(decodePath('/%E0%A4%A')).toBeUndefined();
    expect(decodePath('/%ZZ')).toBeUndefined();
    expect(decodePath('/%FF')).toBeUndefined();
  });
});
