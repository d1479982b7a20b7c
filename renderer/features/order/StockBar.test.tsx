import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { StockPicture } from '../../../shared/domain/inventory';
import type { LineStockBar } from '../../../shared/domain/orders';
import { previewBar, StockBar, stockBarWords } from './StockBar';

const picture = (extra: Partial<StockPicture> = {}): StockPicture => ({
  onHand: 0, available: 0, frozen: 0, damaged: 0, quarantine: 0, allocated: 0, free: 0, ...extra,
});
const bar = (extra: Partial<LineStockBar> = {}): LineStockBar => ({
  ...picture(), allocatedToOthers: 0, needs: 0, coverage: 'full', ...extra,
});

// The article's partly covered line: 10 needed, 6 free, 2 held by others, 3 frozen.
const partial = bar({ onHand: 8, available: 8, allocated: 2, free: 6, frozen: 3, allocatedToOthers: 2, needs: 10, coverage: 'partial' });
// A line fully allocated: 50 of 120 on it, the rest free.
const full = bar({ onHand: 120, available: 120, allocated: 50, free: 70, coverage: 'full' });
// Nothing free: others hold it all.
const none = bar({ onHand: 5, available: 5, allocated: 5, free: 0, allocatedToOthers: 5, needs: 4, coverage: 'none' });
// Only frozen stock.
const frozenOnly = bar({ onHand: 30, frozen: 30, needs: 10, coverage: 'none' });

/** Each drawn segment's kind and width, in order. */
function segments(container: HTMLElement) {
  return [...container.querySelectorAll<HTMLElement>('.stock-bar__seg')].map((el) => [
    el.className.replace('stock-bar__seg stock-bar__seg--', ''),
    el.style.width,
  ]);
}

describe('stockBarWords', () => {
  it('says a partly covered line in the article form, leaving zeros out', () => {
    expect(stockBarWords(partial, 0)).toBe('8 on hand · 2 to others · 6 free · needs 10 · 4 short · 3 frozen');
  });
  it('says a fully allocated line', () => {
    expect(stockBarWords(full, 50)).toBe('120 on hand · 50 for this line · 70 free');
  });
  it('says a line nothing covers', () => {
    expect(stockBarWords(none, 0)).toBe('5 on hand · 5 to others · needs 4 · 4 short');
  });
  it('says frozen-only stock, and damaged and quarantined stock last', () => {
    expect(stockBarWords(frozenOnly, 0)).toBe('30 on hand · needs 10 · 10 short · 30 frozen');
    expect(stockBarWords(bar({ onHand: 6, damaged: 2, quarantine: 4, frozen: 0 }), 0)).toBe('6 on hand · 2 damaged · 4 quarantine');
  });
  it('shows negative free stock as none free', () => {
    expect(stockBarWords(bar({ onHand: 3, available: 3, free: -2, allocatedToOthers: 5, needs: 1, coverage: 'none' }), 0)).toBe(
      '3 on hand · 5 to others · needs 1 · 1 short',
    );
  });
});

describe('previewBar', () => {
  const stock = picture({ onHand: 9, available: 8, frozen: 1, allocated: 2, free: 6 });
  it('covers in full what free stock covers', () => {
    expect(previewBar(stock, 6)).toEqual({ ...stock, allocatedToOthers: 2, needs: 6, coverage: 'full' });
  });
  it('covers in part beyond free stock', () => {
    expect(previewBar(stock, 10)).toMatchObject({ needs: 10, coverage: 'partial' });
  });
  it('covers nothing when nothing is free, even when free is negative', () => {
    expect(previewBar(picture({ free: 0 }), 1).coverage).toBe('none');
    expect(previewBar(picture({ free: -3, allocated: 3 }), 1)).toMatchObject({ allocatedToOthers: 3, coverage: 'none' });
  });
});

