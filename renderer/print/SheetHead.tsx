import type { Sheet } from '../../shared/domain/print';
import { formatTime } from '../format';
import { Barcode } from './Barcode';
import { reprintLabel } from './words';

const TITLES = { pick: 'Pick sheet', backorder: 'Backorder sheet' } as const;

/**
 * The top of a sheet's first page: the site, what the sheet is, its number as a barcode and as text,
 * the order it belongs to, and for a reprint, REPRINT with its count and what changed since the last.
 */
export function SheetHead({ sheet }: { sheet: Sheet }) {
  const reprint = sheet.printCount > 0;
  return (
    <header className="sheet__head">
      <div className="sheet__title">
        {sheet.siteName ? <p className="sheet__site">{sheet.siteName}</p> : null}
        <h1>
          {TITLES[sheet.kind]} <span className="sheet__number">{sheet.number}</span>
        </h1>
        {reprint ? <p className="sheet__reprint">{reprintLabel(sheet.printCount)}</p> : null}
      </div>
      <div className="sheet__code">
        <Barcode value={sheet.number} className="sheet__barcode" />
        <span className="sheet__code-text">{sheet.number}</span>
      </div>
      <dl className="sheet__facts">
        <div>
          <dt>Order</dt>
          <dd>{sheet.order}</dd>
        </div>
        <div className="sheet__customer">
          <dt>Customer</dt>
          <dd>{sheet.customer}</dd>
        </div>
        <div>
          <dt>Order date</dt>
          <dd>{sheet.orderDate}</dd>
        </div>
        {sheet.kind === 'backorder' ? (
          <div>
            <dt>Created</dt>
            <dd>{formatTime(sheet.createdAt)}</dd>
          </div>
        ) : null}
        <div>
          <dt>Printed</dt>
          <dd>{formatTime(sheet.generatedAt)}</dd>
        </div>
        {reprint && sheet.lastPrintedAt ? (
          <div>
            <dt>Last printed</dt>
            <dd>{formatTime(sheet.lastPrintedAt)}</dd>
          </div>
        ) : null}
      </dl>
      {reprint && sheet.changes.length > 0 ? (
        <section className="sheet__changes" aria-label="Changed since the last print">
          <h2>Changed since the last print — replace the earlier sheet</h2>
          <ul>
            {sheet.changes.map((change) => (
              <li key={change}>{change}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </header>
  );
}

/** The line repeated at the top of every page (in the table head), so a loose page says whose it is. */
export function runningHead(sheet: Sheet): string {
  const parts = [`${TITLES[sheet.kind]} ${sheet.number}`, `Order ${sheet.order}`, sheet.customer];
  if (sheet.printCount > 0) parts.push(reprintLabel(sheet.printCount));
  return parts.join('  ·  ');
}
