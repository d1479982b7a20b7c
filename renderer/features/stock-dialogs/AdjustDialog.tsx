import { STOCK_STATUSES, type AdjustResult, type StockStatus } from '../../../shared/domain/inventory';
import { SelectField, TextField } from '../../components/Field';
import { useCommand } from '../../data/hooks';
import { BinField, SkuField } from './Completion';
import { parseWhole, useStockForm } from './form';
import { FulfillableHint } from './FulfillableHint';
import { GivenBackList } from './GivenBack';
import type { StockDialogPrefill } from './slice';
import { StockDialog } from './StockDialog';
import { holding, StockNow } from './StockNow';

type Mode = 'set' | 'delta';

interface Draft {
  sku: string;
  bin: string;
  status: StockStatus;
  mode: Mode;
  qty: string;
  reason: string;
}

const FIELDS = { sku: 'sku', bin: 'bin', status: 'status', mode: 'mode', qty: 'qty', reason: 'reason' };
const QTY_NOT_WHOLE = 'qty must be a whole number';

/**
 * Adjust: set a bin's quantity in one status (a count), or change it by a number, with a reason.
 * Never releases anything: when it frees stock, a hint says which backorders could now be filled.
 */
export function AdjustDialog({ prefill, onClose }: { prefill: StockDialogPrefill; onClose(): void }) {
  const adjust = useCommand('inventory:adjust');
  const { draft, edit, refusal, result, submit } = useStockForm<Draft, AdjustResult>(
    { sku: prefill.sku ?? '', bin: prefill.bin ?? '', status: prefill.status ?? 'available', mode: 'set', qty: '', reason: '' },
    {
      fields: FIELDS,
      qtyRefusal: QTY_NOT_WHOLE,
      pending: adjust.isPending,
      send: (d, qty) => adjust.mutateAsync({ sku: d.sku, bin: d.bin, status: d.status, mode: d.mode, qty, reason: d.reason }),
      onClose,
    },
  );

  const qty = parseWhole(draft.qty);
  return (
    <StockDialog
      title={result ? 'Adjusted' : 'Adjust'}
      description={result ? undefined : 'Sets or changes what a bin holds of an item in one status, for a count or a correction. It never releases backorders.'}
      submitLabel="Adjust"
      done={!!result}
      pending={adjust.isPending}
      formError={refusal.form}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      {result ? (
        <div className="stock-dialog__done" role="status">
          <p>
            {result.bin}: {result.sku} {result.status} {result.before} → {result.after}.
          </p>
          <GivenBackList givenBack={result.givenBack} onFollow={onClose} />
          {result.status === 'available' && result.after > result.before ? <FulfillableHint sku={result.sku} onFollow={onClose} /> : null}
        </div>
      ) : (
        <>
          <div className="stock-dialog__fields">
            <SkuField label="SKU" value={draft.sku} onChange={edit('sku')} error={refusal.fields.sku} autoFocus={!prefill.sku} placeholder="sku or description" />
            <BinField label="Bin" value={draft.bin} onChange={edit('bin')} error={refusal.fields.bin} autoFocus={!!prefill.sku && !prefill.bin} />
            <SelectField label="Status" options={STOCK_STATUSES} value={draft.status} onChange={(e) => edit('status')(e.target.value as StockStatus)} error={refusal.fields.status} />
          </div>
          <div className="stock-dialog__fields">
            <fieldset className="stock-dialog__mode">
              <legend>Adjust by</legend>
              {(
                [
                  ['set', 'Set to'],
                  ['delta', 'Change by'],
                ] as const
              ).map(([mode, label]) => (
                <label key={mode}>
                  <input type="radio" name="adjust-mode" checked={draft.mode === mode} onChange={() => edit('mode')(mode)} /> {label}
                </label>
              ))}
            </fieldset>
            <TextField
              label="Qty"
              inputMode="numeric"
              autoComplete="off"
              value={draft.qty}
              onChange={(e) => edit('qty')(e.target.value)}
              error={refusal.fields.qty}
              hint={draft.mode === 'set' ? 'what the bin holds after the count' : 'negative to take away'}
              autoFocus={!!prefill.sku && !!prefill.bin}
            />
            <TextField label="Reason" value={draft.reason} onChange={(e) => edit('reason')(e.target.value)} error={refusal.fields.reason} placeholder="cycle count" />
          </div>
          <StockNow
            sku={draft.sku}
            bin={draft.bin}
            render={(row, bin, sku) => {
              const now = holding(row, draft.status);
              const after = qty === null ? null : draft.mode === 'set' ? qty : now + qty;
              // A count below what picks reserved here: the newest picks give back the difference (the engine's rule).
              const givesBack = draft.status === 'available' && after !== null && row && after < row.allocated ? row.allocated - Math.max(0, after) : 0;
              const then = after === null ? '' : `; after: ${after}${givesBack > 0 ? `, and picks holding it here give back ${givesBack}` : ''}`;
              return `${bin} holds ${now} ${draft.status} of ${sku} now${then}.`;
            }}
          />
        </>
      )}
    </StockDialog>
  );
}
