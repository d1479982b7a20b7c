import type { ReceiptAnswer, ReceiveInput } from '../../../shared/domain/inventory';
import { hrefOf } from '../../app/router';
import { Dialog } from '../../components/Dialog';
import { TextField } from '../../components/Field';
import { useChannel, useCommand } from '../../data/hooks';
import { BinField, SkuField } from './Completion';
import { parseWhole, SETTLE_MS, useSettled, useStockForm } from './form';
import { FulfillableHint } from './FulfillableHint';
import { ReleasedList, ReleasedMore } from './Released';
import type { StockDialogPrefill } from './slice';
import './StockDialogs.css';

interface Draft {
  sku: string;
  qty: string;
  bin: string;
  reference: string;
}

/** The engine's words for a quantity that is not a whole number (checked here: the contract needs a number). */
export const QTY_REFUSAL = 'qty must be a whole number above 0';
const FIELDS = { 'lines.0.sku': 'sku', 'lines.0.qty': 'qty', 'lines.0.bin': 'bin', reference: 'reference' };

/** The receipt the draft describes, or null while it names no sku or no whole quantity. */
function receiptOf(draft: Draft): ReceiveInput | null {
  const qty = parseWhole(draft.qty);
  if (draft.sku.trim() === '' || qty === null) return null;
  const bin = draft.bin.trim();
  return { reference: draft.reference.trim(), lines: [{ sku: draft.sku.trim(), qty, ...(bin ? { bin } : {}) }] };
}

/**
 * Receive: sku, qty, bin and the receipt's reference. Before it is posted the dialog shows what the
 * receipt would release to whom (`inventory:previewReceipt`, asked again once the fields settle);
 * afterwards what it did release. A refusal shows on its field and the draft stays as typed.
 */
export function ReceiveDialog({ prefill, onClose }: { prefill: StockDialogPrefill; onClose(): void }) {
  const receive = useCommand('inventory:receive');
  const { draft, setDraft, edit, refusal, result, setResult, submit } = useStockForm<Draft, ReceiptAnswer>(
    { sku: prefill.sku ?? '', qty: '', bin: prefill.bin ?? '', reference: '' },
    // A whole quantity with no sku sends what the engine refuses on the sku field.
    { fields: FIELDS, qtyRefusal: QTY_REFUSAL, pending: receive.isPending, send: (d) => receive.mutateAsync(receiptOf(d)!), onClose },
  );

  const receipt = receiptOf(draft);
  const settled = useSettled(JSON.stringify(receipt), SETTLE_MS);
  const asked = JSON.parse(settled) as ReceiveInput | null;
  const preview = useChannel('inventory:previewReceipt', asked ?? { lines: [] }, { enabled: asked !== null && !result });
  const previewIsCurrent = settled === JSON.stringify(receipt) && !preview.isPlaceholderData;

  function another() {
    setDraft((d) => ({ sku: '', qty: '', bin: '', reference: d.reference }));
    setResult(undefined);
  }

  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={result ? 'Received' : 'Receive'}
      description={result ? undefined : 'Adds available stock to a bin. Before you post it, see which backorders it will release to whom.'}
      onSubmit={() => void submit()}
      wide
      footer={
        result ? (
          <>
            <button type="button" className="button" onClick={another}>
              Receive another
            </button>
            <button type="button" className="button button--primary" onClick={onClose} autoFocus>
              Done
            </button>
          </>
        ) : (
          <>
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
            <button type="button" className="button button--primary" aria-keyshortcuts="Control+Enter" disabled={receive.isPending} onClick={() => void submit()}>
              {receive.isPending ? 'Receiving…' : 'Receive'} <kbd aria-hidden="true">Ctrl+Enter</kbd>
            </button>
          </>
        )
      }
    >
      {result ? (
        <ReceiptDone result={result} onFollow={onClose} />
      ) : (
        <>
          {refusal.form ? (
            <p className="form-error" role="alert">
              {refusal.form}
            </p>
          ) : null}
          <div className="stock-dialog__fields stock-dialog__fields--receive">
            <SkuField label="SKU" value={draft.sku} onChange={edit('sku')} error={refusal.fields.sku} autoFocus={!prefill.sku} placeholder="sku or description" />
            <TextField
              label="Qty"
              inputMode="numeric"
              autoComplete="off"
              value={draft.qty}
              onChange={(e) => edit('qty')(e.target.value)}
              error={refusal.fields.qty}
              autoFocus={!!prefill.sku}
            />
            <BinField label="Bin" value={draft.bin} onChange={edit('bin')} error={refusal.fields.bin} placeholder="item’s first bin" />
            <TextField label="Reference" value={draft.reference} onChange={(e) => edit('reference')(e.target.value)} error={refusal.fields.reference} placeholder="PO-4471" />
          </div>
          <section className="stock-dialog__preview" aria-label="Preview" aria-busy={asked !== null && !previewIsCurrent}>
            <h3>What it will release</h3>
            {receipt === null ? (
              <p className="muted">Type a sku and a quantity to see which backorders this receipt will release.</p>
            ) : preview.error ? (
              <p className="stock-dialog__problem">{preview.error.message}</p>
            ) : preview.data ? (
              <div className={previewIsCurrent ? undefined : 'stock-dialog__stale'}>
                <ReceiptEffect result={preview.data} posted={false} onFollow={onClose} />
              </div>
            ) : (
              <p className="muted">Looking…</p>
            )}
          </section>
        </>
      )}
    </Dialog>
  );
}

/** What a receipt posts and releases: before it is posted (the preview) or after. */
function ReceiptEffect({ result, posted, onFollow }: { result: ReceiptAnswer; posted: boolean; onFollow(): void }) {
  const lines = result.lines.map((l) => `${l.qty} × ${l.sku} into ${l.bin}`).join(', ');
  const skus = [...new Set(result.lines.map((l) => l.sku))].join(', ');
  return (
    <>
      <p>
        {posted ? 'Posted' : 'Posts'} {lines}
        {result.reference ? ` (${result.reference})` : ''}.
      </p>
      {!result.autoRelease ? (
        <p>
          Auto-release on receipt is off (
          <a href={hrefOf('settings')} onClick={onFollow}>
            Settings
          </a>
          ): {posted ? 'nothing was released' : 'it releases nothing'}. Backorders it can fill wait under Fulfillable Backorders.
        </p>
      ) : result.released.length === 0 ? (
        <p>{posted ? 'No backorder was waiting for' : 'No backorder is waiting for'} {skus}: the stock stays available.</p>
      ) : (
        <>
          <ReleasedList released={result.released} posted={posted} onFollow={onFollow} />
          {result.releasedMore > 0 ? <ReleasedMore answer={result} posted={posted} onFollow={onFollow} /> : null}
        </>
      )}
    </>
  );
}

function ReceiptDone({ result, onFollow }: { result: ReceiptAnswer; onFollow(): void }) {
  return (
    <div className="stock-dialog__done" role="status">
      <ReceiptEffect result={result} posted onFollow={onFollow} />
      {!result.autoRelease ? result.lines.map((l) => <FulfillableHint key={l.sku} sku={l.sku} onFollow={onFollow} />) : null}
    </div>
  );
}
