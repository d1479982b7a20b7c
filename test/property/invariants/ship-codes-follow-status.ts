import type { DocStatus } from '../../../shared/domain/orders';
import type { Invariant } from './invariant';

const SHIP_CODES: Record<DocStatus, string> = {
  'Back Order': 'Unshippable backorder',
  Open: 'Ready to ship',
  Printed: 'Ready to ship',
  Completed: 'Picked',
  Cancelled: 'Cancelled',
};

/** Every document on an order's Attachments tab shows the ship code of its status. */
export const shipCodesFollowStatus: Invariant = (run, _prev, next) => {
  for (const order of next.orders.values()) {
    for (const d of order.attachments) {
      run.check(d.shipCode === SHIP_CODES[d.status], () => `${d.number} is ${d.status} with ship code ${d.shipCode}`);
    }
  }
};
