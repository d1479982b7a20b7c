import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import type { BackorderRow } from '../../../shared/domain/fulfillment';
import { useCommands } from '../../app/commands';
import { navigate } from '../../app/router';
import { EmptyState } from '../../components/States';
import { usePrintDialog } from '../print/PrintButtons';
import { usePagedChannel } from '../../data/hooks';
import { useAppStore } from '../../store';
import { Priority, qty } from '../inventory-views/cells';
import { InventoryList } from '../inventory-views/InventoryList';
import { useInventoryView } from '../inventory-views/useInventoryView';
import { CancelDocumentsDialog } from './CancelDocumentsDialog';
import './InventoryDocs.css';

/** Whether free stock fills the backorder now in full, in part or not at all (after those ahead of it). */
const coverOf = (row: BackorderRow) => (row.fillableNow <= 0 ? 'none' : row.fillableNow >= row.outstanding ? 'full' : 'partial');

const column = createColumnHelper<BackorderRow>();
const columns = [
  column.accessor('number', { header: 'Backorder', cell: (c) => <span className="mono">{c.getValue()}</span> }),
  column.accessor('customer', { header: 'Customer' }),
  column.accessor('orderDate', { header: 'Order date', meta: { className: 'num' } }),
  column.accessor('priority', { header: 'Priority', cell: (c) => <Priority value={c.getValue()} /> }),
  column.accessor('skus', { header: 'SKUs', cell: (c) => <span className="mono">{c.getValue().join(' ')}</span> }),
  column.accessor('lines', { header: 'Lines', meta: { className: 'num' }, cell: (c) => qty(c.getValue()) }),
  column.accessor('outstanding', { header: 'Outstanding', meta: { className: 'num' }, cell: (c) => qty(c.getValue()) }),
  column.accessor('fillableNow', {
    header: 'Fillable now',
    meta: { className: 'num' },
    cell: (c) => <span className={`fillable fillable--${coverOf(c.row.original)}`}>{c.getValue().toLocaleString()}</span>,
  }),
];
const TEMPLATE = '110px minmax(160px, 1.4fr) 100px 80px minmax(120px, 1fr) 64px 112px 112px';

const VIEWS = {
  backorders: {
    title: 'Backorders',
    filter: 'all',
    none: ['No backorders', 'When fulfillment cannot cover a line from stock, its shortfall waits here on a backorder.'],
  },
  fulfillable: {
    title: 'Fulfillable Backorders',
    filter: 'fulfillable',
    none: ['Nothing can be filled now', 'Backorders show here when free stock could fill them, after the backorders ahead of them take theirs.'],
  },
} as const;

/**
 * Backorders (every Back Order document) and Fulfillable Backorders (those free stock could fill now
 * after the ones ahead of them in precedence take theirs: what Release Back Order would allocate).
 * Actions › Release Back Order releases the selection.
 */
export function BackordersScreen({ view }: { view: keyof typeof VIEWS }) {
  const { title, filter, none } = VIEWS[view];
  const state = useInventoryView(view);
  const list = usePagedChannel('backorders:list', { filter, query: state.searched });
  const openRelease = useAppStore((s) => s.openRelease);
  const [cancelling, setCancelling] = useState<string[] | null>(null);
  const { targets } = state;
  const one = targets.length === 1 ? targets[0] : undefined;
  // Print: one job, one sheet per selected document.
  const print = usePrintDialog();
  const printSelection = () => print.open({ documents: targets });
  const release = () => openRelease(targets);

  useCommands([
    { id: 'backorders.release', name: 'Release Back Order', group: 'Backorders', when: () => targets.length > 0, run: release },
    { id: 'backorders.print', name: 'Print backorder sheets', group: 'Backorders', when: () => targets.length > 0, run: printSelection },
  ]);

  return (
    <>
      <InventoryList
        title={title}
        noun={['backorder', 'backorders']}
        search={{ label: `Search ${title.toLowerCase()}`, placeholder: 'Order, customer, sku or description' }}
        state={state}
        list={list}
        columns={columns}
        template={TEMPLATE}
        getRowId={(row) => row.number}
        exportAs={{ list: view, input: { query: state.searched } }}
        onOpen={(row) => navigate(`docs/${row.number}`)}
        actions={[
          { label: 'Release Back Order', disabled: targets.length === 0, hint: targets.length === 0 ? 'select backorders' : undefined, run: release },
          { label: 'Print…', disabled: targets.length === 0, hint: targets.length === 0 ? 'select backorders' : undefined, run: printSelection },
          { label: 'Open', disabled: !one, hint: one ? undefined : 'select one backorder', run: () => one && navigate(`docs/${one}`) },
          { label: 'Cancel…', disabled: targets.length === 0, hint: targets.length === 0 ? 'select backorders' : undefined, run: () => setCancelling(targets) },
        ]}
        empty={{
          searched: <EmptyState title="No backorder matches">Try part of the order number, the customer, a sku or a description.</EmptyState>,
          none: <EmptyState title={none[0]}>{none[1]}</EmptyState>,
        }}
      />
      {print.dialog}
      {cancelling ? <CancelDocumentsDialog kind="backorder" documents={cancelling} onClose={() => setCancelling(null)} onDone={() => state.setSelection(new Set())} /> : null}
    </>
  );
}

export const AllBackordersScreen = () => <BackordersScreen view="backorders" />;
export const FulfillableScreen = () => <BackordersScreen view="fulfillable" />;
