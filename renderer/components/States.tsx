import type { ReactNode } from 'react';

/** What a screen shows when it has nothing: what this is, and what to do next. */
export function EmptyState({ title, children, action }: { title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <div className="empty">
      <h2>{title}</h2>
      {children ? <p>{children}</p> : null}
      {action}
    </div>
  );
}

/** A loading placeholder of fixed height, so the screen does not jump when the data arrives. */
export function Loading({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="skeleton" aria-busy="true" aria-label={label}>
      <span />
      <span />
      <span />
    </div>
  );
}

/** A refusal or failure, in the words main used. */
export function ErrorBanner({ error }: { error: unknown }) {
  if (!error) return null;
  return (
    <p className="banner banner--error" role="alert">
      {error instanceof Error ? error.message : String(error)}
    </p>
  );
}
