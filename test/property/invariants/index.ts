// Every invariant the run checks after every step, in the order it checks them. storeIsConsistent
// reads the database itself, before the step's observation is taken; the others compare that
// observation with the one before and with the model. A new invariant goes in a file of its own
// here and into INVARIANTS.
import { allocationsFollowPickSequence } from './allocations-follow-pick-sequence';
import { billOfMaterialMatchesModel } from './bill-of-material-matches-model';
import { binsInPickSequence } from './bins-in-pick-sequence';
import { completeOrdersShipWhole } from './complete-orders-ship-whole';
import { documentsMoveForward } from './documents-move-forward';
import type { Invariant } from './invariant';
import { lineAccountingAddsUp } from './line-accounting-adds-up';
import { lineStatusBar } from './line-status-bar';
import { liveDocumentsHoldSomething } from './live-documents-hold-something';
import { orderStatusesMoveForward } from './order-statuses-move-forward';
import { pickedIsCompleted } from './picked-is-completed';
import { queueAhead } from './queue-ahead';
import { shipCodesFollowStatus } from './ship-codes-follow-status';
import { stockMatchesModel } from './stock-matches-model';

export { storeIsConsistent } from './store-is-consistent';

export const INVARIANTS: readonly Invariant[] = [
  stockMatchesModel,
  binsInPickSequence,
  allocationsFollowPickSequence,
  shipCodesFollowStatus,
  orderStatusesMoveForward,
  billOfMaterialMatchesModel,
  lineAccountingAddsUp,
  lineStatusBar,
  queueAhead,
  completeOrdersShipWhole,
  pickedIsCompleted,
  documentsMoveForward,
  liveDocumentsHoldSomething,
];
