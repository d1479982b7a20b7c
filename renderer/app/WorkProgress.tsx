import { useEffect, useState } from 'react';
import type { Channel, WorkProgress as Progress } from '../../shared/contract';
import { useData } from '../data/hooks';
import './WorkProgress.css';

/** What the clerk is told is under way, by the command doing it. */
const DOING: Partial<Record<Channel, string>> = {
  'fulfillment:run': 'Running fulfillment',
  'import:run': 'Importing',
  'inventory:receive': 'Releasing what the receipt covers',
  'backorders:release': 'Releasing',
  'inventory:previewReceipt': 'Working out what the receipt releases',
  'backorders:review': 'Reviewing',
  'demo:load': 'Loading the demo shop',
};

const number = (n: number) => n.toLocaleString('en-US');

/**
 * In the bar above every screen while a long command this window started is under way (main sends
 * its progress to this window only, a few times a second): `Running fulfillment: 4,000 of 20,000
 * orders`. Gone when the work is over (a notice whose `done` is its `total`).
 */
export function WorkProgress() {
  const { api } = useData();
  const [under, setUnder] = useState<Progress[]>([]);

  useEffect(
    () =>
      api.on('work:progress', (progress) =>
        setUnder((now) => {
          const others = now.filter((p) => p.channel !== progress.channel);
          return progress.done < progress.total ? [...others, progress] : others;
        }),
      ),
    [api],
  );

  if (under.length === 0) return null;
  return (
    <div className="work-progress">
      {under.map(({ channel, what, done, total }) => {
        const doing = DOING[channel] ?? 'Working';
        return (
          <div key={channel} className="work-progress__item">
            <span className="work-progress__text num">
              {doing}: {number(done)} of {number(total)} {what}
            </span>
            <div className="work-progress__track" role="progressbar" aria-label={doing} aria-valuemin={0} aria-valuemax={total} aria-valuenow={done}>
              <span className="work-progress__fill" style={{ width: `${(100 * done) / total}%` }} />
            </div>
          </div>
        );
      })}
    </div>
  );
}
