import type { Item } from '../domain/items';
import { ItemCreateInput, ItemGetInput, ItemListInput, ItemUpdateInput } from '../domain/items';
import type { Page } from '../validation';
import { command, query } from './define';

export const itemChannels = {
  'items:list': query<Page<Item>>()(ItemListInput),
  'items:get': query<Item>()(ItemGetInput),
  'items:create': command<Item>()(ItemCreateInput),
  'items:update': command<Item>()(ItemUpdateInput),
};
