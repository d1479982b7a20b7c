import type { Migration } from '../migrate';

// What each document's last printed sheet showed, so that a document that changes afterwards (a line
// given back, a fill, a release, a cancellation) can be flagged as having out-of-date paper.
//
// printed_version is the sheet's content as text: `pick:<item>:<bin>:<qty>,...` (its allocations by
// item and bin, which is what a pick sheet lists), `backorder:<item>::<qty>,...` (what is outstanding
// per item), `cancelled` or `completed`. The live expression is in main/store/repos/sheet-version.ts; the one
// below is frozen as it was when this migration was written, as every migration must be.
//
// Documents printed before this version (picks with print_count > 0) are taken to match their paper:
// nobody knows what changed since, and flagging every one of them would cry wolf.
export const printedSheets: Migration = {
  version: 5,
  name: 'printed-sheets',
  up: `
    ALTER TABLE doc ADD COLUMN printed_version TEXT;

    UPDATE doc SET printed_version = CASE status
      WHEN 'Cancelled' THEN 'cancelled'
      WHEN 'Completed' THEN 'completed'
      WHEN 'Back Order' THEN 'backorder:' || coalesce(
        (SELECT group_concat(k, ',' ORDER BY item_id) FROM
          (SELECT l.item_id, l.item_id || '::' || sum(l.qty) AS k FROM doc_line l WHERE l.doc_id = doc.id AND l.qty > 0 GROUP BY l.item_id)), '')
      ELSE 'pick:' || coalesce(
        (SELECT group_concat(k, ',' ORDER BY item_id, bin_id) FROM
          (SELECT a.item_id, a.bin_id, a.item_id || ':' || a.bin_id || ':' || sum(a.qty) AS k
           FROM allocation a JOIN doc_line l ON l.id = a.doc_line_id WHERE l.doc_id = doc.id GROUP BY a.item_id, a.bin_id)), '')
    END
    WHERE print_count > 0;
  `,
};
