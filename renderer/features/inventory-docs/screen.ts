import type { ScreenDef } from '../../app/screen';
import { AllBackordersScreen, FulfillableScreen } from './BackordersScreen';
import { PicksScreen } from './PicksScreen';

const crumbs = (label: string) => () => [{ label: 'Inventory', path: 'inventory' }, { label }];

export const picksScreen: ScreenDef = { id: 'inventory-picks', label: 'Picks', path: 'inventory/picks', nav: { section: 'Inventory', sub: true }, component: PicksScreen, crumbs: crumbs('Picks') };
export const backordersScreen: ScreenDef = {
  id: 'inventory-backorders',
  label: 'Backorders',
  path: 'inventory/backorders',
  nav: { section: 'Inventory', sub: true },
  component: AllBackordersScreen,
  crumbs: crumbs('Backorders'),
};
export const fulfillableScreen: ScreenDef = {
  id: 'inventory-fulfillable',
  label: 'Fulfillable Backorders',
  path: 'inventory/fulfillable',
  nav: { section: 'Inventory', sub: true },
  component: FulfillableScreen,
  crumbs: crumbs('Fulfillable Backorders'),
};
