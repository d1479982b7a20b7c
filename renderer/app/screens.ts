import { documentScreen } from '../features/document/screen';
import { backordersScreen, fulfillableScreen, picksScreen } from '../features/inventory-docs/screen';
import { allStockScreen, frozenScreen, inventoryScreen, lowStockScreen } from '../features/inventory-stock/screen';
import { itemStockScreen } from '../features/item-stock/screen';
import { importScreen } from '../features/import/screen';
import { itemsScreen } from '../features/items/screen';
import { orderScreen } from '../features/order/screen';
import { ordersScreen } from '../features/orders/screen';
import { printScreen } from '../features/print/screen';
import { resultsScreen } from '../features/results/screen';
import { settingsScreen } from '../features/settings/screen';
import type { ScreenDef } from './screen';

/** Every screen of the app, in sidebar order. Adding a screen: its folder, and one line here. */
export const screens: readonly ScreenDef[] = [ordersScreen, orderScreen, resultsScreen, documentScreen, inventoryScreen, allStockScreen, picksScreen, backordersScreen, fulfillableScreen, lowStockScreen, frozenScreen, itemStockScreen, itemsScreen, importScreen, settingsScreen, printScreen];

export const DEFAULT_PATH = 'orders';
