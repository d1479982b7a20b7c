import { formatTime } from '../../format';
import { StaleBadge } from './StaleBadge';

/**
 * A list's Printed column: when the sheet last printed and how often, and the warning when the
 * document changed since (that paper is out of date). For the Attachments tab and document lists.
 */
export function PrintedCell({ doc }: { doc: { printedAt: string | null; printCount: number; stale: boolean } }) {
  if (doc.printCount === 0) return <span className="muted">—</span>;
  return (
    <span className="printed-cell">
      <span>
        {doc.printedAt ? formatTime(doc.printedAt) : 'printed'}
        {doc.printCount > 1 ? ` (${doc.printCount}×)` : ''}
      </span>
      {doc.stale ? <StaleBadge short /> : null}
    </span>
  );
}
