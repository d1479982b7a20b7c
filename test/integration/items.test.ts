import { beforeEach, describe, expect, it } from 'vitest';
import { createHarness, snapshot, type Harness } from '../helpers/harness';

let h: Harness;
beforeEach(() => {
  h = createHarness();
});

describe('creating items', () => {
  it('stores a trimmed sku with the defaults a clerk expects', () => {
    const item = h.call('items:create', { sku: '  TR-GR ', description: ' Trailer grease ' });
    expect(item).toMatchObject({ sku: 'TR-GR', description: 'Trailer grease', unit: 'ea', allowBackorder: true, active: true });
    expect(h.call('items:get', { id: item.id })).toEqual(item);
  });

  it('refuses a sku that differs only in case, naming the field and the item it clashes with', () => {
    h.call('items:create', { sku: 'TR-GR' });
    const before = snapshot(h.db);
    expect(h.refusal('items:create', { sku: 'tr-gr' })).toMatchObject({
      code: 'conflict',
      field: 'sku',
      message: 'sku tr-gr is already used by TR-GR',
    });
    expect(snapshot(h.db)).toEqual(before);
  });

  it('compares skus case-insensitively beyond ASCII', () => {
    h.call('items:create', { sku: 'ÉCROU-8' });
    expect(h.refusal('items:create', { sku: 'écrou-8' })).toMatchObject({ code: 'conflict', field: 'sku' });
  });

  it.each([
    [{ sku: '' }, 'sku', 'sku must not be empty'],
    [{ sku: '    ' }, 'sku', 'sku must not be empty'],
    [{ sku: 'A'.repeat(65) }, 'sku', 'sku must be at most 64 characters'],
    [{ sku: 'TR GR' }, 'sku', 'sku must not contain spaces or control characters'],
    [{}, 'sku', 'sku is required'],
    [{ sku: 42 }, 'sku', 'sku must be text'],
    [{ sku: 'OK-1', unit: '' }, 'unit', 'unit must not be empty'],
    [{ sku: 'OK-1', unit: '12' }, 'unit', 'unit must start with a letter and use only letters, digits, . / or -'],
    [{ sku: 'OK-1', unit: 'kilograms-net' }, 'unit', 'unit must be at most 12 characters'],
    [{ sku: 'OK-1', description: 'x'.repeat(201) }, 'description', 'description must be at most 200 characters'],
    [{ sku: 'OK-1', allowBackorder: 'yes' }, 'allowBackorder', 'allowBackorder must be yes or no'],
    [{ sku: 'OK-1', colour: 'red' }, 'colour', 'colour is not a known field'],
  ])('refuses %j with a message naming %s, and stores nothing', (input, field, message) => {
    const error = h.refusal('items:create', input);
    expect(error).toMatchObject({ code: 'invalid', field, message });
    expect(h.call('items:list', {}).total).toBe(0);
  });

  it('accepts a sku of exactly 64 characters and lower-cases the unit', () => {
    const item = h.call('items:create', { sku: 'A'.repeat(64), unit: 'BOX' });
    expect(item.sku).toHaveLength(64);
    expect(item.unit).toBe('box');
  });

  it('lists every field problem at once so the form can mark each', () => {
    const error = h.refusal('items:create', { sku: '', unit: '9' });
    expect(error.issues).toEqual([
      { field: 'sku', message: 'sku must not be empty' },
      { field: 'unit', message: 'unit must start with a letter and use only letters, digits, . / or -' },
    ]);
  });
});

describe('editing items', () => {
  it('changes only the fields given and keeps the rest', () => {
    const item = h.call('items:create', { sku: 'BRK-1', description: 'Brake pad', unit: 'pk/2' });
    h.setNow('2026-11-25T10:00:00.000Z');
    const edited = h.call('items:update', { id: item.id, allowBackorder: false, description: 'Brake pad set' });
    expect(edited).toMatchObject({ sku: 'BRK-1', unit: 'pk/2', description: 'Brake pad set', allowBackorder: false });
    expect(edited.updatedAt).toBe('2026-11-25T10:00:00.000Z');
    expect(edited.createdAt).toBe(item.createdAt);
  });

  it('lets an item change the case of its own sku but not take another item’s', () => {
    const a = h.call('items:create', { sku: 'abc-1' });
    h.call('items:create', { sku: 'XYZ-9' });
    expect(h.call('items:update', { id: a.id, sku: 'ABC-1' }).sku).toBe('ABC-1');
    const before = snapshot(h.db);
    expect(h.refusal('items:update', { id: a.id, sku: 'xyz-9', description: 'changed' })).toMatchObject({ code: 'conflict', field: 'sku' });
    expect(snapshot(h.db)).toEqual(before);
  });

  it('refuses an unknown item and a bad id', () => {
    expect(h.refusal('items:update', { id: 999, description: 'x' })).toMatchObject({ code: 'not_found', field: 'id', message: 'Item 999 was not found' });
    expect(h.refusal('items:update', { id: -1 })).toMatchObject({ code: 'invalid', field: 'id', message: 'id must be a record id' });
  });
});

describe('listing and searching items', () => {
  beforeEach(() => {
    h.call('items:create', { sku: 'TR-GR', description: 'Trailer grease' });
    h.call('items:create', { sku: 'BRK-PAD', description: 'Brake pad, front' });
    h.call('items:create', { sku: 'HX-50%', description: 'Hex key, 50% off' });
    h.call('items:create', { sku: 'OLD-1', description: 'Discontinued grease gun', active: false });
  });

  it('lists active items in sku order, with the total', () => {
    const page = h.call('items:list', {});
    expect(page.rows.map((i) => i.sku)).toEqual(['BRK-PAD', 'HX-50%', 'TR-GR']);
    expect(page.total).toBe(3);
  });

  it('finds by part of the sku or description, ignoring case, and shows inactive items only when asked', () => {
    expect(h.call('items:list', { query: 'GREASE' }).rows.map((i) => i.sku)).toEqual(['TR-GR']);
    expect(h.call('items:list', { query: 'grease', includeInactive: true }).rows.map((i) => i.sku)).toEqual(['OLD-1', 'TR-GR']);
    expect(h.call('items:list', { query: 'pad' }).rows.map((i) => i.sku)).toEqual(['BRK-PAD']);
  });

  it('treats % and _ typed in the search box as text', () => {
    expect(h.call('items:list', { query: '50%' }).rows.map((i) => i.sku)).toEqual(['HX-50%']);
    expect(h.call('items:list', { query: '_' }).rows).toEqual([]);
  });

  it('pages through the list', () => {
    const page = h.call('items:list', { offset: 1, limit: 1 });
    expect(page).toMatchObject({ total: 3, offset: 1 });
    expect(page.rows.map((i) => i.sku)).toEqual(['HX-50%']);
  });
});
