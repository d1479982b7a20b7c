import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useRef, useState } from 'react';
import { LINE_STATUSES, type LineStatus, type OrderDetail, type OrderLine } from '../../../shared/domain/orders';
import { useData } from '../../data/hooks';
import { fieldsNamed, refusalToForm } from '../../forms/refusals';
import { useAppStore } from '../../store';
import { LineEntry, type AddLineResult, type ItemOption } from './LineEntry';
import { StockBar } from './StockBar';
import './BomGrid.css';

const ESTIMATED_LINE_HEIGHT = 64;

/**
 * The bill of material: every line with its accounting and, beneath it, its inventory status bar.
 * Virtualised, so an order of 500 lines opens and scrolls without stutter; the numbers all come
 * from the one `orders:get` answer. While Draft, the entry row adds lines from the keyboard.
 */
export function BomGrid({ order }: { order: OrderDetail }) {
  const { api } = useData();
  const scroller = useRef<HTMLDivElement>(null);
  const lines = order.billOfMaterial;
  const virtualizer = useVirtualizer({
    count: lines.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_LINE_HEIGHT,
    overscan: 8,
    getItemKey: (index) => lines[index]!.lineNo,
  });
  const draft = order.status === 'Draft';
  const live = order.status === 'Draft' || order.status === 'Open';

  const searchItems = useCallback(
    async (query: string): Promise<ItemOption[]> => (await api.call('items:list', { query, includeInactive: false, offset: 0, limit: 8 })).rows,
    [api],
  );
  const stockOf = useCallback(async (sku: string) => {
    try {
      return (await api.call('inventory:itemStock', { sku })).total;
    } catch {
      return undefined; // an unknown sku: the engine names it when the line is added
    }
  }, [api]);
  const onAdd = useCallback(
    async (line: { sku: string; qty: number; status: LineStatus }): Promise<AddLineResult> => {
      try {
        await api.call('orders:addLine', { order: order.number, line });
        // Show the new line: the list grows at the end.
        requestAnimationFrame(() => virtualizer.scrollToIndex(lines.length, { align: 'end' }));
        return { ok: true };
      } catch (error) {
        const refusal = refusalToForm(error, fieldsNamed(['sku', 'qty', 'status'], 'line.'));
        const [field, message] = Object.entries(refusal.fields)[0] ?? [];
        return field ? { ok: false, field: field as 'sku' | 'qty' | 'status', message: message! } : { ok: false, message: refusal.form ?? 'the line was not added' };
      }
    },
    [api, order.number, lines.length, virtualizer],
  );

  return (
    <div className="bom">
      <div className="bom__head" aria-hidden="true">
        <span className="num">#</span>
        <span>SKU</span>
        <span>Description</span>
        <span className="num">Qty</span>
        <span>Unit</span>
        <span>Status</span>
        <span className="num">Allocated</span>
        <span className="num">Backordered</span>
        <span className="num">Picked</span>
        <span />
      </div>
      {lines.length === 0 ? (
        <div className="bom__empty">
          {draft ? 'No lines yet: type a sku below, Tab, the quantity, Tab, the line status, Enter.' : 'This order has no lines.'}
        </div>
      ) : (
        <div
          ref={scroller}
          className="bom__body"
          tabIndex={0}
          role="list"
          aria-label="Bill of material"
          onKeyDown={(event) => {
            // Home and End go to the first and last line: the list's height is only known once lines are measured.
            const to = event.key === 'Home' ? 0 : event.key === 'End' ? lines.length - 1 : undefined;
            if (to === undefined) return;
            event.preventDefault();
            virtualizer.scrollToIndex(to, { align: to === 0 ? 'start' : 'end' });
          }}
        >
          <div className="bom__canvas" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((v) => {
              const line = lines[v.index]!;
              const kitStarts = line.kit !== null && lines[v.index - 1]?.kit !== line.kit;
              return (
                <div key={v.key} ref={virtualizer.measureElement} data-index={v.index} className="bom__item" style={{ transform: `translateY(${v.start}px)` }} role="listitem">
                  {kitStarts ? <div className="bom__kit">Kit {line.kit}: its components</div> : null}
                  <BomLine order={order} line={line} draft={draft} live={live} />
                </div>
              );
            })}
          </div>
        </div>
      )}
      {draft ? (
        <LineEntry searchItems={searchItems} stockOf={stockOf} onAdd={onAdd} />
      ) : (
        <p className="bom__readonly muted">
          {order.status === 'Open'
            ? 'The bill of material is read-only once the order is Open (lines change only while Draft); a line’s remainder can still be cancelled.'
            : `The order is ${order.status}: its bill of material is read-only.`}
        </p>
      )}
    </div>
  );
}

