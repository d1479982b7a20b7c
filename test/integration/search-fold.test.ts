import { beforeEach, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../helpers/harness';
import { bins, items, order, receive, run } from '../helpers/scenario';

// Search ignores case for every script, as sku uniqueness does: a clerk typing `écrou` finds
// `ÉCROU-8`, `société` finds `Société Générale`, in every list with a search box.

let h: Harness;

beforeEach(() => {
  h = createHarness();
  items(
    h,
    { sku: 'ÉCROU-8', description: 'Écrou hexagonal M8' },
    { sku: 'ΣΦ-2', description: 'Σφήνα χάλυβα' },
    { sku: 'ЖК-7', description: 'Жёлтая крышка' },
    { sku: 'STRASSE-1', description: 'Strassenschild' },
    { sku: 'BRG-1', description: 'Wheel bearing' },
  );
  bins(h, 'A-01');
  receive(h, 'ÉCROU-8', 'A-01', 2);
  receive(h, 'BRG-1', 'A-01', 5);
  order(h, '2001', [['ÉCROU-8', 5], ['BRG-1', 1]], { customer: 'Société Générale' });
  order(h, '2002', [['ΣΦ-2', 1]], { customer: 'Αθηνά Ξενοδοχεία' });
  order(h, '2003', [['ЖК-7', 1]], { customer: 'Москва Трейд' });
  run(h, '2001');
});

const itemSkus = (query: string) => h.call('items:list', { query }).rows.map((i) => i.sku);
const orderNumbers = (query: string) => h.call('orders:list', { query }).rows.map((o) => o.number);

describe('search folds case for every script', () => {
  it('finds items by sku or description whatever the case: écrou, σφ, жк, and straße as STRASSE', () => {
    expect(itemSkus('écrou')).toEqual(['ÉCROU-8']);
    expect(itemSkus('HEXAGONAL m8')).toEqual(['ÉCROU-8']);
    expect(itemSkus('σφ-2')).toEqual(['ΣΦ-2']);
    expect(itemSkus('σφήνα')).toEqual(['ΣΦ-2']);
    expect(itemSkus('жк-7')).toEqual(['ЖК-7']);
    expect(itemSkus('ЖЁЛТАЯ')).toEqual(['ЖК-7']);
    expect(itemSkus('straße')).toEqual(['STRASSE-1']);
    // A search is text, not a pattern: % and _ match only themselves.
    expect(itemSkus('%')).toEqual([]);
  });

  it('finds orders by customer, number or a sku on them, whatever the case', () => {
    expect(orderNumbers('société')).toEqual(['2001']);
    expect(orderNumbers('SOCIÉTÉ GÉNÉRALE')).toEqual(['2001']);
    expect(orderNumbers('écrou-8')).toEqual(['2001']);
    expect(orderNumbers('αθηνά')).toEqual(['2002']);
    expect(orderNumbers('москва')).toEqual(['2003']);
    // A field ends where the next begins: the number and the customer are not one text.
    expect(orderNumbers('2001 Société')).toEqual([]);
    // A search is text: quotes and words a search engine would read as operators match only themselves.
    order(h, '2004', [['BRG-1', 1]], { customer: 'Ateliers "Le Clou" OR Fils' });
    expect(orderNumbers('"le clou" or')).toEqual(['2004']);
    expect(orderNumbers('clou AND')).toEqual([]);
  });

  it('keeps an order found by its new customer once it is changed', () => {
    h.call('orders:update', { order: '2003', customer: 'Élan Vital' });
    expect(orderNumbers('élan')).toEqual(['2003']);
    expect(orderNumbers('москва')).toEqual([]);
  });

  it('finds an item by its new sku once it is renamed', () => {
    const id = h.call('items:list', { query: 'wheel' }).rows[0]!.id;
    h.call('items:update', { id, sku: 'ÖL-3', description: 'Ölkanne' });
    expect(itemSkus('öl-3')).toEqual(['ÖL-3']);
    expect(itemSkus('ÖLKANNE')).toEqual(['ÖL-3']);
    expect(itemSkus('wheel')).toEqual([]);
  });

  it('finds backorders and picks by customer or sku, whatever the case', () => {
    expect(h.call('backorders:list', { filter: 'all', query: 'société' }).rows.map((r) => r.number)).toEqual(['2001.002']);
    expect(h.call('backorders:list', { filter: 'all', query: 'écrou' }).rows.map((r) => r.number)).toEqual(['2001.002']);
    expect(h.call('picks:list', { query: 'écrou' }).rows.map((r) => r.number)).toEqual(['2001.001']);
    expect(h.call('picks:list', { query: 'générale' }).rows.map((r) => r.number)).toEqual(['2001.001']);
  });

  it('finds inventory rows by sku or description, whatever the case', () => {
    expect(h.call('inventory:list', { filter: 'all', query: 'écrou' }).rows.map((r) => r.sku)).toEqual(['ÉCROU-8']);
    expect(h.call('inventory:list', { filter: 'low', query: 'écrou' }).rows.map((r) => r.sku)).toEqual(['ÉCROU-8']);
    expect(h.call('inventory:list', { filter: 'all', query: 'σφήνα' }).rows.map((r) => r.sku)).toEqual(['ΣΦ-2']);
  });
});
