import type { Coverage, LineStockBar } from '../../../shared/domain/orders';
import type { StockPicture } from '../../../shared/domain/inventory';
import './StockBar.css';

export interface StockBarProps {
  stock: LineStockBar;
  /** Units allocated to this line (the line's `accounting.allocated`). */
  forThisLine: number;
  /** For a backordered line: units of the same item on backorders ahead of it. */
  queue?: { ahead: number } | null;
  /** A slimmer bar, for the live preview in the add-a-line row. */
  compact?: boolean;
}

/** Colour is never the only signal: each coverage also has an icon and words. */
const COVERAGE_LABEL: Record<Coverage, string> = {
  full: '✓ Covered',
  partial: '◐ Part covered',
  none: '✕ Not covered',
};

/** The quantities the bar and its words show, derived once so both always agree. */
function quantities(stock: LineStockBar, forThisLine: number) {
  // Free can go negative when a count finds stock missing under allocations; nothing is free then.
  const free = Math.max(stock.free, 0);
  return {
    free,
    // What this line needs and no free stock covers.
    short: Math.max(0, stock.needs - free),
    held: stock.frozen + stock.damaged + stock.quarantine,
    thisLine: Math.max(forThisLine, 0),
  };
}

/**
 * The words beside the bar, in the first article's form:
 * `8 on hand · 2 to others · 6 free · needs 10 · 4 short · 3 frozen`. Parts that are zero are left out.
 */
export function stockBarWords(stock: LineStockBar, forThisLine: number): string {
  const q = quantities(stock, forThisLine);
  const parts: [number, string][] = [
    [stock.onHand, `${stock.onHand} on hand`],
    [q.thisLine, `${q.thisLine} for this line`],
    [stock.allocatedToOthers, `${stock.allocatedToOthers} to others`],
    [q.free, `${q.free} free`],
    [stock.needs, `needs ${stock.needs}`],
    [q.short, `${q.short} short`],
    [stock.frozen, `${stock.frozen} frozen`],
    [stock.damaged, `${stock.damaged} damaged`],
    [stock.quarantine, `${stock.quarantine} quarantine`],
  ];
  return parts
    .filter(([n]) => n > 0)
    .map(([, words]) => words)
    .join(' · ');
}

/**
 * The bar for a line not entered yet, asking for `qty`: nothing is allocated to it, so every
 * allocation belongs to others, and free stock alone decides the coverage.
 */
export function previewBar(stock: StockPicture, qty: number): LineStockBar {
  const free = Math.max(stock.free, 0);
  const coverage: Coverage = qty <= free ? 'full' : free > 0 ? 'partial' : 'none';
  return { ...stock, allocatedToOthers: stock.allocated, needs: qty, coverage };
}

type SegmentKind = 'line' | 'others' | 'free' | 'short' | 'held';

/** A width as a short percentage string (`60%`, `33.33%`), so the DOM stays readable. */
const percent = (part: number, total: number) => `${Number(((part / total) * 100).toFixed(2))}%`;

/** The inventory status bar beneath a BOM line: drawn to scale, coloured by coverage, with words. */
export function StockBar({ stock, forThisLine, queue, compact = false }: StockBarProps) {
  const q = quantities(stock, forThisLine);
  const segments: [SegmentKind, number][] = [
    ['line', q.thisLine],
    ['others', stock.allocatedToOthers],
    ['free', q.free],
    ['short', q.short],
    ['held', q.held],
  ];
  const total = segments.reduce((sum, [, n]) => sum + Math.max(n, 0), 0);
  const className = ['stock-bar', `stock-bar--${stock.coverage}`, compact ? 'stock-bar--compact' : ''].filter(Boolean).join(' ');

  return (
    <div className={className} data-coverage={stock.coverage}>
      <div className="stock-bar__main">
        {/* The words below carry every number; the drawing is for the eye only. */}
        <span className="stock-bar__track" aria-hidden="true">
          {total > 0 &&
            segments
              .filter(([, n]) => n > 0)
              .map(([kind, n]) => <span key={kind} className={`stock-bar__seg stock-bar__seg--${kind}`} style={{ width: percent(n, total) }} />)}
        </span>
        <span className="stock-bar__label">{COVERAGE_LABEL[stock.coverage]}</span>
        <span className="stock-bar__words">{stockBarWords(stock, forThisLine)}</span>
      </div>
      {queue ? <div className="stock-bar__queue">{queueWords(queue.ahead)}</div> : null}
    </div>
  );
}

function queueWords(ahead: number): string {
  if (ahead <= 0) return 'Backordered: first in line';
  return `Backordered: ${ahead} ${ahead === 1 ? 'unit' : 'units'} ahead of this order`;
}
