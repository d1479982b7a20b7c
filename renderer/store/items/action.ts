import type { Item } from '../../../shared/domain/items';
import { ApiError } from '../../api';
import type { SliceCreator } from '../types';
import { emptyDraft, initialItemsState, type ItemDraft, type ItemsSlice } from './initialState';

export interface ItemsActions {
  searchItems(query: string): Promise<void>;
  setIncludeInactive(include: boolean): Promise<void>;
  loadItems(): Promise<void>;
  /** Fetches the next page when the list is scrolled near its end. */
  loadMoreItems(): Promise<void>;
  selectItem(id: number | undefined): void;
  openNewItem(): void;
  openItem(item: Item): void;
  editDraft(patch: Partial<ItemDraft>): void;
  saveItem(): Promise<Item | undefined>;
  closeItemEditor(): void;
}

const PAGE = 200;

export const createItemsSlice: SliceCreator<ItemsSlice & ItemsActions> = (api) => (set, get) => {
  // Each load gets a number; an answer that arrives after a newer request started is dropped,
  // so fast typing in the search box never shows the results of an older query.
  let latest = 0;

  const patchItems = (patch: Partial<ItemsSlice['items']>) => set((s) => ({ items: { ...s.items, ...patch } }));

  async function fetchPage(offset: number) {
    const request = ++latest;
    const { query, includeInactive } = get().items;
    patchItems({ loading: true });
    try {
      const page = await api.call('items:list', { query, includeInactive, offset, limit: PAGE });
      if (request !== latest) return;
      const rows = offset === 0 ? page.rows : [...get().items.rows, ...page.rows];
      patchItems({ rows, total: page.total, loading: false, loaded: true, error: undefined });
    } catch (error) {
      if (request !== latest) return;
      patchItems({ loading: false, error: error instanceof Error ? error.message : String(error) });
    }
  }

  return {
    ...initialItemsState,

    async searchItems(query) {
      patchItems({ query });
      await fetchPage(0);
    },

    async setIncludeInactive(includeInactive) {
      patchItems({ includeInactive });
      await fetchPage(0);
    },

    loadItems: () => fetchPage(0),

    async loadMoreItems() {
      const { rows, total, loading } = get().items;
      if (!loading && rows.length < total) await fetchPage(rows.length);
    },

    selectItem: (selectedId) => patchItems({ selectedId }),

    openNewItem: () => set({ itemEditor: { target: 'new', draft: emptyDraft(), fieldErrors: {}, saving: false } }),

    openItem: (item) => {
      const { sku, description, unit, allowBackorder, active } = item;
      patchItems({ selectedId: item.id });
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
        patchItems({ selectedId: saved.id });
        get().notify(`Saved ${saved.sku}`);
        await fetchPage(0);
        return saved;
      } catch (error) {
        const current = get().itemEditor ?? editor;
        const onForm = error instanceof ApiError ? (error.issues ?? []).filter((i) => i.field in editor.draft) : [];
        if (onForm.length > 0) {
          const fieldErrors = Object.fromEntries(onForm.map((issue) => [issue.field, issue.message]));
          set({ itemEditor: { ...current, saving: false, fieldErrors } });
        } else {
          set({ itemEditor: { ...current, saving: false, formError: error instanceof Error ? error.message : String(error) } });
        }
        return undefined;
      }
    },

    closeItemEditor: () => set({ itemEditor: undefined }),
  };
};
