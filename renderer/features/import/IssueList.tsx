import { forwardRef } from 'react';
import type { ImportPreview } from '../../../shared/domain/import';

/** Every problem of a refused file, row by row: what is wrong, where. */
export const IssueList = forwardRef<HTMLHeadingElement, { preview: ImportPreview }>(function IssueList({ preview }, ref) {
  const unlisted = preview.issueCount - preview.issues.length;
  const problems = `${preview.issueCount.toLocaleString()} ${preview.issueCount === 1 ? 'problem' : 'problems'}`;
  return (
    <section className="import__section" aria-labelledby="import-problems">
      <h2 id="import-problems" ref={ref} tabIndex={-1} className="import__problems-title">
        ✖ {problems} in {preview.fileName || 'the file'}: nothing was imported
      </h2>
      <p className="muted">Fix these in the file (a spreadsheet shows the same row numbers), then choose it again. A file imports all or nothing.</p>
      <div className="import__table-wrap import__issues">
        <table className="import-table" aria-label="Problems">
          <thead>
            <tr>
              <th scope="col" className="num">Row</th>
              <th scope="col">Column</th>
              <th scope="col">Problem</th>
            </tr>
          </thead>
          <tbody>
            {preview.issues.map((issue, i) => (
              <tr key={i}>
                <td className="num">{issue.row}</td>
                <td className="mono">{issue.column ?? '—'}</td>
                <td>{issue.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {unlisted > 0 ? <p className="muted">… and {unlisted.toLocaleString()} more, not listed: fix these first and check again.</p> : null}
    </section>
  );
});
