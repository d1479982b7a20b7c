import type { OrderStatus } from '../../../shared/domain/orders';
import type { SliceCreator } from '../../store/types';

/** The order list's UI state, kept while the clerk opens an order and comes back. */
export interface OrdersSlice {
  orders: { query: string; status?: OrderStatus; selection: Set<string>; activeId?: string };
  setOrdersQuery(query: string): void;
  setOrdersStatus(status: OrderStatus | undefined): void;
  setOrderSelection(selection: Set<string>): void;
  setActiveOrder(id: string | undefined): void;
}

export const createOrdersSlice: SliceCreator<OrdersSlice> = () => (set) => {
  const patch = (p: Partial<OrdersSlice['orders']>) => set((s) => ({ orders: { ...s.orders, ...p } }));
  return {
    orders: { query: '', selection: new Set() },
    setOrdersQuery: (query) => patch({ query }),
    // A new filter shows other rows: a selection of rows no longer shown would act unseen.
    setOrdersStatus: (status) => patch({ status, selection: new Set() }),
    setOrderSelection: (selection) => patch({ selection }),
    setActiveOrder: (activeId) => patch({ activeId }),
  };
};
