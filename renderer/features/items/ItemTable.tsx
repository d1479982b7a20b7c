import { createColumnHelper, flexRender, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { Item } from '../../../shared/domain/items';
import { Badge } from '../../components/Badge';

const column = createColumnHelper<Item>();

const columns = [
  column.accessor('sku', { header: 'SKU', cell: (c) => <span className="mono">{c.getValue()}</span> }),
  column.accessor('description', { header: 'Description', cell: (c) => c.getValue() || <span className="muted">No description</span> }),
  column.accessor('unit', { header: 'Unit' }),
  column.accessor('allowBackorder', {
    header: 'Backorder',
    cell: (c) => (c.getValue() ? <Badge tone="blue">Yes</Badge> : <Badge tone="grey">No</Badge>),
  }),
  column.accessor('active', {
    header: 'Status',
    cell: (c) => (c.getValue() ? <Badge tone="green">Active</Badge> : <Badge tone="grey">Inactive</Badge>),
  }),
];

const ROW_HEIGHT = 40;

interface ItemTableProps {
  rows: Item[];
  selectedId?: number;
  onSelect(id: number): void;
  onOpen(item: Item): void;
  /** Called when the clerk scrolls near the end of what is loaded. */
  onNearEnd(): void;
}

/** The catalogue as a virtualised grid: only the rows on screen are in the DOM, however long the list. */
export function ItemTable({ rows, selectedId, onSelect, onOpen, onNearEnd }: ItemTableProps) {
  const table = useReactTable({ data: rows, columns, getCoreRowModel: getCoreRowModel(), getRowId: (item) => String(item.id) });
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const virtualRows = virtualizer.getVirtualItems();
  const lastIndex = virtualRows.at(-1)?.index ?? 0;

  useEffect(() => {
    if (rows.length > 0 && lastIndex >= rows.length - 20) onNearEnd();
  }, [lastIndex, rows.length, onNearEnd]);

  const selectedIndex = rows.findIndex((r) => r.id === selectedId);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const move = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (move !== 0 && rows.length > 0) {
      event.preventDefault();
      const next = Math.min(rows.length - 1, Math.max(0, selectedIndex + move));
      onSelect(rows[next]!.id);
      virtualizer.scrollToIndex(next);
    } else if (event.key === 'Enter' && selectedIndex >= 0) {
      event.preventDefault();
      onOpen(rows[selectedIndex]!);
    }
  }

  return (
    <div className="grid" role="grid" aria-label="Items" aria-rowcount={rows.length + 1}>
      {table.getHeaderGroups().map((group) => (
        <div key={group.id} className="grid__row grid__row--head items-cols" role="row">
          {group.headers.map((header) => (
            <div key={header.id} role="columnheader" className={`grid__cell col-${header.column.id}`}>
              {flexRender(header.column.columnDef.header, header.getContext())}
            </div>
          ))}
        </div>
      ))}
      <div ref={scroller} className="grid__body" tabIndex={0} onKeyDown={onKeyDown} aria-label="Item rows">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualRows.map((virtual) => {
            const row = table.getRowModel().rows[virtual.index]!;
            const item = row.original;
            return (
              <div
                key={row.id}
                role="row"
                aria-rowindex={virtual.index + 2}
                aria-selected={item.id === selectedId}
                data-sku={item.sku}
                className={`grid__row items-cols${item.id === selectedId ? ' is-selected' : ''}${item.active ? '' : ' is-inactive'}`}
                style={{ transform: `translateY(${virtual.start}px)`, height: ROW_HEIGHT }}
                onClick={() => onSelect(item.id)}
                onDoubleClick={() => onOpen(item)}
              >
                {row.getVisibleCells().map((cell) => (
                  <div key={cell.id} role="gridcell" className={`grid__cell col-${cell.column.id}`}>
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
