import { documentScreen } from '../features/document/screen';
import { itemsScreen } from '../features/items/screen';
import { orderScreen } from '../features/order/screen';
import { ordersScreen } from '../features/orders/screen';
import { resultsScreen } from '../features/results/screen';
import type { ScreenDef } from './screen';

/** Every screen of the app, in sidebar order. Adding a screen: its folder, and one line here. */
export const screens: readonly ScreenDef[] = [ordersScreen, orderScreen, resultsScreen, documentScreen, itemsScreen];

export const DEFAULT_PATH = 'orders';
