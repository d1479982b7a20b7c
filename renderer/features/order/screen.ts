import type { ScreenDef } from '../../app/screen';
import { OrderScreen, TAB_LABELS } from './OrderScreen';

export const orderScreen: ScreenDef = {
  id: 'order',
  label: 'Order',
  path: 'orders/:order/:tab?',
  component: OrderScreen,
  crumbs: ({ order, tab }) =>
    order === 'new'
      ? [{ label: 'Orders', path: 'orders' }, { label: 'New order' }]
      : [{ label: 'Orders', path: 'orders' }, { label: order!, path: `orders/${order}` }, { label: TAB_LABELS[tab as keyof typeof TAB_LABELS] ?? 'Items' }],
};
