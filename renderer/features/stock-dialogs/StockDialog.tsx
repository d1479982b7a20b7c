import type { ReactNode } from 'react';
import { Dialog } from '../../components/Dialog';
import './StockDialogs.css';

interface StockDialogProps {
  title: string;
  description?: string;
  /** The button that posts (`Adjust`, `Change Status`); Ctrl+Enter presses it. */
  submitLabel: string;
  /** Posted: the dialog shows what happened and offers Done (Enter). */
  done: boolean;
  pending: boolean;
  /** A refusal that names no field of the dialog. */
  formError?: string;
  onSubmit(): void;
  onClose(): void;
  children: ReactNode;
}

/** The frame of Adjust and Change Status: the form, then what happened; Ctrl+Enter submits, Esc closes. */
export function StockDialog({ title, description, submitLabel, done, pending, formError, onSubmit, onClose, children }: StockDialogProps) {
  return (
    <Dialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={title}
      description={description}
      onSubmit={done ? onClose : onSubmit}
      footer={
        done ? (
          <button type="button" className="button button--primary" onClick={onClose} autoFocus>
            Done
          </button>
        ) : (
          <>
            <button type="button" className="button" onClick={onClose}>
              Cancel
            </button>
            <button type="button" className="button button--primary" aria-keyshortcuts="Control+Enter" disabled={pending} onClick={onSubmit}>
              {submitLabel} <kbd aria-hidden="true">Ctrl+Enter</kbd>
            </button>
          </>
        )
      }
    >
      {formError ? (
        <p className="form-error" role="alert">
          {formError}
        </p>
      ) : null}
      {children}
    </Dialog>
  );
}
