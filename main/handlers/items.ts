import { createItem, updateItem } from '../engine/operations/items';
import { setKit } from '../engine/operations/kits';
import { requireItemById, searchItems, toItem } from '../store/repos/items';
import { kitOf } from '../store/repos/kits';
import type { HandlerGroup } from './types';

export const itemsHandlers: HandlerGroup = {
  domain: 'items',
  handlers: {
    'items:list': ({ query, includeInactive, offset, limit }, ctx) => ({
      ...searchItems(ctx.db, { query, includeInactive }, { limit, offset }),
      offset,
    }),
    'items:get': ({ id }, ctx) => toItem(requireItemById(ctx.db, id)),
    'items:create': (input, ctx) => createItem(ctx, input),
    'items:update': (input, ctx) => updateItem(ctx, input),
    'items:getKit': ({ kit }, ctx) => kitOf(ctx.db, kit),
    'items:setKit': (input, ctx) => setKit(ctx, input),
  },
};
