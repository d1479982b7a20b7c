import type { ReleaseOutcome, ReleaseReviewLine, ReleaseVerdict } from '../../../shared/domain/fulfillment';
import type { Tone } from '../../components/Badge';

/** The Review's verdicts: an icon and a word beside the colour, so colour is never the only signal. */
export const VERDICTS: Record<ReleaseVerdict, { icon: string; word: string; tone: Tone }> = {
  ready: { icon: '➜', word: 'ready', tone: 'full' },
  partial: { icon: '⚠', word: 'partial', tone: 'partial' },
  blocked: { icon: '✖', word: 'blocked', tone: 'none' },
};

/** The Confirmation's outcomes, in the same colours as the verdicts they follow from. */
export const OUTCOMES: Record<ReleaseOutcome['outcome'], { icon: string; word: string; tone: Tone }> = {
  released: { icon: '➜', word: 'released', tone: 'full' },
  split: { icon: '⚠', word: 'split', tone: 'partial' },
  skipped: { icon: '✖', word: 'skipped', tone: 'none' },
};

/**
 * A backorder line in the Review: `TR-GR 4 of 4`; on a partial release what splits off and what
 * stays (`TR-GR 2 of 5: 2 split off, 3 stay on backorder`).
 */
export function reviewLineText(line: ReleaseReviewLine, verdict: ReleaseVerdict): string {
  const head = `${line.sku} ${line.allocatable} of ${line.outstanding}`;
  if (verdict !== 'partial' || line.allocatable >= line.outstanding) return head;
  const stay = line.outstanding - line.allocatable;
  const stays = `${stay} ${stay === 1 ? 'stays' : 'stay'} on backorder`;
  return line.allocatable === 0 ? `${head}: ${stays}` : `${head}: ${line.allocatable} split off, ${stays}`;
}

/** `3 × TR-GR, 1 × BOLT-8` */
export const qtyList = (lines: { sku: string; qty: number }[]): string => lines.map((l) => `${l.qty} × ${l.sku}`).join(', ');

/** `3 backorders: 1 ready, 1 partial, 1 blocked` (verdicts with none left out). */
export function reviewSummary(verdicts: ReleaseVerdict[]): string {
  const counts = (['ready', 'partial', 'blocked'] as const).map((v) => [v, verdicts.filter((x) => x === v).length] as const).filter(([, n]) => n > 0);
  const total = `${verdicts.length} ${verdicts.length === 1 ? 'backorder' : 'backorders'}`;
  return counts.length === 0 ? total : `${total}: ${counts.map(([v, n]) => `${n} ${v}`).join(', ')}`;
}
