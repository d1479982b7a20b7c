import { useId, useState } from 'react';
import type { Alert, AlertLevel } from '../../../shared/domain/fulfillment';
import { hrefOf } from '../../app/router';
import { counted } from '../../format';
import { countAlerts, sortAlerts } from './outcome';

/** Icon and word per level: colour is never the only signal. */
const LEVELS: Record<AlertLevel, { icon: string; word: string }> = {
  error: { icon: '✕', word: 'Error' },
  warning: { icon: '⚠', word: 'Warning' },
  info: { icon: 'ℹ', word: 'Info' },
};

// A run over every open order can raise tens of thousands of alerts; the list shows a first screenful
// and the rest on request, so the screen stays quick. Errors come first, so none of them hide here.
const FIRST = 500;

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

export function AlertList({ alerts }: { alerts: readonly Alert[] }) {
  const headingId = useId();
  const [showAll, setShowAll] = useState(false);
  const sorted = sortAlerts(alerts);
  const counts = countAlerts(alerts);
  const shown = showAll ? sorted : sorted.slice(0, FIRST);
  const summary = [counted(counts.error, 'error'), counted(counts.warning, 'warning'), ...(counts.info > 0 ? [counted(counts.info, 'note')] : [])].join(' · ');

  return (
    <section className="results-alerts panel-box" aria-labelledby={headingId}>
      <header className="results-alerts__head">
        <h2 id={headingId}>Alerts</h2>
        <p className="screen__sub">{alerts.length === 0 ? 'None: nothing was backordered or refused.' : summary}</p>
      </header>
      {shown.length > 0 ? (
        <ul className="results-alerts__list">
          {shown.map((alert, i) => (
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
      {shown.length < sorted.length ? (
        <p className="results-alerts__more">
          <button type="button" className="link-button" onClick={() => setShowAll(true)}>
            Show all {counted(sorted.length, 'alert')}
          </button>
        </p>
      ) : null}
    </section>
  );
}
