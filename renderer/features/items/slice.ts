import type { Item } from '../../../shared/domain/items';
import { fieldsNamed, refusalToForm } from '../../forms/refusals';
import type { SliceCreator } from '../../store/types';

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

/** UI state of the catalogue: which row is active and the editor panel. The list itself is a query. */
export interface ItemsSlice {
  items: { query: string; includeInactive: boolean; activeId?: string };
  itemEditor?: ItemEditor;
  setItemsQuery(query: string): void;
  setIncludeInactive(include: boolean): void;
  setActiveItem(id: string | undefined): void;
  openNewItem(): void;
  openItem(item: Item): void;
  editDraft(patch: Partial<ItemDraft>): void;
  saveItem(): Promise<Item | undefined>;
  closeItemEditor(): void;
}

const emptyDraft = (): ItemDraft => ({ sku: '', description: '', unit: 'ea', allowBackorder: true, active: true });
const DRAFT_FIELDS = ['sku', 'description', 'unit', 'allowBackorder', 'active'] as const;

export const createItemsSlice: SliceCreator<ItemsSlice> = (api) => (set, get) => {
  const patchItems = (patch: Partial<ItemsSlice['items']>) => set((s) => ({ items: { ...s.items, ...patch } }));
  return {
    items: { query: '', includeInactive: false },
    itemEditor: undefined,
    setItemsQuery: (query) => patchItems({ query }),
    setIncludeInactive: (includeInactive) => patchItems({ includeInactive }),
    setActiveItem: (activeId) => patchItems({ activeId }),
    openNewItem: () => set({ itemEditor: { target: 'new', draft: emptyDraft(), fieldErrors: {}, saving: false } }),
    openItem: (item) => {
      const { sku, description, unit, allowBackorder, active } = item;
      patchItems({ activeId: String(item.id) });
      set({ itemEditor: { target: item.id, draft: { sku, description, unit, allowBackorder, active }, fieldErrors: {}, saving: false } });
    },
    editDraft: (patch) =>
      set((s) => {
        if (!s.itemEditor) return {};
        // A field the clerk changes loses its old error; the others keep theirs until the next save.
        const fieldErrors = { ...s.itemEditor.fieldErrors };
        for (const key of Object.keys(patch)) delete fieldErrors[key];
        return { itemEditor: { ...s.itemEditor, draft: { ...s.itemEditor.draft, ...patch }, fieldErrors, formError: undefined } };
      }),
    async saveItem() {
      const editor = get().itemEditor;
      if (!editor || editor.saving) return undefined;
      set({ itemEditor: { ...editor, saving: true, fieldErrors: {}, formError: undefined } });
      try {
        const saved =
          editor.target === 'new'
            ? await api.call('items:create', editor.draft)
            : await api.call('items:update', { id: editor.target, ...editor.draft });
        set({ itemEditor: undefined });
        patchItems({ activeId: String(saved.id) });
        get().notify(`Saved ${saved.sku}`);
        return saved;
      } catch (error) {
        const current = get().itemEditor ?? editor;
        const refusal = refusalToForm(error, fieldsNamed(DRAFT_FIELDS));
        set({ itemEditor: { ...current, saving: false, fieldErrors: refusal.fields, formError: refusal.form } });
        return undefined;
      }
    },
    closeItemEditor: () => set({ itemEditor: undefined }),
  };
};
