import { createColumnHelper } from '@tanstack/react-table';
import { useState, type CSSProperties } from 'react';
import type { FulfillmentResults, OrderFulfillment } from '../../../shared/domain/fulfillment';
import { hrefOf, navigate } from '../../app/router';
import { Badge } from '../../components/Badge';
import { DataGrid } from '../../components/DataGrid';
import { EmptyState } from '../../components/States';
import { useAppStore } from '../../store';
import { AlertList } from './AlertList';
import { counted, formatTime } from '../../format';
import { allocatedText, outcomeOf } from './outcome';
import './ResultsScreen.css';

const docLink = (number: string) => (
  <a key={number} className="mono" href={hrefOf(`docs/${number}`)}>
    {number}
  </a>
);

const column = createColumnHelper<OrderFulfillment>();
const columns = [
  column.accessor('order', {
    header: 'Order',
    cell: (c) => (
      <a className="mono" href={hrefOf(`orders/${c.getValue()}`)}>
        {c.getValue()}
      </a>
    ),
  }),
  column.display({
    id: 'allocated',
    header: 'Allocated',
    cell: (c) => allocatedText(c.row.original) ?? <span className="muted">nothing allocated</span>,
  }),
  column.accessor('picks', {
    header: 'Picks',
    cell: (c) => (c.getValue().length > 0 ? <span className="results-docs">{c.getValue().map(docLink)}</span> : <span className="muted">—</span>),
  }),
  column.accessor('backorder', {
    header: 'Backorder',
    cell: (c) => {
      const backorder = c.getValue();
      return backorder ? docLink(backorder) : <span className="muted">—</span>;
    },
  }),
  column.display({
    id: 'outcome',
    header: 'Outcome',
    cell: (c) => {
      const outcome = outcomeOf(c.row.original);
      return <Badge tone={outcome.tone}>{outcome.label}</Badge>;
    },
  }),
];
const TEMPLATE = '100px minmax(200px, 3fr) minmax(140px, 1.5fr) 110px 170px';

/** The five figures of the run, as one compact row. */
function Totals({ totals }: { totals: FulfillmentResults['totals'] }) {
  const figures: [string, number][] = [
    ['orders', totals.orders],
    ['lines allocated', totals.linesAllocated],
    ['units allocated', totals.unitsAllocated],
    ['units backordered', totals.unitsBackordered],
    ['backorders created', totals.backorders],
  ];
  return (
    <dl className="results-totals" aria-label="Totals">
      {figures.map(([label, value]) => (
        <div key={label} className="results-totals__figure">
          <dt>{label}</dt>
          <dd className="num">{value.toLocaleString()}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Fulfillment Results: what the last Run Fulfillment of this session did, per order, and its Alerts. */
export function ResultsScreen() {
  const lastRun = useAppStore((s) => s.lastRun);
  const [activeId, setActiveId] = useState<string>();

  if (!lastRun) {
    return (
      <div className="screen">
        <section className="screen__main">
          <header className="screen__head">
            <h1>Fulfillment Results</h1>
          </header>
          <EmptyState title="No run yet">
            Select orders in the Orders list and choose Actions › Run Fulfillment, or open an order and press Run Fulfillment.
          </EmptyState>
        </section>
      </div>
    );
  }

  const { results, at } = lastRun;
  return (
    <div className="screen">
      <section className="screen__main results">
        <header className="screen__head">
          <div className="screen__title">
            <h1>Fulfillment Results</h1>
            <p className="screen__sub">
              Run at <time dateTime={at}>{formatTime(at)}</time> · {counted(lastRun.asked.length, 'order')} asked
            </p>
          </div>
        </header>
        <Totals totals={results.totals} />
        {/* As tall as its rows (up to half the window), so a short run leaves the room to the Alerts. */}
        <div className="results-orders" style={{ '--rows': Math.max(1, results.orders.length) } as CSSProperties}>
          <DataGrid
            label="Orders in this run"
            rows={results.orders}
            total={results.orders.length}
            columns={columns}
            template={TEMPLATE}
            getRowId={(o) => o.order}
            activeId={activeId}
            onActiveChange={setActiveId}
            onOpen={(o) => navigate(`orders/${o.order}`)}
            empty={<EmptyState title="No orders in this run">The run found none of the orders asked for.</EmptyState>}
          />
        </div>
        <AlertList alerts={results.alerts} />
      </section>
    </div>
  );
}
