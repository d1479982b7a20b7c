// How often each channel succeeded and was refused (and why), over every run: printed when
// STOCKDESK_PROPERTY_STATS is set, to tune the weights in arbitraries.ts.
import { STATS } from './settings';
import { sum } from './util';

const counts = STATS ? new Map<string, { ok: number; refused: Map<string, number> }>() : undefined;

/** Counts one call of `channel`: a success (`refusal` null), or a refusal with that message. */
export function count(channel: string, refusal: string | null): void {
  if (!counts) return;
  const entry = counts.get(channel) ?? { ok: 0, refused: new Map<string, number>() };
  counts.set(channel, entry);
  if (refusal === null) entry.ok += 1;
  else entry.refused.set(refusal, (entry.refused.get(refusal) ?? 0) + 1);
}

export function printStats(): void {
  if (!counts) return;
  for (const [channel, { ok, refused }] of [...counts].sort()) {
    const reasons = [...refused].sort((a, b) => b[1] - a[1]).map(([message, n]) => `\n    ${n} ${message}`);
    console.log(`${channel}: ${ok} ok, ${sum([...refused.values()], (n) => n)} refused${reasons.slice(0, 6).join('')}`);
  }
}
