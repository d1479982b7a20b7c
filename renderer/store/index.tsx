import { createContext, useContext, type ReactNode } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import type { ApiClient } from '../api';
import { createInventoryViewsSlice } from '../features/inventory-views/slice';
import { createItemsSlice } from '../features/items/slice';
import { createOrdersSlice } from '../features/orders/slice';
import { createReleaseSlice } from '../features/release/slice';
import { createResultsSlice } from '../features/results/slice';
import { createStockDialogsSlice } from '../features/stock-dialogs/slice';
import type { AppState } from './types';
import { createUiSlice } from './ui/slice';

export type AppStore = StoreApi<AppState>;

/** One store of UI-state slices per window. What main stores is read through the query cache. */
export function createAppStore(api: ApiClient): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createUiSlice(api)(...a),
    ...createItemsSlice(api)(...a),
    ...createOrdersSlice(api)(...a),
    ...createResultsSlice(api)(...a),
    ...createReleaseSlice(api)(...a),
    ...createInventoryViewsSlice(api)(...a),
    ...createStockDialogsSlice(api)(...a),
  }));
}

const StoreContext = createContext<AppStore | null>(null);

export function StoreProvider({ store, children }: { store: AppStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useAppStore<T>(selector: (state: AppState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAppStore needs a StoreProvider');
  return useStore(store, selector);
}

export type { AppState };
