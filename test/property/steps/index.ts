// Every kind of operation and the step that plays it. `Steps` is a map from every operation kind to
// its step, so the compiler refuses a new kind of operation until it has one: add the operation to
// operations.ts and its generator to arbitraries.ts, then its step to the group it belongs to.
import type { Operation, OperationOf } from '../operations';
import type { Run } from '../run';
import { backorderSteps } from './backorders';
import { catalogueSteps } from './catalogue';
import { fulfillmentSteps } from './fulfillment';
import { orderSteps } from './orders';
import { pickSteps } from './picks';
import { querySteps } from './queries';
import type { AfterStep, Step, Steps } from './step';
import { stockSteps } from './stock';

const steps: Steps = { ...orderSteps, ...fulfillmentSteps, ...stockSteps, ...backorderSteps, ...pickSteps, ...catalogueSteps, ...querySteps };

/** Plays one operation with its step; returns the checks that need the observation after it. */
export function perform<K extends Operation['kind']>(run: Run, op: OperationOf<K>): AfterStep | void {
  // TypeScript cannot tie steps[kind] to the operation of that kind; the map's type already did.
  const step = steps[op.kind] as Step<OperationOf<K>>;
  return step(run, op);
}

/** The steps that may allocate stock: adjustments, status changes, cancellations and the rest never do. */
export const MAY_ALLOCATE: ReadonlySet<Operation['kind']> = new Set([
  'fulfillment:run',
  'orders:print',
  'orders:updateLine',
  'inventory:receive',
  'backorders:release',
  'backorders:fill',
]);
