import type { ScreenDef } from '../../app/screen';
import { skuOfParam } from '../inventory-views/paths';
import { ItemStockScreen } from './ItemStockScreen';

export const itemStockScreen: ScreenDef = {
  id: 'item-stock',
  label: 'Item stock',
  path: 'inventory/items/:sku',
  component: ItemStockScreen,
  crumbs: ({ sku }) => [{ label: 'Inventory', path: 'inventory' }, { label: 'All stock', path: 'inventory/stock' }, { label: skuOfParam(sku ?? '') }],
};
