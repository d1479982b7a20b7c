import { createColumnHelper } from '@tanstack/react-table';
import type { InventoryRow } from '../../../shared/domain/inventory';
import { useCommands } from '../../app/commands';
import { navigate } from '../../app/router';
import { EmptyState } from '../../components/States';
import { usePagedChannel } from '../../data/hooks';
import { useAppStore } from '../../store';
import { qty } from '../inventory-views/cells';
import { InventoryList } from '../inventory-views/InventoryList';
import { itemStockPath } from '../inventory-views/paths';
import type { InventoryView } from '../inventory-views/slice';
import { useInventoryView } from '../inventory-views/useInventoryView';
import './StockScreen.css';

/** What free stock lacks for the demand waiting for the item. */
const shortOf = (row: InventoryRow) => Math.max(0, row.waiting - Math.max(0, row.free));

const column = createColumnHelper<InventoryRow>();
const num = { className: 'num' };
const columns = [
  column.accessor('sku', { header: 'SKU', cell: (c) => <span className="mono">{c.getValue()}</span> }),
  column.accessor('description', { header: 'Description' }),
  column.accessor('onHand', { header: 'On hand', meta: num, cell: (c) => qty(c.getValue()) }),
  column.accessor('available', { header: 'Available', meta: num, cell: (c) => qty(c.getValue()) }),
  column.accessor('allocated', { header: 'Allocated', meta: num, cell: (c) => qty(c.getValue()) }),
  column.accessor('free', { header: 'Free', meta: num, cell: (c) => qty(c.getValue()) }),
  column.accessor('frozen', { header: 'Frozen', meta: num, cell: (c) => (c.getValue() > 0 ? <span className="stock-held">{c.getValue().toLocaleString()}</span> : qty(0)) }),
  column.accessor('waiting', { header: 'Waiting', meta: num, cell: (c) => qty(c.getValue()) }),
  column.display({
    id: 'short',
    header: 'Short',
    meta: num,
    cell: (c) => (shortOf(c.row.original) > 0 ? <span className="stock-short">{shortOf(c.row.original).toLocaleString()}</span> : qty(0)),
  }),
];
const TEMPLATE = '130px minmax(180px, 1fr) repeat(7, 92px)';

type StockView = Extract<InventoryView, 'stock' | 'low' | 'frozen'>;

const VIEWS: Record<StockView, { title: string; filter: 'all' | 'low' | 'frozen'; none: [string, string] }> = {
  stock: { title: 'All stock', filter: 'all', none: ['No items yet', 'Add items under Items, then receive stock into a bin with Receive.'] },
  low: { title: 'Low stock', filter: 'low', none: ['No item is short', 'Every item has enough free stock for the orders waiting for it.'] },
  frozen: { title: 'Frozen', filter: 'frozen', none: ['No frozen stock', 'Stock put on hold with Change Status or Adjust shows here until it is released or written off.'] },
};

/**
 * All stock, Low stock and Frozen: items with what they have on hand, allocated, available, free and
 * frozen, and what is waiting for them (backordered or not yet allocated). Enter opens the item's stock page.
 */
export function StockScreen({ view }: { view: StockView }) {
  const { title, filter, none } = VIEWS[view];
  const state = useInventoryView(view);
  const list = usePagedChannel('inventory:list', { filter, query: state.searched });
  const openDialog = useAppStore((s) => s.openStockDialog);
  const showBackorders = useAppStore((s) => s.setViewQuery);
  const one = state.targets.length === 1 ? state.targets[0] : undefined;
  const hint = state.targets.length === 0 ? 'select an item' : one ? undefined : 'select one item';

  const backordersOf = (sku: string) => {
    showBackorders('backorders', sku);
    navigate('inventory/backorders');
  };
  useCommands([{ id: 'stock.open', name: 'Open stock page', group: 'Inventory', when: () => one !== undefined, run: () => one && navigate(itemStockPath(one)) }]);

  return (
    <InventoryList
      title={title}
      noun={['item', 'items']}
      search={{ label: `Search ${title.toLowerCase()}`, placeholder: 'Search sku or description' }}
      state={state}
      list={list}
      columns={columns}
      template={TEMPLATE}
      getRowId={(row) => row.sku}
      exportAs={{ list: view, input: { query: state.searched } }}
      onOpen={(row) => navigate(itemStockPath(row.sku))}
      actions={[
        { label: 'Open stock page', disabled: !one, hint, run: () => one && navigate(itemStockPath(one)) },
        { label: 'Show backorders', disabled: !one, hint, run: () => one && backordersOf(one) },
        { label: 'Receive…', disabled: !one, hint, run: () => openDialog('receive', { sku: one }) },
        { label: 'Adjust…', disabled: !one, hint, run: () => openDialog('adjust', { sku: one }) },
        { label: 'Change Status…', disabled: !one, hint, run: () => openDialog('status', { sku: one, status: view === 'frozen' ? 'frozen' : undefined }) },
      ]}
      empty={{
        searched: <EmptyState title="No item matches">Try part of the sku or of the description.</EmptyState>,
        none: <EmptyState title={none[0]}>{none[1]}</EmptyState>,
      }}
    />
  );
}

export const AllStockScreen = () => <StockScreen view="stock" />;
export const LowStockScreen = () => <StockScreen view="low" />;
export const FrozenScreen = () => <StockScreen view="frozen" />;
