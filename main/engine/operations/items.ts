import type { ParsedInput } from '../../../shared/contract';
import { skuKey, type Item } from '../../../shared/domain/items';
import { conflict } from '../../../shared/errors';
import type { ReadDb } from '../../store/handles';
import { findItem, insertItemRow, requireItemById, toItem, updateItemRow, type ItemValues } from '../../store/repos/items';
import type { EngineCtx } from '../context';

/** A sku is unique ignoring case: another item holding it is refused, naming it. */
function refuseDuplicateSku(db: ReadDb, sku: string, exceptId?: number): void {
  const clash = findItem(db, sku);
  if (clash && clash.id !== exceptId) {
    throw conflict(`sku ${sku} is already used by ${clash.sku}${clash.active ? '' : ' (inactive)'}`, 'sku');
  }
}

const valuesOf = (item: Omit<Item, 'id' | 'createdAt' | 'updatedAt'>, now: string): ItemValues => ({
  sku: item.sku,
  sku_key: skuKey(item.sku),
  description: item.description,
  unit: item.unit,
  allow_backorder: item.allowBackorder ? 1 : 0,
  active: item.active ? 1 : 0,
  now,
});

export function createItem(ctx: EngineCtx, input: ParsedInput<'items:create'>): Item {
  refuseDuplicateSku(ctx.db, input.sku);
  return toItem(requireItemById(ctx.db, insertItemRow(ctx.db, valuesOf(input, ctx.now()))));
}

/** Changes the fields given; a field left out keeps its value. */
export function updateItem(ctx: EngineCtx, { id, ...patch }: ParsedInput<'items:update'>): Item {
  const current = toItem(requireItemById(ctx.db, id));
  const next = { ...current, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
  if (next.sku !== current.sku) refuseDuplicateSku(ctx.db, next.sku, id);
  updateItemRow(ctx.db, id, valuesOf(next, ctx.now()));
  return toItem(requireItemById(ctx.db, id));
}
