import type { Migration } from '../migrate';

// Bin natural keys padded digit runs to ten digits, so B-10000000000 sorted before B-9999999999.
// The key now prefixes each digit run with its length; stored keys are recomputed.
//
// The key is computed here as it was when this migration was written (the live one is `naturalKey`
// in main/store/repos/bins.ts): a migration never changes, whatever the live code later does.
const keyOf = (code: string): string =>
  code.toUpperCase().replace(/\d+/g, (digits) => {
    const value = digits.replace(/^0+(?=\d)/, '');
    return String(value.length).padStart(2, '0') + value;
  });

export const naturalKeyAnyLength: Migration = {
  version: 3,
  name: 'natural-key-any-length',
  up: (db) => {
    const update = db.prepare<{ id: number; key: string }>('UPDATE bin SET natural_key = @key WHERE id = @id');
    for (const bin of db.prepare<[], { id: number; code: string }>('SELECT id, code FROM bin').all()) {
      update.run({ id: bin.id, key: keyOf(bin.code) });
    }
  },
};
