import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import type { PickRow } from '../../../shared/domain/fulfillment';
import { navigate } from '../../app/router';
import { Badge, DocStatusBadge } from '../../components/Badge';
import { useCommands } from '../../app/commands';
import { EmptyState } from '../../components/States';
import { usePrintDialog } from '../print/PrintButtons';
import { usePagedChannel } from '../../data/hooks';
import { formatTime } from '../../format';
import { useAppStore } from '../../store';
import { Priority, qty } from '../inventory-views/cells';
import { InventoryList } from '../inventory-views/InventoryList';
import type { PickStatusFilter } from '../inventory-views/slice';
import { useInventoryView } from '../inventory-views/useInventoryView';
import { CancelDocumentsDialog } from './CancelDocumentsDialog';
import './InventoryDocs.css';

const column = createColumnHelper<PickRow>();
const columns = [
  column.accessor('number', { header: 'Pick', cell: (c) => <span className="mono">{c.getValue()}</span> }),
  column.accessor('customer', { header: 'Customer' }),
  column.accessor('orderDate', { header: 'Order date', meta: { className: 'num' } }),
  column.accessor('priority', { header: 'Priority', cell: (c) => <Priority value={c.getValue()} /> }),
  column.accessor('status', { header: 'Status', cell: (c) => <DocStatusBadge status={c.getValue()} /> }),
  column.accessor('skus', { header: 'SKUs', cell: (c) => <span className="mono">{c.getValue().join(' ')}</span> }),
  column.accessor('lines', { header: 'Lines', meta: { className: 'num' }, cell: (c) => qty(c.getValue()) }),
  column.accessor('units', { header: 'Units', meta: { className: 'num' }, cell: (c) => qty(c.getValue()) }),
  column.accessor('printedAt', {
    header: 'Printed',
    cell: (c) =>
      c.getValue() ? (
        <span className="printed">
          <span className="num">{formatTime(c.getValue()!)}</span>
          {c.row.original.stale ? <Badge tone="partial">⚠ changed since</Badge> : null}
        </span>
      ) : (
        <span className="muted">—</span>
      ),
  }),
];
const TEMPLATE = '110px minmax(160px, 1.4fr) 100px 80px 100px minmax(120px, 1fr) 64px 72px 230px';

const STATUS_OPTIONS: { value: PickStatusFilter; label: string }[] = [
  { value: 'all', label: 'Open and Printed' },
  { value: 'open', label: 'Open' },
  { value: 'printed', label: 'Printed' },
];

/** Picks still to be pulled (Open and Printed), in the order they should ship. Enter opens one. */
export function PicksScreen() {
  const state = useInventoryView('picks');
  const status = useAppStore((s) => s.picksStatus);
  const setStatus = useAppStore((s) => s.setPicksStatus);
  const list = usePagedChannel('picks:list', { filter: status, query: state.searched });
  const [cancelling, setCancelling] = useState<string[] | null>(null);
  const { targets } = state;
  const one = targets.length === 1 ? targets[0] : undefined;
  // Print: one job, one sheet per selected document.
  const print = usePrintDialog();
  const printSelection = () => print.open({ documents: targets });
  useCommands([{ id: 'picks.print', name: 'Print pick sheets', group: 'Picks', when: () => targets.length > 0, run: printSelection }]);

  return (
    <>
      <InventoryList
        title="Picks"
        noun={['pick', 'picks']}
        search={{ label: 'Search picks', placeholder: 'Order, customer, sku or description' }}
        state={state}
        list={list}
        columns={columns}
        template={TEMPLATE}
        getRowId={(row) => row.number}
        exportAs={{ list: 'picks', input: { filter: status, query: state.searched } }}
        onOpen={(row) => navigate(`docs/${row.number}`)}
        filters={
          <select className="select" aria-label="Status" value={status} onChange={(e) => setStatus(e.target.value as PickStatusFilter)}>
            {STATUS_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        }
        actions={[
          { label: 'Print…', disabled: targets.length === 0, hint: targets.length === 0 ? 'select picks' : undefined, run: printSelection },
          { label: 'Open', disabled: !one, hint: one ? undefined : 'select one pick', run: () => one && navigate(`docs/${one}`) },
          { label: 'Cancel…', disabled: targets.length === 0, hint: targets.length === 0 ? 'select picks' : undefined, run: () => setCancelling(targets) },
        ]}
        empty={{
          searched: <EmptyState title="No pick matches">Try part of the order number, the customer, a sku or a description.</EmptyState>,
          none: <EmptyState title="No picks to pull">Run Fulfillment on orders, or release backorders: what stock covers lands on a pick here.</EmptyState>,
        }}
      />
      {print.dialog}
      {cancelling ? <CancelDocumentsDialog kind="pick" documents={cancelling} onClose={() => setCancelling(null)} onDone={() => state.setSelection(new Set())} /> : null}
    </>
  );
}
