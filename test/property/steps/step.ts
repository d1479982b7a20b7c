import type { Observation } from '../observation';
import type { Operation, OperationOf } from '../operations';
import type { Run } from '../run';

/** Checks that need what the engine reports after the step: the observation before it and after it. */
export type AfterStep = (prev: Observation, next: Observation) => void;

/**
 * Plays one operation: resolves its references, makes its calls through `run.act` (which checks
 * that a refusal names its field and changes nothing), checks the answer against the model and
 * the last observation, and updates the model. It may return checks to run once the step's
 * observation is taken.
 */
export type Step<O extends Operation> = (run: Run, op: O) => AfterStep | void;

/** One step for every kind of operation: a map of this type cannot leave one out. */
export type Steps = { [K in Operation['kind']]: Step<OperationOf<K>> };
