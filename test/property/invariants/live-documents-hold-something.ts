import { isPick } from '../observation';
import type { Invariant } from './invariant';

/** A pick or backorder still open holds something: a document left empty is closed. */
export const liveDocumentsHoldSomething: Invariant = (run, _prev, next) => {
  for (const [number, doc] of next.docs) {
    if (isPick(doc.status) || doc.status === 'Back Order') {
      run.check(doc.qty > 0, () => `document ${number} is ${doc.status} but holds nothing (a document left empty is closed)`);
    }
  }
};
