import type { DocDetail, DocLineView } from '../../../shared/domain/fulfillment';
import { hrefOf } from '../../app/router';
import { DocStatusBadge } from '../../components/Badge';
import { ErrorBanner, Loading } from '../../components/States';
import { useChannel } from '../../data/hooks';
import { formatTime } from '../../format';
import './DocumentScreen.css';

/** `1040.002` belongs to order `1040`. */
export const orderOf = (doc: string): string => doc.replace(/\.\d+$/, '');

/**
 * A backorder is a document in `Back Order`; every other status is a pick (open, printed, completed).
 * A cancelled document no longer says which it was, so it is just a document.
 */
export const kindOf = (status: DocDetail['status']): string => (status === 'Back Order' ? 'Backorder' : status === 'Cancelled' ? 'Document' : 'Pick');

const qty = (n: number) => n.toLocaleString();

/** `A-01 4 · B-02 2`; a line held in one bin needs only the bin. */
export function binsText(line: DocLineView): string {
  if (line.bins.length === 1) return line.bins[0]!.bin;
  return line.bins.map((b) => `${b.bin} ${qty(b.qty)}`).join(' · ');
}

/** Whether free stock covers the outstanding quantity in full, in part, or not at all. */
const coverOf = (line: DocLineView) => (line.freeNow === null || line.freeNow <= 0 ? 'none' : line.freeNow >= line.qty ? 'full' : 'partial');

function BackorderLines({ lines }: { lines: DocLineView[] }) {
  return (
    <table className="doc-lines" aria-label="Lines">
      <thead>
        <tr>
          <th scope="col">SKU</th>
          <th scope="col">Description</th>
          <th scope="col" className="num">
            Outstanding
          </th>
          <th scope="col" className="num">
            Free now
          </th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.lineNo}>
            <td className="mono">{line.sku}</td>
            <td className="doc-desc">{line.description}</td>
            <td className="num">{qty(line.qty)}</td>
            <td className={`num doc-free doc-free--${coverOf(line)}`}>{qty(line.freeNow ?? 0)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function PickLines({ lines }: { lines: DocLineView[] }) {
  // Short and Cancelled only appear when some line has them: on most picks they would be all zeros.
  const hasShort = lines.some((l) => l.short > 0);
  const hasCancelled = lines.some((l) => l.cancelled > 0);
  const nonZero = (n: number) => (n > 0 ? qty(n) : <span className="muted">0</span>);
  return (
    <table className="doc-lines" aria-label="Lines">
      <thead>
        <tr>
          <th scope="col">Bin(s)</th>
          <th scope="col">SKU</th>
          <th scope="col">Description</th>
          <th scope="col" className="num">
            Qty
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
            <td className="mono">{line.bins.length > 0 ? binsText(line) : <span className="muted">—</span>}</td>
            <td className="mono">{line.sku}</td>
            <td className="doc-desc">{line.description}</td>
            <td className="num">{qty(line.qty)}</td>
            {hasShort ? <td className="num doc-short">{nonZero(line.short)}</td> : null}
            {hasCancelled ? <td className="num">{nonZero(line.cancelled)}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Header({ doc }: { doc: DocDetail }) {
  return (
    <dl className="doc-meta">
      <div>
        <dt>Ship code</dt>
        <dd>{doc.shipCode}</dd>
      </div>
      <div>
        <dt>Order</dt>
        <dd>
          <a className="mono" href={hrefOf(`orders/${doc.order}`)}>
            {doc.order}
          </a>
        </dd>
      </div>
      <div>
        <dt>Customer</dt>
        <dd>{doc.customer}</dd>
      </div>
      <div>
        <dt>Created</dt>
        <dd>
          <time dateTime={doc.createdAt}>{formatTime(doc.createdAt)}</time>
        </dd>
      </div>
      {doc.splitFrom ? (
        <div>
          <dt>Split from</dt>
          <dd>
            <a className="mono" href={hrefOf(`docs/${doc.splitFrom}`)}>
              {doc.splitFrom}
            </a>
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

/** One pick or backorder: its header and lines. Read-only: filling and completing come later. */
export function DocumentScreen({ params }: { params: Record<string, string> }) {
  const number = params.doc ?? '';
  const query = useChannel('documents:get', { document: number });
  // While another document loads, the previous one's answer is kept by the cache; never show it
  // under this number.
  const doc = query.data?.number === number ? query.data : undefined;

  return (
    <div className="screen">
      <section className="screen__main doc">
        <header className="screen__head">
          <div className="screen__title">
            <h1>
              {doc ? kindOf(doc.status) : 'Document'} <span className="mono">{number}</span>
            </h1>
            {doc ? <DocStatusBadge status={doc.status} /> : null}
          </div>
        </header>
        <ErrorBanner error={query.error} />
        {doc ? (
          <>
            <Header doc={doc} />
            <div className="doc-body panel-box">
              {doc.lines.length === 0 ? (
                <p className="doc-none muted">This document has no lines.</p>
              ) : doc.status === 'Back Order' ? (
                <BackorderLines lines={doc.lines} />
              ) : (
                <PickLines lines={doc.lines} />
              )}
            </div>
          </>
        ) : query.error ? null : (
          <div className="doc-body panel-box">
            <Loading label={`Loading ${number}`} />
          </div>
        )}
      </section>
    </div>
  );
}
