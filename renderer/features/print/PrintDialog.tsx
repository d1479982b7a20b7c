import { useState } from 'react';
import type { PaperSize, Sheet } from '../../../shared/domain/print';
import { Badge } from '../../components/Badge';
import { Dialog } from '../../components/Dialog';
import { ErrorBanner, Loading } from '../../components/States';
import { useChannel, useData } from '../../data/hooks';
import { SheetPage } from '../../print/SheetPage';
import { reprintLabel, units } from '../../print/words';
import { useAppStore } from '../../store';
import { PAPER_LABELS, sendSheets, type PrintTarget } from './printJob';
import { StaleBadge } from './StaleBadge';
import './PrintDialog.css';

/** What is printed: an order's sheets (fulfillment runs when it prints) or named picks and backorders. */
export type PrintSource = { order: string } | { documents: string[] };

const KIND_LABELS = { pick: 'Pick sheet', backorder: 'Backorder sheet' } as const;
const unitsOf = (sheet: Sheet) => (sheet.kind === 'pick' ? sheet.lines.reduce((n, l) => n + l.qty, 0) : sheet.lines.reduce((n, l) => n + l.outstanding, 0));

/** The sheets the dialog offers: for an order, what printing it would give (nothing changes until Print). */
function useOfferedSheets(source: PrintSource) {
  const byOrder = 'order' in source;
  const preview = useChannel('print:orderPreview', { order: byOrder ? source.order : '' }, { enabled: byOrder });
  const sheets = useChannel('print:sheets', { documents: byOrder ? [] : source.documents }, { enabled: !byOrder });
  const order = useChannel('orders:get', { order: byOrder ? source.order : '' }, { enabled: byOrder });
  const existing = new Set(order.data?.attachments.map((d) => d.number));
  const query = byOrder ? preview : sheets;
  return {
    sheets: byOrder ? preview.data?.sheets : sheets.data,
    error: query.error,
    /** A document the order does not have yet: printing creates it. */
    isNew: (number: string) => byOrder && order.data !== undefined && !existing.has(number),
  };
}

interface PrintDialogProps {
  source: PrintSource;
  open: boolean;
  onClose(): void;
}

/**
 * The print dialog: the sheets on offer with a preview of each, the paper, and Print (or, in the
 * desktop app, Save as PDF). Printing an order creates its pick and backorder at that moment if they
 * do not exist yet; then the clerk goes on where they were. Nothing is read until it opens (an
 * order's preview is a dry run of fulfillment), and each opening starts afresh.
 */
export const PrintDialog = (props: PrintDialogProps) => (props.open ? <OpenPrintDialog {...props} /> : null);

