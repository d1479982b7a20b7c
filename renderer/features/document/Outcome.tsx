import type { CompletePickResult, FillResult } from '../../../shared/domain/fulfillment';
import { hrefOf } from '../../app/router';

/** What became of the last fill or pick done on this page. */
export type DocOutcome = { kind: 'fill'; result: FillResult } | { kind: 'pick'; result: CompletePickResult };

/** `3 × TR-GR, 1 × BOLT-8` */
const qtyList = (lines: { sku: string; qty: number }[]) => lines.map((l) => `${l.qty.toLocaleString()} × ${l.sku}`).join(', ');

const DocLink = ({ number }: { number: string }) => (
  <a className="mono" href={hrefOf(`docs/${number}`)}>
    {number}
  </a>
);

/** After a fill: the pick the backorder became (same number), or the pick split off from it. */
function FillOutcome({ result }: { result: FillResult }) {
  if (result.inPlace) {
    return (
      <p>
        <strong>{result.pick} is now a pick</strong>, ready to ship: filled {qtyList(result.filled)}.
      </p>
    );
  }
  return (
    <p>
      Filled {qtyList(result.filled)} onto pick <DocLink number={result.pick} />, split off from this backorder and ready to ship. Still on{' '}
      <span className="mono">{result.backorder}</span>: {qtyList(result.remaining)}.
    </p>
  );
}

/** `Count bin A-01`, `Count bins A-01 and B-02` */
const countBins = (bins: string[]) => (bins.length === 1 ? `Count bin ${bins[0]}` : `Count bins ${bins.slice(0, -1).join(', ')} and ${bins.at(-1)}`);

/** After Complete pick: what was picked, and per line pulled short where its remainder went and which bins to count. */
function PickOutcome({ result, order }: { result: CompletePickResult; order: string }) {
  return (
    <>
      <p>
        <strong>{result.pick} is completed</strong>
        {result.picked.length > 0 ? `: picked ${qtyList(result.picked)}.` : ': nothing was picked.'}
      </p>
      {result.short.length > 0 ? (
        <ul className="doc-outcome__short" aria-label="Picked short">
          {result.short.map((s) => (
            <li key={s.sku}>
              <span className="mono">{s.sku}</span>: {s.qty.toLocaleString()} short,{' '}
              {s.backorder ? (
                <>
                  back on backorder <DocLink number={s.backorder} />
                </>
              ) : (
                `left unallocated on order ${order} (not backorderable)`
              )}
              .{s.countBins.length > 0 ? ` ${countBins(s.countBins)}: it held less than the stock records say.` : ''}
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

export function Outcome({ outcome, order }: { outcome: DocOutcome; order: string }) {
  const short = outcome.kind === 'pick' && outcome.result.short.length > 0;
  return (
    <div className={`doc-outcome${short ? ' doc-outcome--short' : ''}`} role="status">
      {outcome.kind === 'fill' ? <FillOutcome result={outcome.result} /> : <PickOutcome result={outcome.result} order={order} />}
    </div>
  );
}
