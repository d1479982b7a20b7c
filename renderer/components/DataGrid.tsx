import { flexRender, getCoreRowModel, useReactTable, type ColumnDef, type RowData } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import './DataGrid.css';

export interface DataGridProps<T> {
  /** The accessible name of the grid (`Orders`, `Items`). */
  label: string;
  rows: T[];
  /** The server's total (aria-rowcount): more rows than are loaded may exist. */
  total: number;
  // TanStack's accessor columns differ in their value type; a list of them is typed with `any`.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  columns: ColumnDef<T, any>[];
  getRowId(row: T): string;
  /** CSS grid-template-columns for header and rows, one track per column (plus the check column). */
  template: string;
  /** The row the keyboard is on. */
  activeId?: string;
  onActiveChange(id: string): void;
  /** Enter or double-click. */
  onOpen?(row: T): void;
  /** With a selection the grid gets a check column; Space toggles the active row. */
  selection?: ReadonlySet<string>;
  onSelectionChange?(next: Set<string>): void;
  /** Called when the clerk scrolls or moves near the end of what is loaded. */
  onNearEnd?(): void;
  rowHeight?: number;
  /** Per-row class names (e.g. a muted inactive row). */
  rowClassName?(row: T): string;
  /** Shown instead of rows when there are none. */
  empty?: ReactNode;
  loading?: boolean;
}

const NEAR_END = 30;

/**
 * The one long table of every list screen: virtualised (only visible rows are in the DOM, however
 * many are loaded), keyboard-first, and readable by assistive technology: focus stays on the grid and
 * `aria-activedescendant` names the active row; `aria-rowcount` is the server's total.
 */
export function DataGrid<T>(props: DataGridProps<T>) {
  const { rows, total, columns, getRowId, template, activeId, onActiveChange, onOpen, selection, onSelectionChange, onNearEnd } = props;
  const rowHeight = props.rowHeight ?? 32;
  const domId = useId();
  const table = useReactTable({ data: rows, columns, getCoreRowModel: getCoreRowModel(), getRowId });
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => rowHeight, overscan: 10 });
  const virtualRows = virtualizer.getVirtualItems();
  const lastVisible = virtualRows.at(-1)?.index ?? 0;
  const activeIndex = activeId === undefined ? -1 : rows.findIndex((row) => getRowId(row) === activeId);
  const rowDomId = (id: string) => `${domId}-row-${id}`;
  const selectable = selection !== undefined && onSelectionChange !== undefined;

  useEffect(() => {
    if (onNearEnd && rows.length > 0 && lastVisible >= rows.length - NEAR_END && rows.length < total) onNearEnd();
  }, [lastVisible, rows.length, total, onNearEnd]);

  function moveTo(index: number) {
    if (rows.length === 0) return;
    const next = Math.min(rows.length - 1, Math.max(0, index));
    onActiveChange(getRowId(rows[next]!));
    virtualizer.scrollToIndex(next);
  }

  function toggle(id: string) {
    if (!selectable) return;
    const next = new Set(selection);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onSelectionChange(next);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const page = Math.max(1, Math.floor((scroller.current?.clientHeight ?? rowHeight * 10) / rowHeight) - 1);
    const from = activeIndex < 0 ? -1 : activeIndex;
    const moves: Record<string, number> = { ArrowDown: from + 1, ArrowUp: Math.max(0, from - 1), PageDown: from + page, PageUp: from - page, Home: 0, End: rows.length - 1 };
    if (event.key in moves && !event.altKey) {
      event.preventDefault();
      moveTo(moves[event.key]!);
    } else if (event.key === 'Enter' && activeIndex >= 0 && onOpen) {
      event.preventDefault();
      onOpen(rows[activeIndex]!);
    } else if (event.key === ' ' && activeIndex >= 0 && selectable) {
      event.preventDefault();
      toggle(getRowId(rows[activeIndex]!));
    } else if (event.key === 'a' && (event.ctrlKey || event.metaKey) && selectable) {
      event.preventDefault();
      onSelectionChange(new Set(rows.map(getRowId)));
    }
  }

  const allSelected = selectable && rows.length > 0 && rows.every((row) => selection.has(getRowId(row)));
  const gridTemplate = selectable ? `36px ${template}` : template;
  const activeRowId = activeIndex >= 0 ? rowDomId(getRowId(rows[activeIndex]!)) : undefined;

  const header = (
    <div className="data-grid__row data-grid__row--head" role="row" aria-rowindex={1} style={{ gridTemplateColumns: gridTemplate }}>
      {selectable ? (
        <div role="columnheader" className="data-grid__cell data-grid__check">
          <input
            type="checkbox"
            tabIndex={-1}
            aria-label="Select all loaded rows"
            checked={allSelected}
            onChange={() => onSelectionChange(allSelected ? new Set() : new Set(rows.map(getRowId)))}
          />
        </div>
      ) : null}
      {table.getHeaderGroups()[0]!.headers.map((h) => (
        <div key={h.id} role="columnheader" className={`data-grid__cell ${metaOf(h.column.columnDef)}`}>
          {flexRender(h.column.columnDef.header, h.getContext())}
        </div>
      ))}
    </div>
  );

  if (rows.length === 0) {
    return (
      <div className="data-grid">
        {header}
        {props.loading ? (
          <div className="loading" aria-busy="true">
            Loading…
          </div>
        ) : (
          (props.empty ?? <div className="empty">Nothing to show</div>)
        )}
      </div>
    );
  }

  return (
    <div
      className="data-grid"
      role="grid"
      aria-label={props.label}
      aria-rowcount={total + 1}
      aria-multiselectable={selectable || undefined}
      aria-activedescendant={activeRowId}
      tabIndex={0}
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        if (event.target === event.currentTarget && activeIndex < 0) onActiveChange(getRowId(rows[0]!));
      }}
    >
      {header}
      <div ref={scroller} className="data-grid__body" role="rowgroup">
        <div className="data-grid__canvas" style={{ height: virtualizer.getTotalSize() }}>
          {virtualRows.map((virtual) => {
            const row = table.getRowModel().rows[virtual.index]!;
            const id = row.id;
            const isActive = id === activeId;
            const isSelected = selectable && selection.has(id);
            return (
              <div
                key={id}
                id={rowDomId(id)}
                role="row"
                aria-rowindex={virtual.index + 2}
                aria-selected={selectable ? isSelected : isActive}
                className={`data-grid__row${isActive ? ' is-active' : ''}${isSelected ? ' is-selected' : ''} ${props.rowClassName?.(row.original) ?? ''}`}
                style={{ transform: `translateY(${virtual.start}px)`, height: rowHeight, gridTemplateColumns: gridTemplate }}
                onClick={() => onActiveChange(id)}
                onDoubleClick={() => onOpen?.(row.original)}
              >
                {selectable ? (
                  <div role="gridcell" className="data-grid__cell data-grid__check">
                    <input
                      type="checkbox"
                      tabIndex={-1}
                      aria-label={`Select ${id}`}
                      checked={isSelected}
                      onChange={() => toggle(id)}
                      onClick={(e) => e.stopPropagation()}
                    />
                  </div>
                ) : null}
                {row.getVisibleCells().map((cell) => (
                  <div key={cell.id} role="gridcell" className={`data-grid__cell ${metaOf(cell.column.columnDef)}`}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

const metaOf = (def: { meta?: { className?: string } }) => def.meta?.className ?? '';

declare module '@tanstack/react-table' {
  /** Column meta the grid reads: `className: 'num'` right-aligns with tabular figures. */
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<TData extends RowData, TValue> {
    className?: string;
  }
}
