import type { Item } from '../../../shared/domain/items';

/** The editor's copy of an item while the clerk types: strings and booleans, as the form holds them. */
export interface ItemDraft {
  sku: string;
  description: string;
  unit: string;
  allowBackorder: boolean;
  active: boolean;
}

export interface ItemEditor {
  /** `new` for a new item, otherwise the id of the item being edited. */
  target: 'new' | number;
  draft: ItemDraft;
  /** Refusals per field, in the words main used. */
  fieldErrors: Record<string, string>;
  /** A refusal that belongs to no field. */
  formError?: string;
  saving: boolean;
}

export interface ItemsSlice {
  items: {
    query: string;
    includeInactive: boolean;
    rows: Item[];
    total: number;
    loading: boolean;
    loaded: boolean;
    error?: string;
    selectedId?: number;
  };
  itemEditor?: ItemEditor;
}

export const emptyDraft = (): ItemDraft => ({ sku: '', description: '', unit: 'ea', allowBackorder: true, active: true });

export const initialItemsState: ItemsSlice = {
  items: { query: '', includeInactive: false, rows: [], total: 0, loading: false, loaded: false },
  itemEditor: undefined,
};
