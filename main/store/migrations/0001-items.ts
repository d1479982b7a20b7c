import type { Migration } from '../migrate';

export const items: Migration = {
  version: 1,
  name: 'items',
  up: `
    CREATE TABLE item (
      id               INTEGER PRIMARY KEY,
      sku              TEXT    NOT NULL CHECK (length(sku) BETWEEN 1 AND 64),
      -- sku folded for comparison (NFKC, upper case), computed in code: SQLite's NOCASE folds ASCII only.
      sku_key          TEXT    NOT NULL UNIQUE,
      description      TEXT    NOT NULL DEFAULT '',
      unit             TEXT    NOT NULL DEFAULT 'ea',
      allow_backorder  INTEGER NOT NULL DEFAULT 1 CHECK (allow_backorder IN (0, 1)),
      active           INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
      created_at       TEXT    NOT NULL,
      updated_at       TEXT    NOT NULL
    ) STRICT;
  `,
};
