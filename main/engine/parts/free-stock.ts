import type { ReadDb } from '../../store/handles';
import { preparedFor } from '../../store/prepared';
import { PICK_SEQUENCE_SQL } from '../../store/sql';

export interface Take {
  binId: number;
  qty: number;
}

interface BinFree {
  binId: number;
  free: number;
}

interface ItemStock {
  bins: BinFree[];
  free: number;
  frozen: number;
}

const statements = preparedFor((db: ReadDb) => ({
  // Every bin of the given items, in pick sequence: explicit sequence first, then natural order.
  load: db.prepare<[string], { item_id: number; bin_id: number; free: number; frozen: number }>(
    `SELECT s.item_id, s.bin_id, s.available - s.allocated AS free, s.frozen
     FROM bin_stock s JOIN bin b ON b.id = s.bin_id
     WHERE s.item_id IN (SELECT value FROM json_each(?))
     ORDER BY s.item_id, ${PICK_SEQUENCE_SQL}`,
  ),
}));

/**
 * Free available stock of a set of items, read once, consumed in memory as a batch plans its
 * allocations in precedence order. `mark`/`rewind` undo a trial (policy `complete` tries a whole
 * order before keeping any of it).
 */
export class FreeStock {
  private readonly items = new Map<number, ItemStock>();
  private readonly journal: { item: ItemStock; bin: BinFree; qty: number }[] = [];

  constructor(
    private readonly db: ReadDb,
    itemIds: Iterable<number>,
  ) {
    this.ensure(itemIds);
  }

  /** Reads the stock of items not read yet (a whole order may need items the batch did not name). */
  ensure(itemIds: Iterable<number>): void {
    const ids = [...new Set(itemIds)].filter((id) => !this.items.has(id));
    for (const id of ids) this.items.set(id, { bins: [], free: 0, frozen: 0 });
    if (ids.length === 0) return;
    for (const row of statements(this.db).load.all(JSON.stringify(ids))) {
      const item = this.items.get(row.item_id)!;
      item.frozen += row.frozen;
      if (row.free > 0) {
        item.bins.push({ binId: row.bin_id, free: row.free });
        item.free += row.free;
      }
    }
  }

  free(itemId: number): number {
    return this.items.get(itemId)?.free ?? 0;
  }

  frozen(itemId: number): number {
    return this.items.get(itemId)?.frozen ?? 0;
  }

  /** Takes up to `qty` across bins in pick sequence; returns what was taken (possibly less). */
  take(itemId: number, qty: number): Take[] {
    const item = this.items.get(itemId);
    const takes: Take[] = [];
    if (!item) return takes;
    let left = qty;
    for (const bin of item.bins) {
      if (left === 0) break;
      if (bin.free === 0) continue;
      const q = Math.min(bin.free, left);
      bin.free -= q;
      item.free -= q;
      left -= q;
      this.journal.push({ item, bin, qty: q });
      takes.push({ binId: bin.binId, qty: q });
    }
    return takes;
  }

  mark(): number {
    return this.journal.length;
  }

  /** Forgets what was taken so far, which can then no longer be given back: a long run keeps no record of every take. */
  forgetTrials(): void {
    this.journal.length = 0;
  }

  /** Gives back everything taken since `mark`. */
  rewind(mark: number): void {
    while (this.journal.length > mark) {
      const { item, bin, qty } = this.journal.pop()!;
      bin.free += qty;
      item.free += qty;
    }
  }
}

export const sumTakes = (takes: Take[]): number => takes.reduce((n, t) => n + t.qty, 0);
