import { createContext, useContext, type ReactNode } from 'react';
import { createStore, useStore, type StoreApi } from 'zustand';
import type { ApiClient } from '../api';
import { createItemsSlice } from './items/action';
import type { AppState } from './types';
import { createUiSlice } from './ui/slice';

export type AppStore = StoreApi<AppState>;

/** One store of slices per window. Main is the source of truth: slices hold what was last fetched. */
export function createAppStore(api: ApiClient): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createItemsSlice(api)(...a),
    ...createUiSlice(api)(...a),
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
