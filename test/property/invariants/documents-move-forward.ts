import type { DocStatus } from '../../../shared/domain/orders';
import type { Invariant } from './invariant';

const DOC_MOVES: Record<DocStatus, DocStatus[]> = {
  'Back Order': ['Back Order', 'Open', 'Cancelled'],
  Open: ['Open', 'Printed', 'Completed', 'Cancelled'],
  Printed: ['Printed', 'Completed', 'Cancelled'],
  Completed: ['Completed'],
  Cancelled: ['Cancelled'],
};

/** Documents never disappear, their statuses only move forward, and new ones start as picks or backorders. */
export const documentsMoveForward: Invariant = (run, prev, next) => {
  for (const [number, before] of prev.docs) {
    const now = next.docs.get(number);
    run.check(now !== undefined, () => `document ${number} disappeared`);
    run.check(DOC_MOVES[before.status].includes(now!.status), () => `document ${number} went from ${before.status} to ${now!.status}`);
  }
  for (const [number, doc] of next.docs) {
    if (!prev.docs.has(number)) run.check(['Open', 'Printed', 'Back Order'].includes(doc.status), () => `new document ${number} is ${doc.status}`);
  }
};
