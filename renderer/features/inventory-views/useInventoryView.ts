import { useDeferredValue } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useAppStore } from '../../store';
import type { InventoryView } from './slice';

/** One Inventory view's list state, and what its Actions apply to: the selection, or else the row the keyboard is on. */
export function useInventoryView(view: InventoryView) {
  const state = useAppStore(useShallow((s) => s.inventoryViews[view]));
  const { setViewQuery, setViewSelection, setViewActive } = useAppStore(
    useShallow((s) => ({ setViewQuery: s.setViewQuery, setViewSelection: s.setViewSelection, setViewActive: s.setViewActive })),
  );
  const searched = useDeferredValue(state.query.trim());
  const targets = state.selection.size > 0 ? [...state.selection] : state.activeId ? [state.activeId] : [];
  return {
    ...state,
    /** The search as the list asks for it: following the typed text without making typing wait. */
    searched,
    targets,
    setQuery: (query: string) => setViewQuery(view, query),
    setSelection: (selection: Set<string>) => setViewSelection(view, selection),
    setActive: (id: string | undefined) => setViewActive(view, id),
  };
}

export type InventoryViewState = ReturnType<typeof useInventoryView>;
