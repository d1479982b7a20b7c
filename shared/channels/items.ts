import type { Item, Kit } from '../domain/items';
import { ItemCreateInput, ItemGetInput, ItemListInput, ItemUpdateInput, KitGetInput, KitInput } from '../domain/items';
import type { Page } from '../validation';
import { command, query } from './define';

export const itemsChannels = {
  'items:list': query<Page<Item>>('items')(ItemListInput),
  'items:get': query<Item>('items')(ItemGetInput),
  'items:create': command<Item>('items')(ItemCreateInput),
  'items:update': command<Item>('items')(ItemUpdateInput),
  'items:getKit': query<Kit>('items')(KitGetInput),
  /** Makes an item a kit of components (none: an ordinary item again). */
  'items:setKit': command<Kit>('items')(KitInput),
};
