import { createColumnHelper } from '@tanstack/react-table';
import { useState, type CSSProperties } from 'react';
import type { OrderFulfillment, RunTotals } from '../../../shared/domain/fulfillment';
import { useCommands } from '../../app/commands';
import { hrefOf, navigate } from '../../app/router';
import { Badge } from '../../components/Badge';
import { DataGrid } from '../../components/DataGrid';
import { EmptyState, ErrorBanner } from '../../components/States';
import { useAppStore } from '../../store';
import { AlertList } from './AlertList';
import { counted, formatTime } from '../../format';
import { alertsText, allocatedText, outcomeOf } from './outcome';
import type { FulfillmentRun } from './slice';
import { useRunPages, type RunPages } from './useRunPages';
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
  column.accessor('alerts', {
    header: 'Alerts',
    cell: (c) => alertsText(c.getValue()) ?? <span className="muted">—</span>,
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
const TEMPLATE = '100px minmax(200px, 3fr) minmax(140px, 1.5fr) 110px 230px 170px';

/** The run's figures, as one compact row: what it covered, what it wrote, what needs the clerk. */
function Totals({ totals }: { totals: RunTotals }) {
  const figures: [string, number][] = [
    ['orders run', totals.orders],
    ['lines fully covered', totals.linesFull],
    ['lines partly covered', totals.linesPartial],
    ['lines not covered', totals.linesNone],
    ['units allocated', totals.unitsAllocated],
    ['units backordered', totals.unitsBackordered],
    ['picks', totals.picks],
    ['backorders created', totals.backorders],
    ['alerts', totals.alerts],
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
  // A new run starts again at its first page.
  return <RunResults key={lastRun.results.run} run={lastRun} />;
}

function RunResults({ run: { results, at, asked } }: { run: FulfillmentRun }) {
  const [activeId, setActiveId] = useState<string>();
  const pages = useRunPages(results);
  const { rows, offset } = pages;

  useCommands([
    { id: 'results.next', name: 'Next page of orders', hotkey: ']', group: 'Fulfillment Results', when: () => pages.canNext, run: pages.next },
    { id: 'results.previous', name: 'Previous page of orders', hotkey: '[', group: 'Fulfillment Results', when: () => pages.canPrevious, run: pages.previous },
  ]);

  return (
    <div className="screen">
      <section className="screen__main results">
        <header className="screen__head">
          <div className="screen__title">
            <h1>Fulfillment Results</h1>
            <p className="screen__sub">
              Run at <time dateTime={at}>{formatTime(at)}</time> · {counted(asked.length, 'order')} asked
            </p>
          </div>
        </header>
        <Totals totals={results.totals} />
        {/* As tall as its rows (up to half the window), so a short run leaves the room to the Alerts. */}
        <div className="results-orders" style={{ '--rows': Math.max(1, rows.length) } as CSSProperties}>
          <DataGrid
            label="Orders in this run"
            rows={rows}
            total={rows.length}
            columns={columns}
            template={TEMPLATE}
            getRowId={(o) => o.order}
            activeId={activeId}
            onActiveChange={setActiveId}
            onOpen={(o) => navigate(`orders/${o.order}`)}
            loading={pages.loading}
            empty={<EmptyState title="No orders in this run">The run found none of the orders asked for.</EmptyState>}
          />
        </div>
        {results.ordersReported > results.orders.length ? <Pager pages={pages} total={results.ordersReported} offset={offset} shown={rows.length} /> : null}
        <ErrorBanner error={pages.error} />
        <AlertList alerts={results.alerts} counts={results.alertCounts} />
      </section>
    </div>
  );
}

/** `Orders 1–200 of 1,000 · and 800 more`, with the buttons that page through them. */
function Pager({ pages, total, offset, shown }: { pages: RunPages; total: number; offset: number; shown: number }) {
  const after = total - offset - shown;
  return (
    <nav className="results-pager" aria-label="Pages of orders">
      <p className="results-pager__where">
        Orders <span className="num">{shown === 0 ? offset.toLocaleString() : `${(offset + 1).toLocaleString()}–${(offset + shown).toLocaleString()}`}</span> of{' '}
        <span className="num">{total.toLocaleString()}</span>
        {after > 0 ? <> · and {counted(after, 'more order', 'more orders')}</> : null}
      </p>
      <button type="button" className="button" onClick={pages.previous} disabled={!pages.canPrevious} aria-keyshortcuts="[">
        Previous page
      </button>
      <button type="button" className="button" onClick={pages.next} disabled={!pages.canNext} aria-keyshortcuts="]">
        Next page
      </button>
    </nav>
  );
}
