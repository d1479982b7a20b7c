import { notFound } from '../../../shared/errors';
import type { ReadDb, WriteDb } from '../handles';
import { preparedFor } from '../prepared';
import { PICK_SEQUENCE_SQL } from '../sql';

export interface BinRow {
  id: number;
  code: string;
  sequence: number | null;
  natural_key: string;
}

/**
 * The natural sort key of a bin code, so that `A-2` sorts before `A-10` however long the numbers:
 * each run of digits becomes its length (two digits) and then the digits without leading zeros;
 * letters compare without case. `A-01-10` -> `A-011-0210`.
 */
export const naturalKey = (code: string): string =>
  code.toUpperCase().replace(/\d+/g, (digits) => {
    const value = digits.replace(/^0+(?=\d)/, '');
    return String(value.length).padStart(2, '0') + value;
  });

const reads = preparedFor((db: ReadDb) => ({
  byCode: db.prepare<[string], BinRow>('SELECT * FROM bin WHERE code = ?'),
  byId: db.prepare<[number], BinRow>('SELECT * FROM bin WHERE id = ?'),
  // Bins that hold some of the item (in any status) first, then those that held it, each group in pick sequence.
  // `= +?`, not `= ?`: planned once, not on every call (main/store/sql.ts). Once per receipt line.
  primary: db.prepare<[number], BinRow>(
    `SELECT b.* FROM bin_stock s JOIN bin b ON b.id = s.bin_id WHERE s.item_id = +?
     ORDER BY s.available + s.frozen + s.damaged + s.quarantine = 0, ${PICK_SEQUENCE_SQL} LIMIT 1`,
  ),
}));

const writes = preparedFor((db: WriteDb) => ({
  insert: db.prepare<{ code: string; sequence: number | null; key: string; now: string }>(
    'INSERT INTO bin (code, sequence, natural_key, created_at) VALUES (@code, @sequence, @key, @now)',
  ),
  setSequence: db.prepare<{ id: number; sequence: number | null }>('UPDATE bin SET sequence = @sequence WHERE id = @id'),
}));

export const findBin = (db: ReadDb, code: string): BinRow | undefined => reads(db).byCode.get(code);

export function requireBin(db: ReadDb, code: string, field = 'bin'): BinRow {
  const bin = findBin(db, code);
  if (!bin) throw notFound(`Bin ${code}`, field);
  return bin;
}

/** A bin the store itself points at (an allocation's, a ledger entry's): it exists. */
export const binById = (db: ReadDb, id: number): BinRow => reads(db).byId.get(id)!;

/**
 * Where an item goes when a receipt names no bin: the bin earliest in pick sequence that holds some
 * of it now. When every bin it was in is empty of it, the earliest of those (it goes back where it
 * was kept); undefined when it has never been in a bin.
 */
export const primaryBinOf = (db: ReadDb, itemId: number): BinRow | undefined => reads(db).primary.get(itemId);

export function insertBin(db: WriteDb, code: string, sequence: number | null, now: string): BinRow {
  writes(db).insert.run({ code, sequence, key: naturalKey(code), now });
  return findBin(db, code)!;
}

export const setBinSequence = (db: WriteDb, id: number, sequence: number | null): void => void writes(db).setSequence.run({ id, sequence });
