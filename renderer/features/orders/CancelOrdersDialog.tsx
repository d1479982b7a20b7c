import { useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { useData } from '../../data/hooks';
import { useAppStore } from '../../store';

/**
 * Cancelling orders asks first: allocations are released and the open quantity becomes cancelled;
 * what was already picked stays picked. Each order is its own transaction: one refusal (a completed
 * order) does not stop the others, and the dialog lists what was refused, in the engine's words.
 */
export function CancelOrdersDialog({ open, orders, label, onClose, onDone }: { open: boolean; orders: string[]; label: string; onClose(): void; onDone(): void }) {
  const { api } = useData();
  const notify = useAppStore((s) => s.notify);
  const [busy, setBusy] = useState(false);
  const [refusals, setRefusals] = useState<string[]>([]);

  async function confirm() {
    setBusy(true);
    const refused: string[] = [];
    let cancelled = 0;
    for (const order of orders) {
      try {
        await api.call('orders:cancel', { order });
        cancelled++;
      } catch (error) {
        refused.push(`${order}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    setBusy(false);
    if (cancelled > 0) notify(`Cancelled ${cancelled} ${cancelled === 1 ? 'order' : 'orders'}`);
    if (refused.length > 0) setRefusals(refused);
    else {
      onDone();
      onClose();
    }
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) {
          setRefusals([]);
          onClose();
        }
      }}
      title={`Cancel ${label}?`}
      description="Allocations are released and every open quantity becomes cancelled. What was already picked stays picked."
      onSubmit={() => void confirm()}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Keep
          </button>
          <button type="button" className="button button--primary button--danger-fill" disabled={busy} onClick={() => void confirm()}>
            {busy ? 'Cancelling…' : `Cancel ${label}`}
          </button>
        </>
      }
    >
      {refusals.length > 0 ? (
        <ul className="banner banner--error" role="alert">
          {refusals.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      ) : null}
    </Dialog>
  );
}