function BomLine({ order, line, draft, live }: { order: OrderDetail; line: OrderLine; draft: boolean; live: boolean }) {
  const { api } = useData();
  const notify = useAppStore((s) => s.notify);
  const [refusal, setRefusal] = useState<string>();
  const a = line.accounting;
  const outstanding = a.ordered - a.completed - a.cancelled;

  async function act(run: () => Promise<unknown>, done: string) {
    setRefusal(undefined);
    try {
      await run();
      notify(done);
    } catch (error) {
      setRefusal(error instanceof Error ? error.message : String(error));
    }
  }

  const label = `line ${line.lineNo} ${line.sku}`;
  return (
    <div className={`bom-line${line.kit ? ' bom-line--component' : ''}`} data-sku={line.sku}>
      <div className="bom-line__row">
        <span className="num muted">{line.lineNo}</span>
        <span className="mono bom-line__sku">{line.sku}</span>
        <span className="bom-line__desc" title={line.description}>
          {line.description}
        </span>
        <span className="num">{a.ordered.toLocaleString()}</span>
        <span className="muted">{line.unit}</span>
        <span>
          {live ? (
            <select
              className="select select--inline"
              aria-label={`Status of ${label}`}
              value={line.status}
              onChange={(e) =>
                void act(() => api.call('orders:updateLine', { order: order.number, lineNo: line.lineNo, status: e.target.value as LineStatus }), `Line ${line.lineNo} is ${e.target.value}`)
              }
            >
              {LINE_STATUSES.map((s) => (
                <option key={s}>{s}</option>
              ))}
            </select>
          ) : (
            line.status
          )}
        </span>
        <span className="num">{a.allocated.toLocaleString()}</span>
        <span className={`num${a.backordered > 0 ? ' bom-line__short' : ''}`}>{a.backordered.toLocaleString()}</span>
        <span className="num">{a.completed.toLocaleString()}</span>
        <span className="bom-line__actions">
          {draft ? (
            <button type="button" className="icon-button" aria-label={`Remove ${label}`} title="Remove line" onClick={() => void act(() => api.call('orders:removeLine', { order: order.number, lineNo: line.lineNo }), `Removed line ${line.lineNo}`)}>
              ×
            </button>
          ) : live && outstanding > 0 && a.ordered > a.completed ? (
            <button
              type="button"
              className="button button--small button--ghost"
              aria-label={`Cancel the remainder of ${label}`}
              onClick={() => void act(() => api.call('orders:cancelLine', { order: order.number, lineNo: line.lineNo }), `Cancelled the remainder of line ${line.lineNo}`)}
            >
              Cancel rest
            </button>
          ) : null}
        </span>
      </div>
      <div className="bom-line__stock">
        {line.status === 'Warehouse Pick' ? (
          <StockBar stock={line.stock} forThisLine={a.allocated} queue={line.queueAhead !== null ? { ahead: line.queueAhead } : null} />
        ) : (
          <span className="muted">{line.status}: not filled from stock</span>
        )}
        {line.alert ? (
          <p className="bom-line__alert" role="note">
            ✕ {line.alert}
          </p>
        ) : null}
        {refusal ? (
          <p className="bom-line__alert" role="alert">
            {refusal}
          </p>
        ) : null}
      </div>
    </div>
  );
}
