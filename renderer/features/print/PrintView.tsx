import { useEffect, useRef, useState } from 'react';
import { printViewPath, type PaperSize, type Sheet } from '../../../shared/domain/print';
import { useCommands } from '../../app/commands';
import { hrefOf } from '../../app/router';
import { ErrorBanner, Loading } from '../../components/States';
import { useChannel, useData } from '../../data/hooks';
import { SheetPage } from '../../print/SheetPage';
import { useAppStore } from '../../store';
import { listed, PAPER_LABELS, parsePrintParams, printedMessage, type PrintTarget } from './printJob';
import './PrintView.css';

/**
 * The print view (`#print/letter/1040.001,1040.002`): the sheets as they print, one after the other.
 * The browser prints it (window.print), the desktop app's hidden print window loads it too, and the
 * tests turn it into a PDF. Only the sheets print: the frame and this toolbar are hidden on paper.
 *
 * A browser cannot tell whether a print came out (or was cancelled), so after printing the view asks
 * the clerk, and only a yes records the sheets as printed (a pick then becomes Printed).
 */
export function PrintView({ params }: { params: Record<string, string> }) {
  const { paper, documents, startNow } = parsePrintParams(params);
  const { api } = useData();
  const notify = useAppStore((s) => s.notify);
  const query = useChannel('print:sheets', { documents });
  const sheets = query.data;
  const [asking, setAsking] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const started = useRef(false);

  async function print(to: PrintTarget = 'printer') {
    if (!sheets) return;
    setFailure(undefined);
    if (api.mode === 'electron') {
      try {
        notify(printedMessage(await api.call('print:send', { documents, paper, to }), documents));
      } catch (error) {
        setFailure(error);
      }
      return;
    }
    window.print();
    setAsking(true);
  }

  async function record(versions: Sheet[]) {
    try {
      const result = await api.call('print:done', { documents: versions.map((s) => ({ number: s.number, version: s.version })) });
      notify(`Recorded ${listed(result.printed.map((d) => d.number))} as printed`);
      setAsking(false);
      window.history.back();
    } catch (error) {
      setFailure(error);
    }
  }

  // Arriving from the print dialog (`/now`): print once the sheets are drawn, and drop `/now` from
  // the address so that Back and Forward do not print again.
  useEffect(() => {
    if (!startNow || !sheets || started.current) return;
    started.current = true;
    window.location.replace(hrefOf(printViewPath(paper, documents)));
    void print();
  });

  useCommands([{ id: 'print.print', name: 'Print', hotkey: 'ctrl+p', inFields: true, group: 'Print', when: () => sheets !== undefined, run: () => void print() }]);

  const title = documents.length === 1 ? `Print ${documents[0]}` : `Print ${documents.length} sheets`;
  return (
    <div className="screen print-view">
      <section className="screen__main">
        <header className="screen__head print-view__bar">
          <div className="screen__title">
            <h1>{title}</h1>
            <p className="screen__sub">{`${listed(documents)} on ${PAPER_LABELS[paper]}`}</p>
          </div>
          <div className="toolbar">
            <label className="print-view__paper">
              Paper{' '}
              <select className="select" value={paper} onChange={(e) => window.location.replace(hrefOf(printViewPath(e.target.value as PaperSize, documents)))}>
                {(Object.keys(PAPER_LABELS) as PaperSize[]).map((p) => (
                  <option key={p} value={p}>
                    {PAPER_LABELS[p]}
                  </option>
                ))}
              </select>
            </label>
            <button type="button" className="button" onClick={() => window.history.back()}>
              Back
            </button>
            {api.mode === 'electron' ? (
              <button type="button" className="button" disabled={!sheets} onClick={() => void print('pdf')}>
                Save as PDF…
              </button>
            ) : null}
            <button type="button" className="button button--primary" disabled={!sheets} onClick={() => void print()}>
              Print… <kbd>Ctrl+P</kbd>
            </button>
          </div>
        </header>
        <ErrorBanner error={query.error ?? failure} />
        {asking && sheets ? (
          <div className="banner banner--warning print-view__ask print-view__bar" role="group" aria-label="Did the sheets print?">
            <p>
              <strong>Did the sheets print?</strong> Record them as printed only if they came out of the printer: a pick then becomes Printed.
            </p>
            <div className="toolbar">
              <button type="button" className="button" onClick={() => setAsking(false)}>
                No, not printed
              </button>
              <button type="button" className="button button--primary" autoFocus onClick={() => void record(sheets)}>
                Yes, record as printed
              </button>
            </div>
          </div>
        ) : null}
        <div className="print-view__paper-area">
          {sheets ? (
            <div className={`sheets sheets--${paper}`} data-print-ready="true">
              {sheets.map((sheet) => (
                <SheetPage key={sheet.number} sheet={sheet} />
              ))}
            </div>
          ) : query.error ? null : (
            <Loading label="Preparing the sheets" />
          )}
        </div>
      </section>
    </div>
  );
}

