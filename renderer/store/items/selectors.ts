import type { AppState } from '../types';

export const itemsView = (s: AppState) => s.items;
export const itemEditor = (s: AppState) => s.itemEditor;
export const hasMoreItems = (s: AppState) => s.items.rows.length < s.items.total;
