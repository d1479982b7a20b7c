import { createColumnHelper } from '@tanstack/react-table';
import { useDeferredValue } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Item } from '../../../shared/domain/items';
import { useCommands } from '../../app/commands';
import { Badge } from '../../components/Badge';
import { DataGrid } from '../../components/DataGrid';
import { countLabel, ListTitle, SearchBox } from '../../components/SearchBox';
import { EmptyState, ErrorBanner } from '../../components/States';
import { usePagedChannel } from '../../data/hooks';
import { useAppStore } from '../../store';
import { ExportButton } from '../export/ExportButton';
import { ItemEditor } from './ItemEditor';

const column = createColumnHelper<Item>();
const columns = [
  column.accessor('sku', { header: 'SKU', cell: (c) => <span className="mono">{c.getValue()}</span> }),
  column.accessor('description', { header: 'Description', cell: (c) => c.getValue() || <span className="muted">No description</span> }),
  column.accessor('unit', { header: 'Unit' }),
  column.accessor('allowBackorder', {
    header: 'Backorder',
    cell: (c) => (c.getValue() ? <Badge tone="held">Yes</Badge> : <Badge tone="neutral">No</Badge>),
  }),
  column.accessor('active', {
    header: 'Status',
    cell: (c) => (c.getValue() ? <Badge tone="full">Active</Badge> : <Badge tone="neutral">Inactive</Badge>),
  }),
];
const TEMPLATE = 'minmax(140px, 1.2fr) minmax(200px, 3fr) 80px 110px 100px';

/** The item catalogue: search, browse, create and edit items. */
export function ItemsScreen() {
  const { query, includeInactive, activeId, editorOpen } = useAppStore(
    useShallow((s) => ({ query: s.items.query, includeInactive: s.items.includeInactive, activeId: s.items.activeId, editorOpen: s.itemEditor !== undefined })),
  );
  const { setItemsQuery, setIncludeInactive, setActiveItem, openItem, openNewItem } = useAppStore(
    useShallow((s) => ({
      setItemsQuery: s.setItemsQuery,
      setIncludeInactive: s.setIncludeInactive,
      setActiveItem: s.setActiveItem,
      openItem: s.openItem,
      openNewItem: s.openNewItem,
    })),
  );
  // The box shows every keystroke; the list follows a beat behind without blocking the typing.
  const searched = useDeferredValue(query.trim());
  const list = usePagedChannel('items:list', { query: searched, includeInactive });
  useCommands([
    { id: 'items.new', name: 'New item', hotkey: 'n', group: 'Items', when: () => !editorOpen, run: openNewItem },
  ]);

  return (
    <div className={`screen${editorOpen ? ' screen--with-panel' : ''}`}>
      <section className="screen__main">
        <header className="screen__head">
          <ListTitle title="Items" count={countLabel(list.loaded, list.total, 'item', 'items', searched)} />
          <div className="toolbar">
            <SearchBox label="Search items" placeholder="Search sku or description" value={query} onChange={setItemsQuery} />
            <label className="toggle">
              <input type="checkbox" checked={includeInactive} onChange={(e) => setIncludeInactive(e.target.checked)} />
              Show inactive
            </label>
            <ExportButton noun="items" request={{ list: 'items', input: { query: searched, includeInactive } }} />
            <button type="button" className="button button--primary" onClick={openNewItem}>
              New item <kbd>N</kbd>
            </button>
          </div>
        </header>
        <ErrorBanner error={list.error} />
        <DataGrid
          label="Items"
          rows={list.rows}
          total={list.total}
          columns={columns}
          template={TEMPLATE}
          getRowId={(item) => String(item.id)}
          activeId={activeId}
          onActiveChange={setActiveItem}
          onOpen={openItem}
          onNearEnd={list.loadMore}
          loading={!list.loaded}
          rowClassName={(item) => (item.active ? '' : 'is-muted')}
          empty={
            searched ? (
              <EmptyState title="No item matches">Try part of the sku or the description.</EmptyState>
            ) : (
              <EmptyState
                title="No items yet"
                action={
                  <button type="button" className="button button--primary" onClick={openNewItem}>
                    New item
                  </button>
                }
              >
                Create the first item of the catalogue.
              </EmptyState>
            )
          }
        />
      </section>
      <ItemEditor />
    </div>
  );
}
