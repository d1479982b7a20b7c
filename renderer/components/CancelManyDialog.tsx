import { useState } from 'react';
import { useAppStore } from '../store';
import { Dialog } from './Dialog';

interface CancelManyDialogProps {
  /** What is cancelled, by number (orders, picks or backorders). */
  numbers: string[];
  /** `['order', 'orders']`: the words for one and for many. */
  noun: readonly [string, string];
  /** What cancelling does, in one sentence. */
  description: string;
  cancelOne(number: string): Promise<unknown>;
  onClose(): void;
  /** After at least one was cancelled (e.g. to clear the selection). */
  onDone(): void;
}

/**
 * Cancelling from a list asks first. Each one is cancelled in its own transaction, so one refusal
 * (a completed order, a picked pick) does not stop the others; the dialog then lists the refusals in
 * the engine's words and stays open until the clerk has read them.
 */
export function CancelManyDialog({ numbers, noun, description, cancelOne, onClose, onDone }: CancelManyDialogProps) {
  const notify = useAppStore((s) => s.notify);
  const [busy, setBusy] = useState(false);
  const [refusals, setRefusals] = useState<string[]>([]);
  const label = numbers.length === 1 ? `${noun[0]} ${numbers[0]}` : `${numbers.length} ${noun[1]}`;

  async function confirm() {
    if (busy || refusals.length > 0) return;
    setBusy(true);
    const refused: string[] = [];
    let cancelled = 0;
    for (const number of numbers) {
      try {
        await cancelOne(number);
        cancelled++;
      } catch (error) {
        refused.push(`${number}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    setBusy(false);
    if (cancelled > 0) {
      notify(`Cancelled ${cancelled} ${cancelled === 1 ? noun[0] : noun[1]}`);
      onDone();
    }
    if (refused.length > 0) setRefusals(refused);
    else onClose();
  }

  return (
    <Dialog
      open
      onOpenChange={(next) => !next && onClose()}
      title={`Cancel ${label}?`}
      description={description}
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
