import { createColumnHelper } from '@tanstack/react-table';
import { useDeferredValue, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ORDER_STATUSES, type OrderStatus, type OrderSummary } from '../../../shared/domain/orders';
import { useCommands } from '../../app/commands';
import { navigate } from '../../app/router';
import { OrderStatusBadge } from '../../components/Badge';
import { DataGrid } from '../../components/DataGrid';
import { Menu } from '../../components/Menu';
import { countLabel, ListTitle, SearchBox } from '../../components/SearchBox';
import { EmptyState, ErrorBanner } from '../../components/States';
import { usePagedChannel } from '../../data/hooks';
import { useAppStore } from '../../store';
import { ExportButton } from '../export/ExportButton';
import { LoadDemoOffer } from '../import/LoadDemoOffer';
import { usePrintDialog } from '../print/PrintButtons';
import { CancelOrdersDialog } from './CancelOrdersDialog';
import './OrdersScreen.css';

const column = createColumnHelper<OrderSummary>();
const columns = [
  column.accessor('number', { header: 'Order', cell: (c) => <span className="mono">{c.getValue()}</span> }),
  column.accessor('customer', { header: 'Customer' }),
  column.accessor('orderDate', { header: 'Date', meta: { className: 'num' } }),
  column.accessor('priority', { header: 'Priority', cell: (c) => <span className={`priority priority--${c.getValue()}`}>{c.getValue()}</span> }),
  column.accessor('policy', { header: 'Policy', cell: (c) => (c.getValue() === 'complete' ? 'ship complete' : 'ship partial') }),
  column.accessor('status', { header: 'Status', cell: (c) => <OrderStatusBadge status={c.getValue()} /> }),
  column.accessor('lines', { header: 'Lines', meta: { className: 'num' } }),
  column.accessor('unitsShort', {
    header: 'Units short',
    meta: { className: 'num' },
    cell: (c) => (c.getValue() > 0 ? <span className="short-units">{c.getValue().toLocaleString()}</span> : <span className="muted">0</span>),
  }),
];
const TEMPLATE = '110px minmax(160px, 2fr) 100px 80px 124px 110px 70px 100px';

/** The order list: search, status filter, multi-select and the Actions menu. */
export function OrdersScreen() {
  const { query, status, selection, activeId } = useAppStore(useShallow((s) => s.orders));
  const { setOrdersQuery, setOrdersStatus, setOrderSelection, setActiveOrder, runFulfillment, running } = useAppStore(
    useShallow((s) => ({
      setOrdersQuery: s.setOrdersQuery,
      setOrdersStatus: s.setOrdersStatus,
      setOrderSelection: s.setOrderSelection,
      setActiveOrder: s.setActiveOrder,
      runFulfillment: s.runFulfillment,
      running: s.running,
    })),
  );
  const searched = useDeferredValue(query.trim());
  const list = usePagedChannel('orders:list', status ? { query: searched, status } : { query: searched });
  const [cancelOpen, setCancelOpen] = useState(false);
  const openReleaseForOrders = useAppStore((s) => s.openReleaseForOrders);
  const print = usePrintDialog();

  // The selection, or else the row the keyboard is on: what the Actions apply to.
  const targets = selection.size > 0 ? [...selection] : activeId ? [activeId] : [];
  const run = () => void runFulfillment(targets);

  useCommands([
    { id: 'orders.new', name: 'New order', hotkey: 'n', group: 'Orders', run: () => navigate('orders/new') },
    { id: 'orders.run', name: 'Run Fulfillment', group: 'Orders', when: () => targets.length > 0 && !running, run },
    { id: 'orders.release', name: 'Release Back Order', group: 'Orders', when: () => targets.length > 0, run: () => void openReleaseForOrders(targets) },
    { id: 'orders.cancel', name: 'Cancel orders', group: 'Orders', when: () => targets.length > 0, run: () => setCancelOpen(true) },
  ]);

  return (
    <div className="screen">
      <section className="screen__main">
        <header className="screen__head">
          <ListTitle title="Orders" count={`${countLabel(list.loaded, list.total, 'order', 'orders', searched)}${selection.size > 0 ? ` · ${selection.size} selected` : ''}`} />
          <div className="toolbar">
            <SearchBox label="Search orders" placeholder="Order, customer, sku or description" value={query} onChange={setOrdersQuery} />
            <select
              className="select"
              aria-label="Status"
              value={status ?? ''}
              onChange={(e) => setOrdersStatus((e.target.value || undefined) as OrderStatus | undefined)}
            >
              <option value="">Every status</option>
              {ORDER_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
            <Menu
              label="Actions"
              actions={[
                { label: 'Run Fulfillment', disabled: targets.length === 0 || running, hint: targets.length === 0 ? 'select orders' : undefined, run },
                { label: 'Release Back Order', disabled: targets.length === 0, hint: targets.length === 0 ? 'select orders' : undefined, run: () => void openReleaseForOrders(targets) },
                { label: 'Print…', disabled: targets.length !== 1, hint: targets.length !== 1 ? 'select one order' : undefined, run: () => print.open({ order: targets[0]! }) },
                { label: 'Cancel…', disabled: targets.length === 0, hint: targets.length === 0 ? 'select orders' : undefined, run: () => setCancelOpen(true) },
              ]}
            />
            <ExportButton noun="orders" request={{ list: 'orders', input: status ? { query: searched, status } : { query: searched } }} />
            <button type="button" className="button button--primary" onClick={() => navigate('orders/new')}>
              New order <kbd>N</kbd>
            </button>
          </div>
        </header>
        <ErrorBanner error={list.error} />
        <DataGrid
          label="Orders"
          rows={list.rows}
          total={list.total}
          columns={columns}
          template={TEMPLATE}
          getRowId={(order) => order.number}
          activeId={activeId}
          onActiveChange={setActiveOrder}
          onOpen={(order) => navigate(`orders/${order.number}`)}
          selection={selection}
          onSelectionChange={setOrderSelection}
          onNearEnd={list.loadMore}
          loading={!list.loaded}
          empty={
            searched || status ? (
              <EmptyState title="No order matches">Try part of the order number, the customer, a sku or a description, or every status.</EmptyState>
            ) : (
              <EmptyState
                title="No orders yet"
                action={
                  <div className="toolbar">
                    <button type="button" className="button button--primary" onClick={() => navigate('orders/new')}>
                      New order
                    </button>
                    <LoadDemoOffer />
                  </div>
                }
              >
                Enter the first order with its bill of material.
              </EmptyState>
            )
          }
        />
      </section>
      {cancelOpen ? <CancelOrdersDialog orders={targets} onClose={() => setCancelOpen(false)} onDone={() => setOrderSelection(new Set())} /> : null}
      {print.dialog}
    </div>
  );
}
