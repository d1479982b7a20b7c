import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { ReleaseOutcome, ReleaseReview } from '../../../shared/domain/fulfillment';
import { hrefOf } from '../../app/router';
import { Badge, type Tone } from '../../components/Badge';
import { Dialog } from '../../components/Dialog';
import { ErrorBanner, Loading } from '../../components/States';
import { useChannel, useCommand } from '../../data/hooks';
import './ReleaseDialog.css';
import { OUTCOMES, qtyList, reviewLineText, reviewSummary, VERDICTS } from './words';

type Step = 'review' | 'submit' | 'confirmation';
const STEPS: { id: Step; label: string }[] = [
  { id: 'review', label: '① Review' },
  { id: 'submit', label: '② Submit' },
  { id: 'confirmation', label: '③ Confirmation' },
];

export interface ReleaseDialogProps {
  backorders: string[];
  open: boolean;
  /** OK, Cancel and Esc: the clerk is back where they started (the screens refetch by themselves). */
  onClose(): void;
}

/**
 * Release Back Order in the second article's three steps. Review (`backorders:review`) changes
 * nothing; Submit (`backorders:release`, one transaction) sends the ready and partial backorders;
 * Confirmation says what became of each, the blocked ones with the Review's reason.
 */
export function ReleaseDialog({ backorders, open, onClose }: ReleaseDialogProps) {
  const [step, setStep] = useState<Step>('review');
  const [outcomes, setOutcomes] = useState<ReleaseOutcome[]>([]);
  const [error, setError] = useState<unknown>();
  // Only the Review reads live: after Submit it would say "already released" about what was just done.
  const review = useChannel('backorders:review', { backorders }, { enabled: open && step === 'review' });
  const release = useCommand('backorders:release');
  const rows = review.data;
  const releasable = rows?.filter((r) => r.verdict !== 'blocked').map((r) => r.backorder) ?? [];
  // The Review names each backorder's customer; the Confirmation's backorders are the Review's.
  const customers = new Map(rows?.map((r) => [r.backorder, r.customer]));
  const primary = useRef<HTMLButtonElement>(null);

  // Focus on the button Enter should press: Submit once the Review is in (Cancel if nothing can go), OK at the end.
  useEffect(() => {
    if (open && (rows || step === 'confirmation')) primary.current?.focus();
  }, [open, rows, step]);

  async function submit() {
    if (step !== 'review' || !rows || releasable.length === 0) return;
    setStep('submit');
    setError(undefined);
    try {
      const confirmation = await release.mutateAsync({ backorders: releasable });
      const skipped = rows
        .filter((r) => r.verdict === 'blocked')
        .map((r): ReleaseOutcome => ({ backorder: r.backorder, order: r.order, outcome: 'skipped', reason: r.reason ?? 'blocked' }));
      const byNumber = new Map([...confirmation.outcomes, ...skipped].map((o) => [o.backorder, o]));
      // In the Review's order (precedence), so the Confirmation reads line for line against it.
      setOutcomes(rows.flatMap((r) => byNumber.get(r.backorder) ?? []));
      setStep('confirmation');
    } catch (refusal) {
      setError(refusal);
      setStep('review');
    }
  }

  const close = () => {
    if (step !== 'submit') onClose();
  };
  // Enter anywhere but on a button or link (those press themselves) moves the dialog on.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.ctrlKey || event.metaKey || (event.target as HTMLElement).closest('button, a')) return;
    event.preventDefault();
    if (step === 'review') void submit();
    else if (step === 'confirmation') onClose();
  };

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => !next && close()}
      title="Release Back Order"
      onSubmit={() => (step === 'confirmation' ? onClose() : void submit())}
      footer={
        step === 'confirmation' ? (
          <button ref={primary} type="button" className="button button--primary" onClick={onClose}>
            OK
          </button>
        ) : (
          <>
            {rows && releasable.length === 0 ? <span className="release__hint muted">Nothing here can be released now.</span> : null}
            <button ref={rows && releasable.length === 0 ? primary : undefined} type="button" className="button" disabled={step === 'submit'} onClick={close}>
              Cancel
            </button>
            <button
              ref={releasable.length > 0 ? primary : undefined}
              type="button"
              className="button button--primary"
              disabled={step === 'submit' || releasable.length === 0}
              aria-keyshortcuts="Control+Enter"
              onClick={() => void submit()}
            >
              {step === 'submit' ? 'Submitting…' : 'Submit'} <kbd aria-hidden="true">Ctrl+Enter</kbd>
            </button>
          </>
        )
      }
    >
      <div className="release" onKeyDown={onKeyDown}>
        <ol className="release__steps" aria-label="Steps">
          {STEPS.map((s) => (
            <li key={s.id} aria-current={s.id === step ? 'step' : undefined}>
              {s.label}
            </li>
          ))}
        </ol>
        <ErrorBanner error={error ?? review.error} />
        {step === 'confirmation' ? (
          <Confirmation outcomes={outcomes} customers={customers} onFollow={onClose} />
        ) : rows ? (
          <Review rows={rows} />
        ) : review.error ? null : (
          <Loading label="Reviewing the backorders" />
        )}
      </div>
    </Dialog>
  );
}

