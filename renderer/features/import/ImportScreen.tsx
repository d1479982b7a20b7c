import { useEffect, useRef, useState } from 'react';
import { IMPORT_COLUMNS, IMPORT_KINDS, type ImportKind } from '../../../shared/domain/import';
import { useCommands } from '../../app/commands';
import { hrefOf } from '../../app/router';
import { SelectField } from '../../components/Field';
import { ImportProgress } from './ImportProgress';
import { IssueList } from './IssueList';
import { PreviewTable } from './PreviewTable';
import { useImportFile } from './useImportFile';
import './ImportScreen.css';

const KIND_LABELS: Record<ImportKind, string> = { items: 'Items', stock: 'Stock', orders: 'Orders', receipts: 'Receipts' };
/** Where the clerk sees what a file brought in. */
const SEE: Record<ImportKind, { label: string; path: string }> = {
  items: { label: 'Open Items', path: 'items' },
  stock: { label: 'Open All stock', path: 'inventory/stock' },
  orders: { label: 'Open Orders', path: 'orders' },
  receipts: { label: 'Open Picks', path: 'inventory/picks' },
};

const kb = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/**
 * Import: a CSV file of items, stock, orders or receipts. Choose the kind and the file; main checks
 * every row and the screen shows the first rows and every problem, by row and column; a clean file
 * imports in one go, all or nothing.
 */
export function ImportScreen() {
  const [kind, setKind] = useState<ImportKind>('items');
  const { stage, choose, check, run, reset } = useImportFile(kind);
  const input = useRef<HTMLInputElement>(null);
  const importButton = useRef<HTMLButtonElement>(null);
  const problems = useRef<HTMLHeadingElement>(null);
  const seeImported = useRef<HTMLAnchorElement>(null);

  const file = 'file' in stage ? stage.file : undefined;
  const preview = 'preview' in stage ? stage.preview : undefined;
  const ready = stage.step === 'checked' && stage.preview.issueCount === 0;
  const pick = () => input.current?.click();

  // The keyboard goes where the next step is: the Import button, the problems to read, or what was imported.
  useEffect(() => {
    if (stage.step === 'done') seeImported.current?.focus();
    if (stage.step !== 'checked') return;
    if (stage.preview.issueCount === 0) importButton.current?.focus();
    else problems.current?.focus();
  }, [stage]);

  useCommands([
    { id: 'import.choose', name: 'Choose a CSV file to import', group: 'Import', run: pick },
    { id: 'import.run', name: 'Import the checked file', group: 'Import', when: () => ready, run: () => void run() },
  ]);

  const changeKind = (next: ImportKind) => {
    setKind(next);
    if (file) void check(file, next);
  };

  return (
    <div className="screen">
      <section className="screen__main import">
        <header className="screen__head">
          <div className="screen__title">
            <h1>Import</h1>
            <p className="screen__sub">CSV files with a header row. A file imports all or nothing.</p>
          </div>
        </header>

        <section className="panel-box import__choose" aria-label="File to import">
          <div className="import__controls">
            <SelectField
              label="Kind of file"
              options={IMPORT_KINDS.map((value) => ({ value, label: KIND_LABELS[value] }))}
              value={kind}
              onChange={(e) => changeKind(e.target.value as ImportKind)}
            />
            <div className="field import__file">
              <span className="field__label" id="import-file-label">
                File
              </span>
              <div className="import__file-row">
                <button type="button" className="button" onClick={pick} aria-describedby="import-file-label">
                  Choose file…
                </button>
                <span className="import__file-name">{file ? `${file.name} · ${kb(file.size)}` : stage.step === 'reading' ? stage.name : 'No file chosen'}</span>
              </div>
              <input
                ref={input}
                type="file"
                accept=".csv,text/csv,text/plain"
                aria-label="CSV file to import"
                className="visually-hidden"
                tabIndex={-1}
                onChange={(e) => {
                  const chosen = e.target.files?.[0];
                  // Cleared, so that choosing the same file again (fixed) reads it again.
                  e.target.value = '';
                  if (chosen) void choose(chosen);
                }}
              />
            </div>
          </div>
          <Columns kind={kind} />
          <ImportProgress stage={stage} />
        </section>

        {stage.step === 'failed' ? (
          <div className="banner banner--error import__banner" role="alert">
            <span>{stage.message}</span>
            {stage.file ? (
              <button type="button" className="button button--small" onClick={() => void check(stage.file!, kind)}>
                Check again
              </button>
            ) : null}
          </div>
        ) : null}

        {ready ? (
          <div className="banner banner--info import__banner">
            <span>
              {stage.preview.plan}, from {stage.file.name}.
            </span>
            <button ref={importButton} type="button" className="button button--primary" onClick={() => void run()}>
              Import {stage.preview.totalRows.toLocaleString()} {stage.preview.totalRows === 1 ? 'row' : 'rows'}
            </button>
          </div>
        ) : null}

        {stage.step === 'done' ? (
          <div className="banner import__banner import__banner--done" role="status">
            <span>
              ✓ {stage.result.summary} from {stage.result.fileName}.
            </span>
            <a ref={seeImported} className="button button--small" href={hrefOf(SEE[stage.result.kind].path)}>
              {SEE[stage.result.kind].label}
            </a>
            <button type="button" className="button button--small" onClick={reset}>
              Import another file
            </button>
          </div>
        ) : null}

        {preview && preview.issueCount > 0 && stage.step !== 'done' ? <IssueList ref={problems} preview={preview} /> : null}
        {preview && preview.header.length > 0 ? <PreviewTable preview={preview} /> : null}
        {stage.step === 'idle' ? (
          <p className="muted import__order">
            Import the items first, then their stock, orders and receipts: every sku in those files must already be in Stockdesk. Files over 12 MB: use the command line
            (<span className="mono">npm run cli -- import</span>).
          </p>
        ) : null}
      </section>
    </div>
  );
}

/** The columns of the chosen kind of file, required ones first as the header needs them. */
function Columns({ kind }: { kind: ImportKind }) {
  return (
    <details className="import__columns" open>
      <summary>Columns of {KIND_LABELS[kind].toLowerCase()} files</summary>
      <dl>
        {IMPORT_COLUMNS[kind].map((column) => (
          <div key={column.name}>
            <dt className="mono">
              {column.name}
              {column.required ? '' : <span className="muted"> (optional)</span>}
            </dt>
            <dd>{column.about}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
