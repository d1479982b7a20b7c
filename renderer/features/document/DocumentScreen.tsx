import { useState } from 'react';
import type { DocDetail } from '../../../shared/domain/fulfillment';
import { useCommands } from '../../app/commands';
import { hrefOf } from '../../app/router';
import { DocStatusBadge } from '../../components/Badge';
import { ErrorBanner, Loading } from '../../components/States';
import { useChannel } from '../../data/hooks';
import { formatTime } from '../../format';
import { useAppStore } from '../../store';
import { PrintDocumentButton } from '../print/PrintButtons';
import { BackorderItems } from './BackorderItems';
import { CancelDocumentDialog } from './CancelDocumentDialog';
import { ClosedLines } from './ClosedLines';
import './DocumentScreen.css';
import { kindOf } from './lines';
import { Outcome, type DocOutcome } from './Outcome';
import { PickItems } from './PickItems';

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
      <div>
        <dt>Printed</dt>
        <dd>
          {doc.printedAt ? (
            <>
              {doc.printCount}× · last <time dateTime={doc.printedAt}>{formatTime(doc.printedAt)}</time>
            </>
          ) : (
            'never'
          )}
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

const CLOSED_NOTE: Partial<Record<DocDetail['status'], string>> = {
  Completed: 'This pick is completed: what was picked has left its bins. Nothing here can change any more.',
  Cancelled: 'This document is cancelled. Nothing here can change any more.',
};

/** `#docs/1040.002`: one pick or backorder. A new number is a new page (nothing typed carries over). */
export function DocumentScreen({ params }: { params: Record<string, string> }) {
  const number = params.doc ?? '';
  return <DocumentPage key={number} number={number} />;
}

/**
 * One page for picks and backorders, as the first article has it (a completed backorder becomes a
 * pick): a backorder is filled (`All`, `Filled`, `Complete`) or released; a pick is completed with
 * what was `Picked`; either can be cancelled; completed and cancelled ones are read-only.
 */
function DocumentPage({ number }: { number: string }) {
  const query = useChannel('documents:get', { document: number });
  const doc = query.data?.number === number ? query.data : undefined;
  const [outcome, setOutcome] = useState<DocOutcome>();
  const [cancelOpen, setCancelOpen] = useState(false);
  const openRelease = useAppStore((s) => s.openRelease);

  const isBackorder = doc?.status === 'Back Order';
  const isOpenPick = doc?.status === 'Open' || doc?.status === 'Printed';
  const group = doc ? `${kindOf(doc.status)} ${doc.number}` : number;
  useCommands([
    { id: 'doc.release', name: 'Release Back Order', group, when: () => isBackorder, run: () => openRelease([number]) },
    { id: 'doc.cancel', name: isBackorder ? 'Cancel backorder' : 'Cancel pick', group, when: () => isBackorder || isOpenPick, run: () => setCancelOpen(true) },
  ]);

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
          <div className="toolbar">
            {doc ? <PrintDocumentButton document={doc} /> : null}
            {isBackorder ? (
              <button type="button" className="button" onClick={() => openRelease([number])}>
                Release Back Order
              </button>
            ) : null}
            {isBackorder || isOpenPick ? (
              <button type="button" className="button button--danger" onClick={() => setCancelOpen(true)}>
                {isBackorder ? 'Cancel backorder…' : 'Cancel pick…'}
              </button>
            ) : null}
          </div>
        </header>
        <ErrorBanner error={query.error} />
        {doc ? (
          <>
            <Header doc={doc} />
            {outcome ? <Outcome outcome={outcome} order={doc.order} /> : null}
            {CLOSED_NOTE[doc.status] ? <p className="banner banner--info">{CLOSED_NOTE[doc.status]}</p> : null}
            {doc.lines.length === 0 ? (
              <div className="doc-body panel-box">
                <p className="doc-none muted">This document has no lines.</p>
              </div>
            ) : isBackorder ? (
              <BackorderItems doc={doc} onFilled={(result) => setOutcome({ kind: 'fill', result })} />
            ) : isOpenPick ? (
              <PickItems doc={doc} onCompleted={(result) => setOutcome({ kind: 'pick', result })} />
            ) : (
              <ClosedLines lines={doc.lines} picked={doc.status === 'Completed'} />
            )}
            <CancelDocumentDialog doc={doc} open={cancelOpen} onClose={() => setCancelOpen(false)} />
          </>
        ) : query.error ? null : (
          <div className="doc-body doc-body--loading panel-box">
            <Loading label={`Loading ${number}`} />
          </div>
        )}
      </section>
    </div>
  );
}
