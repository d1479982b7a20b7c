// One run of the property test: a fresh in-memory database behind the real dispatcher, the model,
// the last observation and the transcript. It plays the set-up and the operations, one step at a
// time, and checks every invariant after every step.
import { expect } from 'vitest';
import type { Channel, Output } from '../../shared/contract';
import { DomainError } from '../../shared/errors';
import { createHarness, snapshot, type Harness } from '../helpers/harness';
import { INVARIANTS, storeIsConsistent } from './invariants';
import { Model } from './model';
import { emptyObservation, observe, type Observation } from './observation';
import { BINS, SKUS, type Operation, type Setup } from './operations';
import { References } from './references';
import { count } from './stats';
import { MAY_ALLOCATE, perform } from './steps';
import { show } from './util';

type Outcome<T> = { ok: true; value: T } | { ok: false; error: DomainError };

export class Run {
  readonly h: Harness = createHarness();
  readonly model = new Model();
  readonly refs = new References(this);
  private readonly transcript: string[] = [];
  private stepLabel = 'setup';
  private observation = emptyObservation();
  private stepNo = -1;
  private allocating = true;

  /** What the engine reported after the last step (before the current one, while a step runs). */
  get obs(): Observation {
    return this.observation;
  }

  /** Whether the current step may allocate stock (adjustments, status changes and cancellations never do). */
  get mayAllocate(): boolean {
    return this.allocating;
  }

  close(): void {
    this.h.db.close();
  }

  // ------------------------------------------------------------------------------------------
  // Failing

  /** `extra`, where the run is, and the transcript: every call made so far. */
  context(extra = ''): string {
    return `${extra ? `${extra}\n` : ''}(at ${this.stepLabel})\nTranscript of this run:\n${this.transcript.join('\n')}`;
  }

  /** Fails the run with `message` and the transcript. */
  fail(message: string): never {
    throw new Error(this.context(message));
  }

  check(condition: boolean, message: () => string): void {
    if (!condition) this.fail(message());
  }

  // ------------------------------------------------------------------------------------------
  // Calling

  /** A contract call, logged: the value, or the refusal. An internal error fails the run. */
  private call<C extends Channel>(channel: C, input: unknown, silent = false): Outcome<Output<C>> {
    const line = `  h.call('${channel}', ${show(input)})`;
    try {
      const value = (this.h.call as (c: Channel, i: unknown) => unknown)(channel, input) as Output<C>;
      if (!silent) this.transcript.push(`${line}  // ok`);
      if (!silent) count(channel, null);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof DomainError && error.code !== 'internal') {
        if (!silent) this.transcript.push(`${line}  // refused ${error.code}: ${error.message}`);
        if (!silent) count(channel, error.message.replace(/[\w-]*\d[\w.-]*/g, '#'));
        return { ok: false, error };
      }
      this.transcript.push(`${line}  // THREW ${String(error)}`);
      throw new Error(this.context(`${channel} ${show(input)} failed with an internal error: ${String(error)}`), { cause: error });
    }
  }

  /** A call the test makes to look around; it must succeed. */
  look<C extends Channel>(channel: C, input: unknown): Output<C> {
    const out = this.call(channel, input, true);
    if (!out.ok) this.fail(`${channel} ${show(input)} was refused: ${out.error.message}`);
    return out.value;
  }

  /**
   * A step's call. Whatever the step: a refusal names its field, and a refusal, or any call of a
   * query channel, leaves the database as it was, byte for byte.
   */
  act<C extends Channel>(channel: C, input: unknown, kind: 'command' | 'query' = 'command'): Outcome<Output<C>> {
    const before = snapshot(this.h.db);
    const out = this.call(channel, input);
    if (!out.ok) {
      const error = out.error;
      this.check(error.field !== undefined && error.field !== '', () => `the refusal of ${channel} names no field: ${error.code} ${error.message}`);
    }
    if (!out.ok || kind === 'query') {
      const why = out.ok ? `query ${channel} changed the database` : `refused ${channel} (${out.error.message}) changed the database`;
      expect(snapshot(this.h.db), this.context(why)).toEqual(before);
    }
    return out;
  }

  private setupCall<C extends Channel>(channel: C, input: unknown): Output<C> {
    const out = this.call(channel, input);
    if (!out.ok) this.fail(`set-up call ${channel} ${show(input)} was refused: ${out.error.message}`);
    return out.value;
  }

  // ------------------------------------------------------------------------------------------
  // Playing

  setup(setup: Setup): void {
    setup.items.forEach((spec, index) => {
      const item = this.setupCall('items:create', { sku: SKUS[index], description: `item ${index + 1}`, allowBackorder: spec.allowBackorder });
      this.model.addItem(item);
    });
    setup.bins.forEach((spec, index) => {
      const bin = this.setupCall('bins:create', { code: BINS[index], sequence: spec.sequence });
      this.model.addBin(bin.code, bin.sequence);
    });
    this.setupCall('settings:update', { autoRelease: setup.autoRelease });
    this.model.autoRelease = setup.autoRelease;
    if (setup.stock.length > 0) {
      const { itemOrder, bins } = this.model;
      const lines = setup.stock.map((s) => {
        const sku = itemOrder[s.item % itemOrder.length]!;
        return s.bin === null ? { sku, qty: s.qty } : { sku, bin: bins[s.bin % bins.length]!, qty: s.qty };
      });
      const result = this.setupCall('inventory:receive', { reference: 'OPENING', lines });
      for (const l of result.lines) this.model.received(l.sku, l.bin, l.qty);
    }
    this.afterStep();
  }

  play(operations: Operation[]): void {
    operations.forEach((op, index) => {
      this.stepLabel = `step ${index}: ${op.kind}`;
      this.stepNo = index;
      this.allocating = MAY_ALLOCATE.has(op.kind);
      this.transcript.push(`// step ${index}: ${op.kind}`);
      const then = perform(this, op);
      const { prev, next } = this.afterStep();
      then?.(prev, next);
    });
  }

  /** Every invariant, after every step. Returns the new observation (the previous one stays in `prev`). */
  private afterStep(): { prev: Observation; next: Observation } {
    storeIsConsistent(this);
    const prev = this.observation;
    const next = observe(this, prev, this.stepNo);
    for (const invariant of INVARIANTS) invariant(this, prev, next);
    this.observation = next;
    return { prev, next };
  }
}
