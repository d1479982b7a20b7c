import type { ScreenDef } from '../../app/screen';
import { AllStockScreen, FrozenScreen, LowStockScreen } from './StockScreen';

const crumbs = (label: string) => () => [{ label: 'Inventory', path: 'inventory' }, { label }];

/** The Inventory section opens on All stock; the sidebar lists each view under it. */
export const inventoryScreen: ScreenDef = { id: 'inventory', label: 'Inventory', path: 'inventory', nav: { section: 'Inventory' }, component: AllStockScreen, crumbs: crumbs('All stock') };
export const allStockScreen: ScreenDef = { id: 'inventory-stock', label: 'All stock', path: 'inventory/stock', nav: { section: 'Inventory', sub: true }, component: AllStockScreen, crumbs: crumbs('All stock') };
export const lowStockScreen: ScreenDef = { id: 'inventory-low', label: 'Low stock', path: 'inventory/low', nav: { section: 'Inventory', sub: true }, component: LowStockScreen, crumbs: crumbs('Low stock') };
export const frozenScreen: ScreenDef = { id: 'inventory-frozen', label: 'Frozen', path: 'inventory/frozen', nav: { section: 'Inventory', sub: true }, component: FrozenScreen, crumbs: crumbs('Frozen') };
