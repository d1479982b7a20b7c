import type { Item, Kit } from '../domain/items';
import { ItemCreateInput, ItemGetInput, ItemListInput, ItemUpdateInput, KitGetInput, KitInput } from '../domain/items';
import type { Page } from '../validation';
import { command, query } from './define';

export const itemChannels = {
  'items:list': query<Page<Item>>()(ItemListInput),
  'items:get': query<Item>()(ItemGetInput),
  'items:create': command<Item>()(ItemCreateInput),
  'items:update': command<Item>()(ItemUpdateInput),
  'items:getKit': query<Kit>()(KitGetInput),
  /** Makes an item a kit of components (none: an ordinary item again). */
  'items:setKit': command<Kit>()(KitInput),
};
