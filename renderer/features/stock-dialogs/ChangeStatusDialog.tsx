import { STOCK_STATUSES, type ChangeStatusResult, type StockStatus } from '../../../shared/domain/inventory';
import { SelectField, TextField } from '../../components/Field';
import { useCommand } from '../../data/hooks';
import { BinField, SkuField } from './Completion';
import { useStockForm } from './form';
import { FulfillableHint } from './FulfillableHint';
import { GivenBackList } from './GivenBack';
import { QTY_REFUSAL } from './ReceiveDialog';
import type { StockDialogPrefill } from './slice';
import { StockDialog } from './StockDialog';
import { holding, StockNow } from './StockNow';

interface Draft {
  sku: string;
  bin: string;
  from: StockStatus;
  to: StockStatus;
  qty: string;
  reason: string;
}

const FIELDS = { sku: 'sku', bin: 'bin', from: 'from', to: 'to', qty: 'qty', reason: 'reason' };

/**
 * Change Status: moves a quantity of an item in a bin from one status to another (frozen to
 * available when a hold is lifted). Never releases anything: when stock becomes available, a hint
 * says which backorders could now be filled.
 */
export function ChangeStatusDialog({ prefill, onClose }: { prefill: StockDialogPrefill; onClose(): void }) {
  // Lifting a hold is the common case: frozen to available, unless opened from stock of another status.
  const from = prefill.status ?? 'frozen';
  const change = useCommand('inventory:changeStatus');
  const { draft, edit, refusal, result, submit } = useStockForm<Draft, ChangeStatusResult>(
    { sku: prefill.sku ?? '', bin: prefill.bin ?? '', from, to: from === 'available' ? 'frozen' : 'available', qty: '', reason: '' },
    {
      fields: FIELDS,
      qtyRefusal: QTY_REFUSAL,
      pending: change.isPending,
      send: (d, qty) => change.mutateAsync({ sku: d.sku, bin: d.bin, from: d.from, to: d.to, qty, reason: d.reason }),
      onClose,
    },
  );

  return (
    <StockDialog
      title={result ? 'Status changed' : 'Change Status'}
      description={result ? undefined : 'Moves stock in a bin between available, frozen, damaged and quarantine. Only available stock can be allocated; nothing is released by itself.'}
      submitLabel="Change Status"
      done={!!result}
      pending={change.isPending}
      formError={refusal.form}
      onSubmit={() => void submit()}
      onClose={onClose}
    >
      {result ? (
        <div className="stock-dialog__done" role="status">
          <p>
            Moved {result.qty} × {result.sku} in {result.bin} from {result.from} to {result.to}.
          </p>
          <GivenBackList givenBack={result.givenBack} onFollow={onClose} />
          {result.to === 'available' ? <FulfillableHint sku={result.sku} onFollow={onClose} /> : null}
        </div>
      ) : (
        <>
          <div className="stock-dialog__fields">
            <SkuField label="SKU" value={draft.sku} onChange={edit('sku')} error={refusal.fields.sku} autoFocus={!prefill.sku} placeholder="sku or description" />
            <BinField label="Bin" value={draft.bin} onChange={edit('bin')} error={refusal.fields.bin} autoFocus={!!prefill.sku && !prefill.bin} />
            <TextField
              label="Qty"
              inputMode="numeric"
              autoComplete="off"
              value={draft.qty}
              onChange={(e) => edit('qty')(e.target.value)}
              error={refusal.fields.qty}
              autoFocus={!!prefill.sku && !!prefill.bin}
            />
          </div>
          <div className="stock-dialog__fields">
            <SelectField label="From" options={STOCK_STATUSES} value={draft.from} onChange={(e) => edit('from')(e.target.value as StockStatus)} error={refusal.fields.from} />
            <SelectField label="To" options={STOCK_STATUSES} value={draft.to} onChange={(e) => edit('to')(e.target.value as StockStatus)} error={refusal.fields.to} />
            <TextField label="Reason" value={draft.reason} onChange={(e) => edit('reason')(e.target.value)} error={refusal.fields.reason} placeholder="QC passed" />
          </div>
          <StockNow sku={draft.sku} bin={draft.bin} render={(row, bin, sku) => `${bin} holds ${holding(row, draft.from)} ${draft.from} of ${sku} now.`} />
        </>
      )}
    </StockDialog>
  );
}