function OpenPrintDialog({ source, onClose }: PrintDialogProps) {
  const { api } = useData();
  const notify = useAppStore((s) => s.notify);
  const settings = useChannel('settings:get', {});
  const offered = useOfferedSheets(source);
  const [unchosen, setUnchosen] = useState<ReadonlySet<string>>(new Set());
  const [previewed, setPreviewed] = useState<string>();
  const [paperChoice, setPaperChoice] = useState<PaperSize>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<unknown>();

  const sheets = offered.sheets ?? [];
  const chosen = sheets.filter((s) => !unchosen.has(s.number));
  const shown = sheets.find((s) => s.number === previewed) ?? sheets[0];
  const paper = paperChoice ?? settings.data?.paperSize ?? 'letter';
  const title = 'order' in source ? `Print order ${source.order}` : source.documents.length === 1 ? `Print ${source.documents[0]}` : `Print ${source.documents.length} documents`;

  function toggle(number: string, on: boolean) {
    const next = new Set(unchosen);
    if (on) next.delete(number);
    else next.add(number);
    setUnchosen(next);
  }

  async function print(to: PrintTarget) {
    if (chosen.length === 0 || busy) return;
    setBusy(true);
    setFailure(undefined);
    try {
      let numbers = chosen.map((s) => s.number);
      if ('order' in source) {
        // Fulfillment runs now: the pick and backorder the preview showed are created here.
        const printed = await api.call('orders:print', { order: source.order });
        numbers = printed.sheets.filter((s) => !unchosen.has(s.number)).map((s) => s.number);
      }
      const message = await sendSheets(api, numbers, paper, to);
      if (message) notify(message);
      onClose();
    } catch (error) {
      setFailure(error);
      setBusy(false);
    }
  }

  const canPrint = chosen.length > 0 && !busy && !offered.error;
  return (
    <Dialog
      open
      onOpenChange={(next) => (next ? undefined : onClose())}
      title={title}
      description={
        'order' in source
          ? 'Choose the sheets to print. Printing runs fulfillment for the order, so a pick or backorder marked new is created now.'
          : 'The sheet as it will print. A pick becomes Printed once its sheet has printed.'
      }
      onSubmit={() => void print('printer')}
      footer={
        <>
          <label className="print-dialog__paper">
            Paper{' '}
            <select className="select" value={paper} onChange={(e) => setPaperChoice(e.target.value as PaperSize)}>
              {(Object.keys(PAPER_LABELS) as PaperSize[]).map((p) => (
                <option key={p} value={p}>
                  {PAPER_LABELS[p]}
                </option>
              ))}
            </select>
          </label>
          <span className="toolbar__spacer" />
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          {api.mode === 'electron' ? (
            <button type="button" className="button" disabled={!canPrint} onClick={() => void print('pdf')}>
              Save as PDF…
            </button>
          ) : null}
          <button type="button" className="button button--primary" disabled={!canPrint} onClick={() => void print('printer')}>
            {busy ? 'Printing…' : chosen.length > 1 ? `Print ${chosen.length} sheets…` : 'Print…'} <kbd>Ctrl+Enter</kbd>
          </button>
        </>
      }
    >
      <div className="print-dialog">
        <ErrorBanner error={offered.error ?? failure} />
        {offered.error ? null : offered.sheets === undefined ? (
          <Loading label="Preparing the sheets" />
        ) : (
          <>
            <fieldset className="print-dialog__sheets">
              <legend>Sheets</legend>
              {sheets.map((sheet) => (
                <div key={sheet.number} className={`print-dialog__sheet${sheet.number === shown?.number ? ' is-shown' : ''}`} onMouseEnter={() => setPreviewed(sheet.number)}>
                  <input
                    id={`print-sheet-${sheet.number}`}
                    type="checkbox"
                    checked={!unchosen.has(sheet.number)}
                    onChange={(e) => toggle(sheet.number, e.target.checked)}
                    onFocus={() => setPreviewed(sheet.number)}
                  />
                  <label htmlFor={`print-sheet-${sheet.number}`}>
                    <span className="print-dialog__name">
                      {KIND_LABELS[sheet.kind]} <span className="mono">{sheet.number}</span>
                    </span>
                    <span className="print-dialog__about muted">
                      {sheet.lines.length} {sheet.lines.length === 1 ? 'line' : 'lines'} · {units(unitsOf(sheet))} {sheet.kind === 'pick' ? 'to pick' : 'outstanding'}
                    </span>
                    <span className="print-dialog__marks">
                      {offered.isNew(sheet.number) ? <Badge tone="accent">New: created when you print</Badge> : null}
                      {sheet.printCount > 0 ? <Badge tone="neutral">{reprintLabel(sheet.printCount)}</Badge> : null}
                      {sheet.changes.length > 0 ? <StaleBadge changes={sheet.changes} /> : null}
                    </span>
                    {sheet.changes.length > 0 ? <span className="print-dialog__changes">Changed since the last print: {sheet.changes.join('; ')}</span> : null}
                  </label>
                </div>
              ))}
            </fieldset>
            <section className="print-dialog__preview" aria-label={shown ? `Preview of ${shown.number}` : 'Preview'}>
              {shown ? (
                <div className={`print-dialog__paper-view sheets--${paper}`}>
                  <SheetPage sheet={shown} />
                </div>
              ) : null}
            </section>
          </>
        )}
      </div>
    </Dialog>
  );
}
