import type { Observation } from '../observation';
import type { Run } from '../run';

/**
 * A rule that holds after every step, whatever the step: it compares what the engine reports now
 * (`next`) with what it reported before the step (`prev`) and with the model, and fails the run
 * (`run.check`) when broken.
 */
export type Invariant = (run: Run, prev: Observation, next: Observation) => void;
