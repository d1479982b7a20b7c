import type { ScreenDef } from '../../app/screen';
import { OrdersScreen } from './OrdersScreen';

export const ordersScreen: ScreenDef = { id: 'orders', label: 'Orders', path: 'orders', nav: { section: 'Orders' }, component: OrdersScreen };