function Verdict({ tone, icon, word }: { tone: Tone; icon: string; word: string }) {
  return (
    <Badge tone={tone}>
      <span aria-hidden="true">{icon}</span> {word}
    </Badge>
  );
}

/** A Review row's height before it is measured: one line of the backorder's lines. */
const ESTIMATED_ROW_HEIGHT = 34;

/** One row of the Review or the Confirmation: the backorder, its order and customer, and what differs. */
interface TableRow {
  backorder: string;
  order: string;
  customer: string;
  /** `release__row--<kind>`: how the row is coloured. */
  kind: string;
  badge: ReactNode;
  what: ReactNode;
}

/**
 * The Review and the Confirmation: one row per backorder, drawn only where the clerk is looking, so
 * that a selection of thousands (Ctrl+A on a long Backorders list) opens at once. Each drawn row is
 * measured (a row with several lines is taller); fixed column widths keep the columns still as rows
 * come and go.
 */
function Table<T>({ label, last, rows, row }: { label: string; last: string; rows: T[]; row: (item: T) => TableRow }) {
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ESTIMATED_ROW_HEIGHT, overscan: 12 });
  const items = virtualizer.getVirtualItems();
  const above = items[0]?.start ?? 0;
  const below = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0);
  return (
    <div ref={scroller} className="release__table-box">
      <table className="release__table" aria-label={label} aria-rowcount={rows.length + 1}>
        <colgroup>
          <col className="release__col-verdict" />
          <col className="release__col-number" />
          <col className="release__col-number" />
          <col className="release__col-customer" />
          <col />
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{label === 'Review' ? 'Verdict' : 'Outcome'}</th>
            <th scope="col">Backorder</th>
            <th scope="col">Order</th>
            <th scope="col">Customer</th>
            <th scope="col">{last}</th>
          </tr>
        </thead>
        <tbody>
          {above > 0 ? <tr aria-hidden="true" className="release__spacer" style={{ height: above }} /> : null}
          {items.map((v) => {
            const r = row(rows[v.index]!);
            return (
              <tr key={v.key} ref={virtualizer.measureElement} data-index={v.index} aria-rowindex={v.index + 2} className={`release__row release__row--${r.kind}`}>
                <td>{r.badge}</td>
                <td className="mono">{r.backorder}</td>
                <td className="mono">{r.order}</td>
                <td>{r.customer}</td>
                <td className="release__what">{r.what}</td>
              </tr>
            );
          })}
          {below > 0 ? <tr aria-hidden="true" className="release__spacer" style={{ height: below }} /> : null}
        </tbody>
      </table>
    </div>
  );
}

function Review({ rows }: { rows: ReleaseReview[] }) {
  return (
    <>
      <p className="release__summary">
        {reviewSummary(rows.map((r) => r.verdict))}. Submit releases the ready and partial ones in one go; nothing changes until then.
      </p>
      <Table
        label="Review"
        last="Lines"
        rows={rows}
        row={(row) => ({
          backorder: row.backorder,
          order: row.order,
          customer: row.customer,
          kind: row.verdict,
          badge: <Verdict {...VERDICTS[row.verdict]} />,
          what: (
            <>
              {/* A partial row's lines already say what splits off and what stays; a blocked one needs its reason. */}
              {row.verdict === 'blocked' && row.reason ? <p className="release__reason">{row.reason}</p> : null}
              <ul className="release__lines">
                {row.lines.map((line) => (
                  <li key={line.sku}>{reviewLineText(line, row.verdict)}</li>
                ))}
              </ul>
            </>
          ),
        })}
      />
    </>
  );
}

function Confirmation({ outcomes, customers, onFollow }: { outcomes: ReleaseOutcome[]; customers: Map<string, string>; onFollow(): void }) {
  const released = outcomes.filter((o) => o.outcome !== 'skipped').length;
  const link = (pick: string) => (
    <a className="mono" href={hrefOf(`docs/${pick}`)} onClick={onFollow}>
      {pick}
    </a>
  );
  return (
    <>
      <p className="release__summary">
        Released {released} of {outcomes.length} {outcomes.length === 1 ? 'backorder' : 'backorders'}. OK returns to where you started.
      </p>
      <Table
        label="Confirmation"
        last="What became of it"
        rows={outcomes}
        row={(o) => ({
          backorder: o.backorder,
          order: o.order,
          customer: customers.get(o.backorder) ?? '',
          kind: o.outcome,
          badge: <Verdict {...OUTCOMES[o.outcome]} />,
          what:
            o.outcome === 'released' ? (
              <>{link(o.pick)} is now a pick, ready to ship</>
            ) : o.outcome === 'split' ? (
              <>
                pick {link(o.pick)} split off, ready to ship; {qtyList(o.remaining)} {o.remaining.length === 1 && o.remaining[0]!.qty === 1 ? 'stays' : 'stay'} on{' '}
                <span className="mono">{o.backorder}</span>
              </>
            ) : (
              <span className="release__reason">{o.reason}</span>
            ),
        })}
      />
    </>
  );
}
