import { useState } from 'react';
import type { DocDetail } from '../../../shared/domain/fulfillment';
import type { OrderDetail } from '../../../shared/domain/orders';
import { useCommands } from '../../app/commands';
import { PrintDialog, type PrintSource } from './PrintDialog';
import { StaleBadge } from './StaleBadge';

/**
 * **Print** in an order page's header, and Ctrl+P (also "Print order" in Quick Actions): the print
 * dialog with the order's pick and backorder sheets. The engine says why when there is nothing to print.
 */
export function PrintOrderButton({ order }: { order: OrderDetail }) {
  const [open, setOpen] = useState(false);
  useCommands([{ id: 'order.print', name: 'Print order', hotkey: 'ctrl+p', inFields: true, group: 'Order', run: () => setOpen(true) }]);
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)} title="Print the order's pick and backorder sheets (Ctrl+P)">
        Print
      </button>
      <PrintDialog source={{ order: order.number }} open={open} onClose={() => setOpen(false)} />
    </>
  );
}

/**
 * **Print** on a pick or backorder page, and Ctrl+P: its sheet. Beside it, the warning when the
 * document changed after its sheet was printed (what changed is in the badge's title and the dialog).
 */
export function PrintDocumentButton({ document: doc }: { document: DocDetail }) {
  const [open, setOpen] = useState(false);
  const name = doc.status === 'Back Order' ? 'Print backorder sheet' : 'Print pick sheet';
  useCommands([{ id: 'document.print', name, hotkey: 'ctrl+p', inFields: true, group: 'Document', run: () => setOpen(true) }]);
  return (
    <>
      {doc.stale ? <StaleBadge changes={doc.staleChanges} /> : null}
      <button type="button" className="button" onClick={() => setOpen(true)} title={`${name} (Ctrl+P)`}>
        Print
      </button>
      <PrintDialog source={{ documents: [doc.number] }} open={open} onClose={() => setOpen(false)} />
    </>
  );
}

/**
 * The print dialog for a list's Actions menu (the Orders list, the Picks and Backorders views):
 * `print.open({ order })` or `print.open({ documents })` (one job, one sheet per document), and
 * `print.dialog` placed once in the screen.
 */
export function usePrintDialog() {
  const [source, setSource] = useState<PrintSource>();
  return {
    open: setSource,
    dialog: source ? <PrintDialog source={source} open onClose={() => setSource(undefined)} /> : null,
  };
}
