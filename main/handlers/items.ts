import { skuKey } from '../../shared/domain/items';
import { conflict, notFound } from '../../shared/errors';
import { getKit, setKit } from '../engine/kits';
import { write } from '../engine/transaction';
import { containsPattern, itemStatements, toItem, type ItemRow } from '../store/repos/items';
import type { HandlerContext, HandlerGroup } from './types';

function requireItem(ctx: HandlerContext, id: number): ItemRow {
  const row = itemStatements(ctx.db).byId.get(id);
  if (!row) throw notFound(`Item ${id}`, 'id');
  return row;
}

function refuseDuplicateSku(ctx: HandlerContext, sku: string, exceptId?: number): void {
  const clash = itemStatements(ctx.db).byKey.get(skuKey(sku));
  if (clash && clash.id !== exceptId) {
    throw conflict(`sku ${sku} is already used by ${clash.sku}${clash.active ? '' : ' (inactive)'}`, 'sku');
  }
}

export const itemHandlers: HandlerGroup = {
  domain: 'items',
  handlers: {
    'items:list': ({ query, includeInactive, offset, limit }, ctx) => {
      const s = itemStatements(ctx.db);
      const filter = { pattern: containsPattern(query), includeInactive: includeInactive ? 1 : 0 };
      const rows = s.search.all({ ...filter, limit, offset }).map(toItem);
      return { rows, total: s.count.get(filter)?.n ?? 0, offset };
    },

    'items:get': ({ id }, ctx) => toItem(requireItem(ctx, id)),

    'items:create': (input, ctx) =>
      write(ctx.db, () => {
        refuseDuplicateSku(ctx, input.sku);
        const s = itemStatements(ctx.db);
        const { lastInsertRowid } = s.insert.run({
          sku: input.sku,
          sku_key: skuKey(input.sku),
          description: input.description,
          unit: input.unit,
          allow_backorder: input.allowBackorder ? 1 : 0,
          active: input.active ? 1 : 0,
          now: ctx.now(),
        });
        return toItem(requireItem(ctx, Number(lastInsertRowid)));
      }),

    'items:update': ({ id, ...patch }, ctx) =>
      write(ctx.db, () => {
        const current = toItem(requireItem(ctx, id));
        const next = { ...current, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
        if (next.sku !== current.sku) refuseDuplicateSku(ctx, next.sku, id);
        itemStatements(ctx.db).update.run({
          id,
          sku: next.sku,
          sku_key: skuKey(next.sku),
          description: next.description,
          unit: next.unit,
          allow_backorder: next.allowBackorder ? 1 : 0,
          active: next.active ? 1 : 0,
          now: ctx.now(),
        });
        return toItem(requireItem(ctx, id));
      }),

    'items:getKit': ({ kit }, ctx) => getKit(ctx.db, kit),
    'items:setKit': (input, ctx) => setKit(ctx, input),
  },
};
