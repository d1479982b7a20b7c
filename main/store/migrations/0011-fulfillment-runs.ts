import type { Migration } from '../migrate';

// Each Run Fulfillment, kept so that its Fulfillment Results can be paged after the fact: the run's
// answer carries totals and a first page only (a run over every open order reports on tens of
// thousands of orders), and the screen pages the rest from here, not from an answer held in memory.
//
// - fulfillment_run: one row per run; `orders` is how many orders it reported on (the pages' total).
// - fulfillment_run_chunk: what the run did for each order (allocated per sku, picks, backorder,
//   alerts), as a JSON array of per-order outcomes, a fixed number of orders per chunk in run
//   (precedence) order: chunk n holds the orders from place n × size. A page reads the one or two
//   chunks it falls in, however long the run; and a run over 100,000 orders writes a thousand rows,
//   not a hundred thousand. It records what the run did at the time: the documents it names may
//   change later, as documents do. (The app writes the JSON; no CHECK re-parses megabytes of it.)
// The app keeps the most recent runs only and deletes older ones as new ones are written.
export const fulfillmentRuns: Migration = {
  version: 11,
  name: 'fulfillment-runs',
  up: `
    CREATE TABLE fulfillment_run (
      id      INTEGER PRIMARY KEY,
      at      TEXT    NOT NULL,
      user    TEXT    NOT NULL,
      orders  INTEGER NOT NULL CHECK (orders >= 0)
    ) STRICT;

    CREATE TABLE fulfillment_run_chunk (
      run_id  INTEGER NOT NULL REFERENCES fulfillment_run (id),
      chunk   INTEGER NOT NULL CHECK (chunk >= 0),
      orders  TEXT    NOT NULL,
      PRIMARY KEY (run_id, chunk)
    ) STRICT, WITHOUT ROWID;
  `,
};
