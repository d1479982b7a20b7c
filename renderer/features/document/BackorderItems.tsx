import { Fragment, useState, type FormEvent } from 'react';
import type { DocDetail, FillResult } from '../../../shared/domain/fulfillment';
import { useCommands } from '../../app/commands';
import { useChannel, useCommand } from '../../data/hooks';
import { planFill, refusalOnLines, type FillEntry } from './plans';
import { FormRefusalOrHint, LineRefusalRow } from './Refusals';

const qty = (n: number) => n.toLocaleString();

/** Whether free stock covers the outstanding quantity in full, in part, or not at all. */
const coverOf = (free: number, outstanding: number) => (free <= 0 ? 'none' : free >= outstanding ? 'full' : 'partial');

/**
 * A backorder's items tab (the first article): per line what was ordered, what is outstanding and
 * what free stock could fill now, the `All` box and the `Filled` number. `Fill` applies what is
 * ticked and typed, `Complete` fills every line. A refusal shows on the line it names and keeps
 * what was typed; nothing changes.
 */
export function BackorderItems({ doc, onFilled }: { doc: DocDetail; onFilled(result: FillResult): void }) {
  const [entries, setEntries] = useState<Record<number, FillEntry>>({});
  const [refusal, setRefusal] = useState<{ lines: Record<number, string>; form?: string }>({ lines: {} });
  const fill = useCommand('backorders:fill');
  // What each line ordered is the order line's; the order page reads the same answer.
  const order = useChannel('orders:get', { order: doc.order });
  const ordered = new Map(order.data?.number === doc.order ? order.data.billOfMaterial.map((l) => [l.lineNo, l.accounting.ordered]) : []);
  const lines = doc.lines.filter((l) => l.qty > 0);

  const entry = (lineNo: number): FillEntry => entries[lineNo] ?? { all: false, filled: '' };
  const edit = (lineNo: number, change: Partial<FillEntry>) => setEntries((e) => ({ ...e, [lineNo]: { ...entry(lineNo), ...change } }));

  async function send(input: Parameters<typeof fill.mutateAsync>[0], skus: string[]) {
    setRefusal({ lines: {} });
    try {
      const result = await fill.mutateAsync(input);
      setEntries({});
      onFilled(result);
    } catch (error) {
      setRefusal(refusalOnLines(error, skus, lines));
    }
  }
  function applyFill() {
    if (fill.isPending) return;
    const plan = planFill(doc.number, lines, entries);
    if (!plan.ok) setRefusal(plan);
    else void send(plan.input, plan.skus);
  }
  function complete() {
    if (!fill.isPending) void send({ backorder: doc.number, complete: true }, []);
  }
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    applyFill();
  };

  useCommands([
    { id: 'backorder.fill', name: 'Fill', group: `Backorder ${doc.number}`, run: applyFill },
    { id: 'backorder.complete', name: 'Complete', group: `Backorder ${doc.number}`, run: complete },
  ]);

  return (
    <form className="doc-fill" onSubmit={onSubmit} aria-label={`Fill ${doc.number}`} noValidate>
      <div className="doc-body panel-box">
        <table className="doc-lines" aria-label="Lines">
          <thead>
            <tr>
              <th scope="col">SKU</th>
              <th scope="col">Description</th>
              <th scope="col" className="num">
                Ordered
              </th>
              <th scope="col" className="num">
                Outstanding
              </th>
              <th scope="col" className="num">
                Free now
              </th>
              <th scope="col" className="doc-check">
                All
              </th>
              <th scope="col" className="num">
                Filled
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => {
              const { all, filled } = entry(line.lineNo);
              const refused = refusal.lines[line.lineNo];
              const noteId = `doc-refusal-${line.lineNo}`;
              const free = line.freeNow ?? 0;
              return (
                <Fragment key={line.lineNo}>
                  <tr className={refused ? 'doc-line--refused' : undefined}>
                    <td className="mono">{line.sku}</td>
                    <td className="doc-desc">{line.description}</td>
                    <td className="num">{ordered.has(line.lineNo) ? qty(ordered.get(line.lineNo)!) : <span className="muted">…</span>}</td>
                    <td className="num">{qty(line.qty)}</td>
                    <td className={`num doc-free doc-free--${coverOf(free, line.qty)}`}>{qty(free)}</td>
                    <td className="doc-check">
                      <input
                        type="checkbox"
                        aria-label={`All ${line.sku}`}
                        checked={all}
                        aria-invalid={!!refused}
                        aria-describedby={refused ? noteId : undefined}
                        onChange={(e) => edit(line.lineNo, { all: e.target.checked })}
                      />
                    </td>
                    <td className="num">
                      <input
                        className="input doc-qty"
                        inputMode="numeric"
                        autoComplete="off"
                        aria-label={`Filled ${line.sku}`}
                        // Ticking All fills the line in full: the field shows it and waits until All is cleared.
                        value={all ? String(line.qty) : filled}
                        readOnly={all}
                        placeholder="0"
                        aria-invalid={!!refused}
                        aria-describedby={refused ? noteId : undefined}
                        onChange={(e) => edit(line.lineNo, { filled: e.target.value })}
                      />
                    </td>
                  </tr>
                  {refused ? <LineRefusalRow id={noteId} colSpan={7} message={refused} /> : null}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="doc-actions">
        <FormRefusalOrHint refusal={refusal.form} hint="Fill applies what is ticked and typed; Complete fills every line." />
        <button type="submit" className="button" disabled={fill.isPending}>
          Fill
        </button>
        <button type="button" className="button button--primary" disabled={fill.isPending} onClick={complete}>
          Complete
        </button>
      </div>
    </form>
  );
}
