import type { ScreenDef } from '../../app/screen';
import { ItemsScreen } from './ItemsScreen';

export const itemsScreen: ScreenDef = { id: 'items', label: 'Items', path: 'items', nav: { section: 'Items' }, component: ItemsScreen };
