import { useState } from 'react';
import { Dialog } from '../../components/Dialog';
import { useData } from '../../data/hooks';
import { useAppStore } from '../../store';

export type DocKind = 'pick' | 'backorder';

/**
 * Cancelling picks or backorders asks first: allocations are released and the open quantity becomes
 * cancelled on the order lines. Each document is its own transaction, so one refusal (a pick already
 * completed) does not stop the others; the dialog lists the refusals in the engine's words.
 */
export function CancelDocumentsDialog({ kind, documents, onClose, onDone }: { kind: DocKind; documents: string[]; onClose(): void; onDone(): void }) {
  const { api } = useData();
  const notify = useAppStore((s) => s.notify);
  const [busy, setBusy] = useState(false);
  const [refusals, setRefusals] = useState<string[]>([]);
  const label = documents.length === 1 ? `${kind} ${documents[0]}` : `${documents.length} ${kind}s`;

  async function confirm() {
    if (busy) return;
    setBusy(true);
    const refused: string[] = [];
    let cancelled = 0;
    for (const number of documents) {
      try {
        if (kind === 'pick') await api.call('picks:cancel', { pick: number });
        else await api.call('backorders:cancel', { backorder: number });
        cancelled++;
      } catch (error) {
        refused.push(`${number}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    setBusy(false);
    if (cancelled > 0) notify(`Cancelled ${cancelled} ${cancelled === 1 ? kind : `${kind}s`}`);
    if (cancelled > 0) onDone();
    if (refused.length > 0) setRefusals(refused);
    else onClose();
  }

  return (
    <Dialog
      open
      onOpenChange={(next) => !next && onClose()}
      title={`Cancel ${label}?`}
      description={
        kind === 'pick'
          ? 'Its allocations are released and what it held becomes cancelled on the order lines. A completed pick cannot be cancelled.'
          : 'What it still waits for becomes cancelled on the order lines; nothing was reserved for it.'
      }
      onSubmit={() => void confirm()}
      footer={
        <>
          <button type="button" className="button" onClick={onClose} autoFocus>
            Keep
          </button>
          <button type="button" className="button button--primary button--danger-fill" disabled={busy || refusals.length > 0} onClick={() => void confirm()}>
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
