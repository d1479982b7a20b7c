import { createColumnHelper } from '@tanstack/react-table';
import { useState } from 'react';
import type { DocSummary, OrderDetail } from '../../../shared/domain/orders';
import { navigate } from '../../app/router';
import { DocStatusBadge } from '../../components/Badge';
import { DataGrid } from '../../components/DataGrid';
import { EmptyState } from '../../components/States';
import { formatTime } from '../../format';
import { PrintedCell } from '../print/PrintedCell';

const column = createColumnHelper<DocSummary>();
const columns = [
  column.accessor('number', { header: 'Number', cell: (c) => <span className="mono">{c.getValue()}</span> }),
  column.display({ id: 'kind', header: 'Kind', cell: (c) => (c.row.original.status === 'Back Order' ? 'Backorder' : 'Pick') }),
  column.accessor('status', { header: 'Status', cell: (c) => <DocStatusBadge status={c.getValue()} /> }),
  column.accessor('shipCode', { header: 'Ship code' }),
  column.accessor('lines', { header: 'Lines', meta: { className: 'num' } }),
  column.accessor('qty', { header: 'Units', meta: { className: 'num' } }),
  column.accessor('createdAt', { header: 'Created', cell: (c) => formatTime(c.getValue()) }),
  column.accessor('printedAt', {
    header: 'Printed',
    cell: (c) => <PrintedCell doc={c.row.original} />,
  }),
];
const TEMPLATE = '100px 90px 120px minmax(150px, 1.4fr) 60px 70px 150px 310px';

/** The order's picks and backorders; Enter opens one. */
export function AttachmentsTab({ order }: { order: OrderDetail }) {
  const [active, setActive] = useState<string>();
  return (
    <DataGrid
      label={`Attachments of order ${order.number}`}
      rows={order.attachments}
      total={order.attachments.length}
      columns={columns}
      template={TEMPLATE}
      getRowId={(doc) => doc.number}
      activeId={active}
      onActiveChange={setActive}
      onOpen={(doc) => navigate(`docs/${doc.number}`)}
      empty={<EmptyState title="No picks or backorders yet">Run Fulfillment makes the order’s pick, and a backorder for what stock does not cover.</EmptyState>}
    />
  );
}
