import { show } from '../util';
import type { Invariant } from './invariant';

/**
 * The bin list is in pick sequence: explicit sequence first, then the natural order of the code
 * (digit runs compared as numbers), whatever their length.
 */
export const binsInPickSequence: Invariant = (run, _prev, next) => {
  const { sequences } = run.model;
  const binKey = (code: string) => {
    const m = /^([A-Z]+)-(\d+)$/.exec(code);
    return m ? { seq: sequences.get(code) ?? null, prefix: m[1]!, n: BigInt(m[2]!) } : { seq: sequences.get(code) ?? null, prefix: code, n: -1n };
  };
  const before = (x: string, y: string): boolean => {
    const a = binKey(x);
    const b = binKey(y);
    if ((a.seq === null) !== (b.seq === null)) return a.seq !== null;
    if (a.seq !== null && b.seq !== null && a.seq !== b.seq) return a.seq < b.seq;
    if (a.prefix !== b.prefix) return a.prefix < b.prefix;
    return a.n < b.n;
  };
  next.binOrder.forEach((code, i) => {
    const later = next.binOrder.slice(i + 1).find((other) => before(other, code));
    run.check(later === undefined, () => `bin pick sequence: ${later} should come before ${code}, but bins are in the order ${show(next.binOrder)} (sequences ${show([...sequences])})`);
  });
};
