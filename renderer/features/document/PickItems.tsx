import { Fragment, useState } from 'react';
import type { CompletePickResult, DocDetail } from '../../../shared/domain/fulfillment';
import { useCommands } from '../../app/commands';
import { useCommand } from '../../data/hooks';
import { binsText } from './lines';
import { planPick, refusalOnLines } from './plans';
import { FormRefusalOrHint, LineRefusalRow } from './Refusals';

const qty = (n: number) => n.toLocaleString();

/**
 * An open or printed pick's items: per line its bin(s), sku and quantity, and `Picked` (prefilled
 * with all of it). `Complete pick` records what was pulled; a refusal shows on its line and keeps
 * what was typed.
 */
export function PickItems({ doc, onCompleted }: { doc: DocDetail; onCompleted(result: CompletePickResult): void }) {
  const [picked, setPicked] = useState<Record<number, string>>({});
  const [refusal, setRefusal] = useState<{ lines: Record<number, string>; form?: string }>({ lines: {} });
  const complete = useCommand('picks:complete');
  const lines = doc.lines.filter((l) => l.qty > 0);

  async function completePick() {
    if (complete.isPending) return;
    const plan = planPick(doc.number, lines, picked);
    if (!plan.ok) return setRefusal(plan);
    setRefusal({ lines: {} });
    try {
      onCompleted(await complete.mutateAsync(plan.input));
    } catch (error) {
      setRefusal(refusalOnLines(error, plan.skus, lines));
    }
  }

  useCommands([{ id: 'pick.complete', name: 'Complete pick', group: `Pick ${doc.number}`, run: () => void completePick() }]);

  return (
    <div className="doc-fill">
      <div className="doc-body panel-box">
        <table className="doc-lines" aria-label="Lines">
          <thead>
            <tr>
              <th scope="col">Bin(s)</th>
              <th scope="col">SKU</th>
              <th scope="col">Description</th>
              <th scope="col" className="num">
                Qty
              </th>
              <th scope="col" className="num">
                Picked
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.map((line) => {
              const refused = refusal.lines[line.lineNo];
              const noteId = `doc-refusal-${line.lineNo}`;
              const value = picked[line.lineNo] ?? String(line.qty);
              const short = /^\d+$/.test(value.trim()) && Number(value) < line.qty;
              return (
                <Fragment key={line.lineNo}>
                  <tr className={refused ? 'doc-line--refused' : undefined}>
                    <td className="mono">{line.bins.length > 0 ? binsText(line) : <span className="muted">—</span>}</td>
                    <td className="mono">{line.sku}</td>
                    <td className="doc-desc">{line.description}</td>
                    <td className="num">{qty(line.qty)}</td>
                    <td className="num">
                      <input
                        className={`input doc-qty${short ? ' doc-qty--short' : ''}`}
                        inputMode="numeric"
                        autoComplete="off"
                        aria-label={`Picked ${line.sku}`}
                        value={value}
                        aria-invalid={!!refused}
                        aria-describedby={refused ? noteId : undefined}
                        onChange={(e) => setPicked((p) => ({ ...p, [line.lineNo]: e.target.value }))}
                      />
                    </td>
                  </tr>
                  {refused ? <LineRefusalRow id={noteId} colSpan={5} message={refused} /> : null}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="doc-actions">
        <FormRefusalOrHint refusal={refusal.form} hint="Picked is what was pulled from the bins; a line pulled short goes back to a backorder." />
        <button type="button" className="button button--primary" disabled={complete.isPending} onClick={() => void completePick()}>
          Complete pick
        </button>
      </div>
    </div>
  );
}
