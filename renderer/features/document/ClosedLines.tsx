import type { DocLineView } from '../../../shared/domain/fulfillment';

const qty = (n: number) => n.toLocaleString();

/**
 * A completed or cancelled document's lines, read-only: what was picked (`picked`: a completed
 * pick), and (when some line has them) what was short or cancelled; on most documents those would
 * be all zeros.
 */
export function ClosedLines({ lines, picked }: { lines: DocLineView[]; picked: boolean }) {
  const hasShort = lines.some((l) => l.short > 0);
  const hasCancelled = lines.some((l) => l.cancelled > 0);
  const nonZero = (n: number) => (n > 0 ? qty(n) : <span className="muted">0</span>);
  return (
    <div className="doc-body panel-box">
      <table className="doc-lines" aria-label="Lines">
        <thead>
          <tr>
            <th scope="col">SKU</th>
            <th scope="col">Description</th>
            <th scope="col" className="num">
              {picked ? 'Picked' : 'Qty'}
            </th>
            {hasShort ? (
              <th scope="col" className="num">
                Short
              </th>
            ) : null}
            {hasCancelled ? (
              <th scope="col" className="num">
                Cancelled
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {lines.map((line) => (
            <tr key={line.lineNo}>
              <td className="mono">{line.sku}</td>
              <td className="doc-desc">{line.description}</td>
              <td className="num">{qty(line.qty)}</td>
              {hasShort ? <td className="num doc-short">{nonZero(line.short)}</td> : null}
              {hasCancelled ? <td className="num">{nonZero(line.cancelled)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
