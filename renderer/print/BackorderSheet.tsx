import type { BackorderSheetLine, Sheet } from '../../shared/domain/print';
import { runningHead, SheetHead } from './SheetHead';
import { units } from './words';

/** A backorder sheet: each outstanding line with what was ordered, what is outstanding and what is free now. */
export function BackorderSheet({ sheet, lines }: { sheet: Sheet; lines: BackorderSheetLine[] }) {
  const outstanding = lines.reduce((n, l) => n + l.outstanding, 0);
  return (
    <>
      <SheetHead sheet={sheet} />
      <p className="sheet__note">Nothing is reserved for a backorder: do not pick from this sheet. It lists what the order is still waiting for.</p>
      <table className="sheet__lines sheet__lines--backorder">
        <colgroup>
          <col className="sheet__col-sku" />
          <col />
          <col className="sheet__col-unit" />
          <col className="sheet__col-ordered" />
          <col className="sheet__col-outstanding" />
          <col className="sheet__col-free" />
        </colgroup>
        <thead>
          <tr className="sheet__running">
            <th colSpan={6}>{runningHead(sheet)}</th>
          </tr>
          <tr>
            <th scope="col">SKU</th>
            <th scope="col">Description</th>
            <th scope="col">Unit</th>
            <th scope="col" className="sheet__num">
              Ordered
            </th>
            <th scope="col" className="sheet__num">
              Outstanding
            </th>
            <th scope="col" className="sheet__num">
              Free now
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, i) => (
            <tr key={`${line.sku}-${i}`}>
              <td className="sheet__sku">{line.sku}</td>
              <td>{line.description}</td>
              <td>{line.unit}</td>
              <td className="sheet__num">{units(line.ordered)}</td>
              <td className="sheet__num sheet__qty">{units(line.outstanding)}</td>
              <td className="sheet__num">{units(line.freeNow)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <footer className="sheet__totals">
        <p>
          <strong>{lines.length}</strong> {lines.length === 1 ? 'line' : 'lines'} · <strong>{units(outstanding)}</strong>{' '}
          {outstanding === 1 ? 'unit' : 'units'} outstanding
        </p>
      </footer>
    </>
  );
}
