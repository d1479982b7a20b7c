import { expect } from 'vitest';
import { verify } from '../../../main/queries/verify';
import type { Run } from '../run';

/** The engine's own audit (the ledger adds up to the balances, allocations to the picks, ...) finds nothing. */
export function storeIsConsistent(run: Run): void {
  expect(verify(run.h.db).problems, run.context('verify found broken invariants')).toEqual([]);
}
