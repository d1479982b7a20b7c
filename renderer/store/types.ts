import type { StateCreator } from 'zustand';
import type { ApiClient } from '../api';
import type { InventoryViewsSlice } from '../features/inventory-views/slice';
import type { ItemsSlice } from '../features/items/slice';
import type { OrdersSlice } from '../features/orders/slice';
import type { ReleaseSlice } from '../features/release/slice';
import type { ResultsSlice } from '../features/results/slice';
import type { StockDialogsSlice } from '../features/stock-dialogs/slice';
import type { UiSlice } from './ui/slice';

/** The window's UI state: one store of slices. Domain data is not kept here but in the query cache. */
export type AppState = UiSlice & ItemsSlice & OrdersSlice & ResultsSlice & ReleaseSlice & InventoryViewsSlice & StockDialogsSlice;

/** A slice creator that also gets the api it talks to (a fake one in tests). */
export type SliceCreator<T> = (api: ApiClient) => StateCreator<AppState, [], [], T>;
