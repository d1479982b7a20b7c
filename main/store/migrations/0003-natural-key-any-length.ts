import { naturalKey } from '../../engine/natural-key';
import type { Migration } from '../migrate';

// Bin natural keys padded digit runs to ten digits, so B-10000000000 sorted before B-9999999999.
// The key now prefixes each digit run with its length; stored keys are recomputed.
export const naturalKeyAnyLength: Migration = {
  version: 3,
  name: 'natural-key-any-length',
  up: (db) => {
    const update = db.prepare<{ id: number; key: string }>('UPDATE bin SET natural_key = @key WHERE id = @id');
    for (const bin of db.prepare<[], { id: number; code: string }>('SELECT id, code FROM bin').all()) {
      update.run({ id: bin.id, key: naturalKey(bin.code) });
    }
  },
};
