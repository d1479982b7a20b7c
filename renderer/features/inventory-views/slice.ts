import type { SliceCreator } from '../../store/types';

/** The Inventory section's list views, each with its own search, selection and active row. */
export const INVENTORY_VIEWS = ['stock', 'low', 'frozen', 'picks', 'backorders', 'fulfillable'] as const;
export type InventoryView = (typeof INVENTORY_VIEWS)[number];

export interface InventoryViewState {
  query: string;
  selection: Set<string>;
  activeId?: string;
}

export type PickStatusFilter = 'all' | 'open' | 'printed';

/** UI state of the Inventory views, kept while the clerk opens a row and comes back. */
export interface InventoryViewsSlice {
  inventoryViews: Record<InventoryView, InventoryViewState>;
  /** The Picks view's status filter. */
  picksStatus: PickStatusFilter;
  setViewQuery(view: InventoryView, query: string): void;
  setViewSelection(view: InventoryView, selection: Set<string>): void;
  setViewActive(view: InventoryView, id: string | undefined): void;
  setPicksStatus(status: PickStatusFilter): void;
}

const fresh = (): InventoryViewState => ({ query: '', selection: new Set() });

export const createInventoryViewsSlice: SliceCreator<InventoryViewsSlice> = () => (set) => {
  const patch = (view: InventoryView, p: Partial<InventoryViewState>) =>
    set((s) => ({ inventoryViews: { ...s.inventoryViews, [view]: { ...s.inventoryViews[view], ...p } } }));
  return {
    inventoryViews: Object.fromEntries(INVENTORY_VIEWS.map((v) => [v, fresh()])) as Record<InventoryView, InventoryViewState>,
    picksStatus: 'all',
    setViewQuery: (view, query) => patch(view, { query }),
    setViewSelection: (view, selection) => patch(view, { selection }),
    setViewActive: (view, activeId) => patch(view, { activeId }),
    // A new filter shows other rows: a selection of rows no longer shown would act unseen.
    setPicksStatus: (picksStatus) =>
      set((s) => ({ picksStatus, inventoryViews: { ...s.inventoryViews, picks: { ...s.inventoryViews.picks, selection: new Set() } } })),
  };
};
