import { createColumnHelper } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import type { BinStock, StockPicture } from '../../../shared/domain/inventory';
import { docNumber } from '../../../shared/domain/orders';
import { hrefOf, navigate } from '../../app/router';
import { DataGrid } from '../../components/DataGrid';
import { EmptyState, ErrorBanner, Loading } from '../../components/States';
import { useChannel, usePagedChannel } from '../../data/hooks';
import { formatTime } from '../../format';
import { useAppStore } from '../../store';
import { qty } from '../inventory-views/cells';
import { skuOfParam } from '../inventory-views/paths';
import { StockButtons } from '../stock-dialogs/StockButtons';
import { isConfirmedCount, withConfirmedCounts, type LedgerRow } from './ledger-rows';
import './ItemStockScreen.css';

const isDocument = (document: string | null): document is string => document !== null && docNumber.safeParse(document).success;

const column = createColumnHelper<LedgerRow>();
const ledgerColumns = [
  column.accessor('at', { header: 'Time', meta: { className: 'num' }, cell: (c) => <time dateTime={c.getValue()}>{formatTime(c.getValue())}</time> }),
  column.accessor('kind', {
    header: 'Kind',
    cell: (c) => <span className="ledger-kind">{isConfirmedCount(c.row.original) ? 'count confirmed' : c.getValue()}</span>,
  }),
  column.accessor('bin', { header: 'Bin', cell: (c) => <span className="mono">{c.getValue()}</span> }),
  column.accessor('status', { header: 'Status' }),
  column.accessor('qty', {
    header: 'Qty',
    meta: { className: 'num' },
    cell: (c) => {
      const { confirmed } = c.row.original;
      if (isConfirmedCount(c.row.original)) {
        // The count found what the bin held: nothing moved, so the figure is what was there.
        const found = confirmed === undefined ? '' : ` ${confirmed.toLocaleString()}`;
        return (
          <span className="ledger-same" title={`Count confirmed${found}`} aria-label={`Count confirmed${found}`}>
            ={found}
          </span>
        );
      }
      return <span className={c.getValue() > 0 ? 'ledger-in' : 'ledger-out'}>{c.getValue() > 0 ? `+${c.getValue().toLocaleString()}` : `−${(-c.getValue()).toLocaleString()}`}</span>;
    },
  }),
  column.accessor('reason', { header: 'Reason' }),
  column.accessor('document', {
    header: 'Document',
    cell: (c) => {
      const document = c.getValue();
      if (!document) return <span className="muted">—</span>;
      return isDocument(document) ? (
        <a className="mono" href={hrefOf(`docs/${document}`)}>
          {document}
        </a>
      ) : (
        <span className="mono">{document}</span>
      );
    },
  }),
  column.accessor('user', { header: 'Clerk' }),
];
const LEDGER_TEMPLATE = '150px 130px 100px 100px 80px minmax(160px, 1fr) 120px 110px';

const FIGURES: [keyof StockPicture, string][] = [
  ['onHand', 'On hand'],
  ['available', 'Available'],
  ['allocated', 'Allocated'],
  ['free', 'Free'],
  ['frozen', 'Frozen'],
  ['damaged', 'Damaged'],
  ['quarantine', 'Quarantine'],
];

/**
 * One item's stock (`#inventory/items/TR-GR`): totals, stock by bin and status, and its ledger newest
 * first with reason and document. Receive, Adjust and Change Status open filled in for the item
 * (and, from a bin's row, for that bin).
 */
