import { useCallback, useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useHotkey } from '../../components/useHotkey';
import { useAppStore } from '../../store';
import { ItemEditor } from './ItemEditor';
import { ItemTable } from './ItemTable';

const SEARCH_DELAY_MS = 150;

/** The item catalogue: search, browse, create and edit items. */
export function ItemsScreen() {
  const { rows, total, loaded, loading, error, selectedId, includeInactive } = useAppStore(
    useShallow((s) => ({
      rows: s.items.rows,
      total: s.items.total,
      loaded: s.items.loaded,
      loading: s.items.loading,
      error: s.items.error,
      selectedId: s.items.selectedId,
      includeInactive: s.items.includeInactive,
    })),
  );
  const { loadItems, loadMoreItems, searchItems, setIncludeInactive, selectItem, openItem, openNewItem } = useAppStore(
    useShallow((s) => ({
      loadItems: s.loadItems,
      loadMoreItems: s.loadMoreItems,
      searchItems: s.searchItems,
      setIncludeInactive: s.setIncludeInactive,
      selectItem: s.selectItem,
      openItem: s.openItem,
      openNewItem: s.openNewItem,
    })),
  );
  const editorOpen = useAppStore((s) => s.itemEditor !== undefined);
  const [search, setSearch] = useState('');
  const searchBox = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void loadItems();
  }, [loadItems]);

  useEffect(() => {
    const timer = setTimeout(() => void searchItems(search), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [search, searchItems]);

  useHotkey('/', useCallback(() => searchBox.current?.focus(), []));
  useHotkey('n', openNewItem, !editorOpen);
  const onNearEnd = useCallback(() => void loadMoreItems(), [loadMoreItems]);

  return (
    <div className={`screen${editorOpen ? ' screen--with-drawer' : ''}`}>
      <section className="screen__main">
        <header className="screen__head">
          <div>
            <h1>Items</h1>
            <p className="screen__sub" aria-live="polite">
              {loaded ? `${total} ${total === 1 ? 'item' : 'items'}${search ? ` matching “${search}”` : ''}` : 'Loading…'}
            </p>
          </div>
          <div className="toolbar">
            <div className="search">
              <input
                ref={searchBox}
                type="search"
                aria-label="Search items"
                placeholder="Search sku or description"
                value={search}
                onChange={(e) => setSearch(e.target.value)}
                onKeyDown={(e) => e.key === 'Escape' && setSearch('')}
              />
              <kbd>/</kbd>
            </div>
            <label className="toggle">
              <input type="checkbox" checked={includeInactive} onChange={(e) => void setIncludeInactive(e.target.checked)} />
              Show inactive
            </label>
            <button type="button" className="button button--primary" onClick={openNewItem}>
              New item <kbd>N</kbd>
            </button>
          </div>
        </header>
        {error ? (
          <p className="banner banner--error" role="alert">
            {error}
          </p>
        ) : null}
        {loaded && rows.length === 0 && !loading ? (
          <div className="empty">
            <h2>{search ? 'No item matches' : 'No items yet'}</h2>
            <p>{search ? 'Try part of the sku or the description.' : 'Create the first item of the catalogue.'}</p>
            {search ? null : (
              <button type="button" className="button button--primary" onClick={openNewItem}>
                New item
              </button>
            )}
          </div>
        ) : (
          <ItemTable rows={rows} selectedId={selectedId} onSelect={selectItem} onOpen={openItem} onNearEnd={onNearEnd} />
        )}
      </section>
      <ItemEditor />
    </div>
  );
}
