import type { Migration } from '../migrate';

// The answers of commands that carried an idempotency key (main/store/idempotency.ts): a retry of
// a call whose answer was lost (the window closed, the process died after the commit) finds the
// first call's answer here and changes nothing. A key is written in the same transaction as the
// change it answers for, so a stored key always means the change is stored, and the other way round.
// `request_hash` tells a true retry from a different call that reuses a key. Rows are pruned after
// 48 hours; `at` is the ISO time of the first call, so that text order is time order.
export const idempotency: Migration = {
  version: 8,
  name: 'idempotency',
  up: `
    CREATE TABLE idempotency (
      key TEXT PRIMARY KEY,
      channel TEXT NOT NULL,
      request_hash TEXT NOT NULL,
      answer TEXT NOT NULL,
      at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX idempotency_at ON idempotency (at);
  `,
};
