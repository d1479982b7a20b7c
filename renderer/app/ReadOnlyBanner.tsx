import { useAppStore } from '../store';
import './ReadOnlyBanner.css';

/**
 * Above every screen while the database is open read-only (main opens a file this user may not
 * write that way): the clerk learns it before filling in a form, not from a refusal after it.
 */
export function ReadOnlyBanner() {
  const appInfo = useAppStore((s) => s.appInfo);
  if (!appInfo?.readOnly) return null;
  return (
    <p className="banner banner--warning read-only-banner" role="status">
      <strong>Read only.</strong> You can look at everything, but nothing can be saved: this user may not write to{' '}
      <span className="mono">{appInfo.databasePath}</span>. Ask for write access to it, then start Stockdesk again.
    </p>
  );
}
