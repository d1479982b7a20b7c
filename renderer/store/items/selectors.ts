import type { AppState } from '../types';

export const itemEditor = (s: AppState) => s.itemEditor;