export function ItemStockScreen({ params }: { params: Record<string, string> }) {
  const sku = skuOfParam(params.sku ?? '');
  const stock = useChannel('inventory:itemStock', { sku });
  // The description and what waits for the item come with its row of All stock.
  const row = useChannel('inventory:list', { query: sku, limit: 20 }).data?.rows.find((r) => r.sku.toUpperCase() === sku.toUpperCase());
  const ledger = usePagedChannel('inventory:ledger', { sku });
  const [activeEntry, setActiveEntry] = useState<string>();
  const current = stock.data && stock.data.sku.toUpperCase() === sku.toUpperCase() ? stock.data : undefined;
  const ledgerRows = useMemo(() => withConfirmedCounts(ledger.rows, current?.bins), [ledger.rows, current?.bins]);

  if (stock.error) {
    return (
      <div className="screen">
        <section className="screen__main">
          <h1>
            Stock of <span className="mono">{sku}</span>
          </h1>
          <ErrorBanner error={stock.error} />
          <EmptyState title="No such item" action={<a href={hrefOf('inventory/stock')}>All stock</a>}>
            Check the sku, or find the item under All stock.
          </EmptyState>
        </section>
      </div>
    );
  }

  return (
    <div className="screen">
      <section className="screen__main item-stock">
        <header className="screen__head">
          <div className="screen__title">
            <h1>
              Stock of <span className="mono">{current?.sku ?? sku}</span>
            </h1>
            {row ? <p className="screen__sub">{row.description}</p> : null}
          </div>
          <div className="toolbar">
            <StockButtons prefill={{ sku: current?.sku ?? sku }} />
          </div>
        </header>
        {current ? (
          <>
            <dl className="item-stock__figures">
              {FIGURES.map(([key, label]) => (
                <div key={key} className={key === 'frozen' && current.total.frozen > 0 ? 'is-held' : undefined}>
                  <dt>{label}</dt>
                  <dd>{current.total[key].toLocaleString()}</dd>
                </div>
              ))}
              <div>
                <dt>Waiting</dt>
                <dd>{row ? row.waiting.toLocaleString() : '—'}</dd>
              </div>
            </dl>
            <BinTable sku={current.sku} bins={current.bins} />
          </>
        ) : (
          <div className="panel-box">
            <Loading label={`Loading stock of ${sku}`} />
          </div>
        )}
        <h2 className="item-stock__heading">Ledger</h2>
        <DataGrid
          label="Ledger"
          rows={ledgerRows}
          total={ledger.total}
          columns={ledgerColumns}
          template={LEDGER_TEMPLATE}
          getRowId={(entry) => String(entry.id)}
          activeId={activeEntry}
          onActiveChange={setActiveEntry}
          onOpen={(entry) => isDocument(entry.document) && navigate(`docs/${entry.document}`)}
          onNearEnd={ledger.loadMore}
          loading={!ledger.loaded}
          empty={<EmptyState title="Nothing posted yet">Receipts, counts, status changes and picks of this item are listed here, newest first.</EmptyState>}
        />
      </section>
    </div>
  );
}

/** Stock by bin (pick sequence) and status, each bin with Adjust and Change Status filled in for it. */
function BinTable({ sku, bins }: { sku: string; bins: BinStock[] }) {
  const open = useAppStore((s) => s.openStockDialog);
  if (bins.length === 0) return <p className="panel-box item-stock__none muted">No stock in any bin. Receive puts it in the item’s first bin, or RECEIVING.</p>;
  return (
    <div className="panel-box item-stock__bins">
      <table className="item-stock__table" aria-label="Stock by bin">
        <thead>
          <tr>
            <th scope="col">Bin</th>
            <th scope="col" className="num">Available</th>
            <th scope="col" className="num">Allocated</th>
            <th scope="col" className="num">Free</th>
            <th scope="col" className="num">Frozen</th>
            <th scope="col" className="num">Damaged</th>
            <th scope="col" className="num">Quarantine</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {bins.map((b) => (
            <tr key={b.bin}>
              <th scope="row" className="mono">
                {b.bin}
              </th>
              <td className="num">{qty(b.available)}</td>
              <td className="num">{qty(b.allocated)}</td>
              <td className="num">{qty(b.free)}</td>
              <td className={`num${b.frozen > 0 ? ' stock-held' : ''}`}>{qty(b.frozen)}</td>
              <td className="num">{qty(b.damaged)}</td>
              <td className="num">{qty(b.quarantine)}</td>
              <td className="item-stock__row-actions">
                <button type="button" className="button button--small button--ghost" aria-label={`Adjust ${sku} in ${b.bin}`} onClick={() => open('adjust', { sku, bin: b.bin })}>
                  Adjust
                </button>
                <button
                  type="button"
                  className="button button--small button--ghost"
                  aria-label={`Change Status of ${sku} in ${b.bin}`}
                  onClick={() => open('status', { sku, bin: b.bin, status: b.frozen > 0 ? 'frozen' : 'available' })}
                >
                  Change Status
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
