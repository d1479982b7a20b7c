import type { PickSheetLine, Sheet } from '../../shared/domain/print';
import { runningHead, SheetHead } from './SheetHead';
import { units } from './words';

/**
 * A pick sheet: lines in bin pick sequence with bin, sku, description, quantity, unit, a tick box
 * and a blank for the quantity picked; the head repeats on every page; totals at the end.
 */
export function PickSheet({ sheet, lines }: { sheet: Sheet; lines: PickSheetLine[] }) {
  const total = lines.reduce((n, l) => n + l.qty, 0);
  return (
    <>
      <SheetHead sheet={sheet} />
      <table className="sheet__lines sheet__lines--pick">
        <colgroup>
          <col className="sheet__col-bin" />
          <col className="sheet__col-sku" />
          <col />
          <col className="sheet__col-qty" />
          <col className="sheet__col-unit" />
          <col className="sheet__col-tick" />
          <col className="sheet__col-picked" />
        </colgroup>
        <thead>
          <tr className="sheet__running">
            <th colSpan={7}>{runningHead(sheet)}</th>
          </tr>
          <tr>
            <th scope="col">Bin</th>
            <th scope="col">SKU</th>
            <th scope="col">Description</th>
            <th scope="col" className="sheet__num">
              Qty
            </th>
            <th scope="col">Unit</th>
            <th scope="col" className="sheet__tick-col">
              ✓
            </th>
            <th scope="col" className="sheet__picked-col">
              Picked
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, i) => (
            <tr key={`${line.bin}-${line.sku}-${i}`}>
              <td className="sheet__bin">{line.bin}</td>
              <td className="sheet__sku">{line.sku}</td>
              <td>{line.description}</td>
              <td className="sheet__num sheet__qty">{units(line.qty)}</td>
              <td>{line.unit}</td>
              <td className="sheet__tick-col">
                <span className="sheet__tick" aria-label="Tick when picked" />
              </td>
              <td className="sheet__picked-col">
                <span className="sheet__blank" aria-label="Quantity picked" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <footer className="sheet__totals">
        <p>
          <strong>{lines.length}</strong> {lines.length === 1 ? 'line' : 'lines'} · <strong>{units(total)}</strong> {total === 1 ? 'unit' : 'units'} to pick
        </p>
        <p className="sheet__signoff">
          Picked by <span className="sheet__blank sheet__blank--wide" /> Date <span className="sheet__blank" /> Checked by{' '}
          <span className="sheet__blank sheet__blank--wide" />
        </p>
      </footer>
    </>
  );
}
