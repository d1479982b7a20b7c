import type { Sheet } from '../../shared/domain/print';
import { BackorderSheet } from './BackorderSheet';
import { PickSheet } from './PickSheet';
import './sheets.css';

/**
 * One document's sheet, as printed: static markup styled by sheets.css, the same in the print view,
 * the print dialog's preview and the desktop app's hidden print window. `data-version` tells the
 * printer what exactly was printed (see `print:done`).
 */
export function SheetPage({ sheet }: { sheet: Sheet }) {
  return (
    <article className={`sheet sheet--${sheet.kind}`} aria-label={`${sheet.kind === 'pick' ? 'Pick sheet' : 'Backorder sheet'} ${sheet.number}`} data-sheet={sheet.number} data-version={sheet.version}>
      {sheet.kind === 'pick' ? <PickSheet sheet={sheet} lines={sheet.lines} /> : <BackorderSheet sheet={sheet} lines={sheet.lines} />}
    </article>
  );
}
