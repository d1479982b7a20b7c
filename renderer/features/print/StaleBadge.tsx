import { Badge } from '../../components/Badge';

/**
 * The warning that a document changed after its sheet was printed: whoever holds that paper must not
 * pull from it. Amber (a warning), with an icon and words, never colour alone.
 */
export function StaleBadge({ changes, short }: { changes?: readonly string[]; short?: boolean }) {
  const title = changes && changes.length > 0 ? `Changed since the sheet was printed: ${changes.join('; ')}` : 'Changed since its sheet was printed';
  return (
    <Badge tone="partial" title={title}>
      <span aria-hidden="true">⚠</span> {short ? 'Sheet out of date' : 'Printed sheet out of date'}
    </Badge>
  );
}
