import { useId } from 'react';
import type { Alert, AlertCounts, AlertLevel, AlertReason } from '../../../shared/domain/fulfillment';
import { hrefOf } from '../../app/router';
import { counted } from '../../format';

/** Icon and word per level: colour is never the only signal. */
const LEVELS: Record<AlertLevel, { icon: string; word: string }> = {
  error: { icon: '✕', word: 'Error' },
  warning: { icon: '⚠', word: 'Warning' },
  info: { icon: 'ℹ', word: 'Info' },
};

/** Each kind of alert in a clerk's words, for the counts of a run. */
const REASONS: Record<AlertReason, string> = {
  backordered: 'backordered',
  not_backorderable: 'not backorderable',
  only_frozen: 'only frozen stock',
  inactive_item: 'inactive item',
  complete_policy: 'ships complete',
  order_closed: 'order closed',
};

/** The alert's words, with the backorder it names as a link to that backorder. */
function AlertMessage({ alert: { backorder, message } }: { alert: Alert }) {
  if (!backorder) return <>{message}</>;
  const link = <a href={hrefOf(`docs/${backorder}`)}>{backorder}</a>;
  const at = message.indexOf(backorder);
  if (at < 0) {
    return (
      <>
        {message} (backorder {link})
      </>
    );
  }
  return (
    <>
      {message.slice(0, at)}
      {link}
      {message.slice(at + backorder.length)}
    </>
  );
}

/**
 * The run's Alerts: every one counted by level and by kind, the first ones (errors first) in full.
 * A run over every open order can raise tens of thousands; the rest are on their orders' pages.
 */
export function AlertList({ alerts, counts }: { alerts: readonly Alert[]; counts: AlertCounts }) {
  const headingId = useId();
  const total = counts.byLevel.error + counts.byLevel.warning + counts.byLevel.info;
  const levels = [counted(counts.byLevel.error, 'error'), counted(counts.byLevel.warning, 'warning'), ...(counts.byLevel.info > 0 ? [counted(counts.byLevel.info, 'note')] : [])];
  const kinds = (Object.keys(REASONS) as AlertReason[]).filter((r) => (counts.byReason[r] ?? 0) > 0).map((r) => `${counts.byReason[r]!.toLocaleString()} ${REASONS[r]}`);

  return (
    <section className="results-alerts panel-box" aria-labelledby={headingId}>
      <header className="results-alerts__head">
        <h2 id={headingId}>Alerts</h2>
        <p className="screen__sub">{total === 0 ? 'None: nothing was backordered or refused.' : levels.join(' · ')}</p>
        {kinds.length > 0 ? <p className="screen__sub results-alerts__kinds">{kinds.join(' · ')}</p> : null}
      </header>
      {alerts.length > 0 ? (
        <ul className="results-alerts__list">
          {alerts.map((alert, i) => (
            <li key={i} className={`alert alert--${alert.level}`}>
              <span className="alert__level">
                <span aria-hidden="true">{LEVELS[alert.level].icon}</span> {LEVELS[alert.level].word}
              </span>
              <a className="mono" href={hrefOf(`orders/${alert.order}`)}>
                {alert.order}
              </a>
              <span className="alert__message">
                <AlertMessage alert={alert} />
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {alerts.length < total ? (
        <p className="results-alerts__more">
          Showing the first {alerts.length.toLocaleString()} of {counted(total, 'alert')}, errors first. Every alert is counted above; each
          order&apos;s own are on its row in Orders in this run, and on its page.
        </p>
      ) : null}
    </section>
  );
}
