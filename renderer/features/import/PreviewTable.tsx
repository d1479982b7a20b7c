import type { ImportPreview } from '../../../shared/domain/import';

/** `Allow backorder` names the column `allow_backorder`, as main reads headers. */
const columnName = (heading: string) => heading.trim().toLowerCase().replace(/[\s-]+/g, '_');

/**
 * The file's first rows as it has them, numbered as a spreadsheet numbers them (the header is row 1).
 * A cell with a problem is marked (a sign and its colour), so the clerk sees where to look.
 */
export function PreviewTable({ preview }: { preview: ImportPreview }) {
  const columns = preview.header.map(columnName);
  const refused = new Set(preview.issues.map((i) => `${i.row}:${i.column ?? ''}`));
  const rowRefused = new Set(preview.issues.map((i) => i.row));
  const shown = preview.rows.length;
  const rows = (n: number) => `${n.toLocaleString()} ${n === 1 ? 'row' : 'rows'}`;
  return (
    <section className="import__section" aria-labelledby="import-preview">
      <h2 id="import-preview">
        Preview <span className="muted">{shown < preview.totalRows ? `the first ${rows(shown)} of ${rows(preview.totalRows)}` : `all ${rows(preview.totalRows)}`}</span>
      </h2>
      <div className="import__table-wrap">
        <table className="import-table">
          <thead>
            <tr>
              <th scope="col" className="num">Row</th>
              {preview.header.map((heading, i) => (
                <th key={i} scope="col" className={refused.has(`1:${columns[i]}`) ? 'cell--refused' : undefined}>
                  {heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map(({ row, cells }) => (
              <tr key={row} className={rowRefused.has(row) ? 'is-refused' : undefined}>
                <th scope="row" className="num">
                  {rowRefused.has(row) ? <span aria-label="has a problem">⚠ </span> : null}
                  {row}
                </th>
                {cells.map((cell, i) => (
                  <td key={i} className={refused.has(`${row}:${columns[i]}`) ? 'cell--refused' : undefined}>
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
