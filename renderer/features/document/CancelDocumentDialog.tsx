import { useState } from 'react';
import type { DocDetail } from '../../../shared/domain/fulfillment';
import { Dialog } from '../../components/Dialog';
import { ErrorBanner } from '../../components/States';
import { useData } from '../../data/hooks';
import { useAppStore } from '../../store';

/**
 * Cancelling a pick or backorder asks first: a pick's allocations are released, and what the
 * document held becomes cancelled on the order's lines. A refusal stays in the dialog, in the
 * engine's words.
 */
export function CancelDocumentDialog({ doc, open, onClose }: { doc: DocDetail; open: boolean; onClose(): void }) {
  const { api } = useData();
  const notify = useAppStore((s) => s.notify);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<unknown>();
  const isBackorder = doc.status === 'Back Order';
  const what = `${isBackorder ? 'backorder' : 'pick'} ${doc.number}`;

  async function confirm() {
    if (busy) return;
    setBusy(true);
    setRefusal(undefined);
    try {
      if (isBackorder) await api.call('backorders:cancel', { backorder: doc.number });
      else await api.call('picks:cancel', { pick: doc.number });
      notify(`Cancelled ${what}`);
      onClose();
    } catch (error) {
      setRefusal(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) {
          setRefusal(undefined);
          onClose();
        }
      }}
      title={`Cancel ${what}?`}
      description={
        isBackorder
          ? `What is outstanding on it becomes cancelled on order ${doc.order}; it will not be filled or released.`
          : `Its stock is given back to the bins (no longer reserved) and its quantity becomes cancelled on order ${doc.order}.`
      }
      onSubmit={() => void confirm()}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Keep
          </button>
          <button type="button" className="button button--primary button--danger-fill" disabled={busy} onClick={() => void confirm()}>
            {busy ? 'Cancelling…' : `Cancel ${isBackorder ? 'backorder' : 'pick'}`}
          </button>
        </>
      }
    >
      <ErrorBanner error={refusal} />
    </Dialog>
  );
}