describe('the stock bar', () => {
  it('draws a fully covered line green, to scale, with its label and words', () => {
    const { container } = render(<StockBar stock={full} forThisLine={50} />);
    const root = container.firstElementChild!;
    expect(root).toHaveClass('stock-bar', 'stock-bar--full');
    expect(root).toHaveAttribute('data-coverage', 'full');
    expect(screen.getByText('✓ Covered')).toBeVisible();
    expect(screen.getByText('120 on hand · 50 for this line · 70 free')).toBeInTheDocument();
    // 50 + 70 = 120: no others, no short, no held.
    expect(segments(container)).toEqual([
      ['line', '41.67%'],
      ['free', '58.33%'],
    ]);
  });

  it('draws a partly covered line amber with its shortfall and frozen stock', () => {
    const { container } = render(<StockBar stock={partial} forThisLine={0} />);
    expect(container.firstElementChild).toHaveClass('stock-bar--partial');
    expect(container.firstElementChild).toHaveAttribute('data-coverage', 'partial');
    expect(screen.getByText('◐ Part covered')).toBeInTheDocument();
    expect(screen.getByText('8 on hand · 2 to others · 6 free · needs 10 · 4 short · 3 frozen')).toBeInTheDocument();
    // 2 others + 6 free + 4 short + 3 held = 15.
    expect(segments(container)).toEqual([
      ['others', '13.33%'],
      ['free', '40%'],
      ['short', '26.67%'],
      ['held', '20%'],
    ]);
  });

  it('draws a line nothing covers red', () => {
    const { container } = render(<StockBar stock={none} forThisLine={0} />);
    expect(container.firstElementChild).toHaveClass('stock-bar--none');
    expect(screen.getByText('✕ Not covered')).toBeInTheDocument();
    expect(screen.getByText('5 on hand · 5 to others · needs 4 · 4 short')).toBeInTheDocument();
    // 5 others + 4 short = 9; no free segment at all.
    expect(segments(container)).toEqual([
      ['others', '55.56%'],
      ['short', '44.44%'],
    ]);
  });

  it('draws frozen-only stock as held and short', () => {
    const { container } = render(<StockBar stock={frozenOnly} forThisLine={0} />);
    expect(container.firstElementChild).toHaveAttribute('data-coverage', 'none');
    expect(screen.getByText('✕ Not covered')).toBeInTheDocument();
    expect(screen.getByText('30 on hand · needs 10 · 10 short · 30 frozen')).toBeInTheDocument();
    expect(segments(container)).toEqual([
      ['short', '25%'],
      ['held', '75%'],
    ]);
  });

  it('is proportional: 6 free of 10 is 60%', () => {
    const stock = bar({ onHand: 10, available: 10, allocated: 4, free: 6, allocatedToOthers: 4, needs: 6, coverage: 'full' });
    const { container } = render(<StockBar stock={stock} forThisLine={0} />);
    expect(segments(container)).toEqual([
      ['others', '40%'],
      ['free', '60%'],
    ]);
  });

  it('draws an empty track when there is nothing at all', () => {
    const { container } = render(<StockBar stock={bar()} forThisLine={0} />);
    expect(container.querySelector('.stock-bar__track')).toBeInTheDocument();
    expect(segments(container)).toEqual([]);
  });

  it('hides the drawing from screen readers, which read the words', () => {
    const { container } = render(<StockBar stock={partial} forThisLine={0} />);
    expect(container.querySelector('.stock-bar__track')).toHaveAttribute('aria-hidden', 'true');
    expect(container.querySelector('[role="img"]')).toBeNull();
  });

  it('says where a backordered line stands in the queue', () => {
    const { rerender } = render(<StockBar stock={partial} forThisLine={0} queue={{ ahead: 5 }} />);
    expect(screen.getByText('Backordered: 5 units ahead of this order')).toBeInTheDocument();
    rerender(<StockBar stock={partial} forThisLine={0} queue={{ ahead: 0 }} />);
    expect(screen.getByText('Backordered: first in line')).toBeInTheDocument();
    rerender(<StockBar stock={partial} forThisLine={0} queue={null} />);
    expect(screen.queryByText(/Backordered/)).not.toBeInTheDocument();
  });

  it('has a compact form', () => {
    const { container } = render(<StockBar stock={full} forThisLine={0} compact />);
    expect(container.firstElementChild).toHaveClass('stock-bar--compact');
  });
});
