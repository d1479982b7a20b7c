import * as RadixDialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';

interface DialogProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  title: string;
  /** One sentence under the title, read as the dialog's description. */
  description?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
  /** Ctrl+Enter submits the dialog (docs/screens.md, Keyboard). */
  onSubmit?(): void;
  wide?: boolean;
}

/** A modal dialog (Radix: focus trapped and restored, Esc closes, labelled by its title). */
export function Dialog({ open, onOpenChange, title, description, children, footer, onSubmit, wide }: DialogProps) {
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="dialog-overlay" />
        <RadixDialog.Content
          className={`dialog${wide ? ' dialog--wide' : ''}`}
          aria-describedby={description ? undefined : undefined}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && onSubmit) {
              event.preventDefault();
              onSubmit();
            }
          }}
        >
          <header className="dialog__head">
            <RadixDialog.Title asChild>
              <h2>{title}</h2>
            </RadixDialog.Title>
            <RadixDialog.Close className="icon-button" aria-label="Close">
              ×
            </RadixDialog.Close>
          </header>
          <div className="dialog__body">
            {description ? (
              <RadixDialog.Description className="muted">{description}</RadixDialog.Description>
            ) : (
              <RadixDialog.Description className="visually-hidden">{title}</RadixDialog.Description>
            )}
            {children}
          </div>
          {footer ? <footer className="dialog__foot">{footer}</footer> : null}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
