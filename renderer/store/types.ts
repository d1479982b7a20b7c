import type { StateCreator } from 'zustand';
import type { ApiClient } from '../api';
import type { ItemsSlice } from './items/initialState';
import type { ItemsActions } from './items/action';
import type { UiSlice, UiActions } from './ui/slice';

export type AppState = ItemsSlice & ItemsActions & UiSlice & UiActions;

/** A slice creator that also gets the api it talks to (a fake one in tests). */
export type SliceCreator<T> = (api: ApiClient) => StateCreator<AppState, [], [], T>;
