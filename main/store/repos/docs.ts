import type { DocStatus } from '../../../shared/domain/orders';
import { notFound, refused } from '../../../shared/errors';
import type { ReadDb } from '../handles';
import { preparedFor } from '../prepared';
import { PICK_SEQUENCE_SQL } from '../sql';

/** A pick or a backorder: the status says which. */
export interface DocRow {
  id: number;
  order_id: number;
  seq: number;
  number: string;
  status: DocStatus;
  split_from_id: number | null;
  created_at: string;
  updated_at: string;
}

/** qty: allocated on an open or printed pick, outstanding on a backorder, picked on a completed pick. */
export interface DocLineRow {
  id: number;
  doc_id: number;
  order_line_id: number;
  item_id: number;
  qty: number;
  cancelled: number;
  short: number;
}

/** Available stock reserved in a bin for an open or printed pick line. */
interface AllocationRow {
  doc_line_id: number;
  item_id: number;
  bin_id: number;
  qty: number;
}

const reads = preparedFor((db: ReadDb) => ({
  byNumber: db.prepare<[string], DocRow>('SELECT * FROM doc WHERE number = ?'),
  byId: db.prepare<[number], DocRow>('SELECT * FROM doc WHERE id = ?'),
  lines: db.prepare<[number], DocLineRow>('SELECT * FROM doc_line WHERE doc_id = +? ORDER BY id'),
  allocations: db.prepare<[number], AllocationRow>(
    `SELECT a.* FROM allocation a JOIN bin b ON b.id = a.bin_id WHERE a.doc_line_id = +? ORDER BY ${PICK_SEQUENCE_SQL}`,
  ),
  openPick: db.prepare<[number], DocRow>("SELECT * FROM doc WHERE order_id = +? AND status = 'Open' ORDER BY seq LIMIT 1"),
  newestBackorder: db.prepare<[number], DocRow>("SELECT * FROM doc WHERE order_id = +? AND status = 'Back Order' ORDER BY seq DESC LIMIT 1"),
}));

/** The kind of document a field asks for, to name it in a refusal: `backorder 1040.009 was not found`. */
const kindAskedFor = (field: string): string => (field.startsWith('backorder') ? 'backorder' : field.startsWith('pick') ? 'pick' : 'document');

/** The document numbered `number`, or a refusal naming `field`. */
export function requireDoc(db: ReadDb, number: string, field: string): DocRow {
  const doc = reads(db).byNumber.get(number);
  if (!doc) throw notFound(`${kindAskedFor(field)} ${number}`, field);
  return doc;
}

/** An open or printed pick, or a refusal naming `field` that says why this document is not one. */
export function requireOpenPick(db: ReadDb, number: string, field = 'pick'): DocRow {
  const doc = requireDoc(db, number, field);
  if (doc.status === 'Completed') throw refused(`${doc.number} is already completed`, field);
  if (doc.status === 'Cancelled') throw refused(`${doc.number} is cancelled`, field);
  if (doc.status === 'Back Order') throw refused(`${doc.number} is a backorder, not a pick: fill or release it first`, field);
  return doc;
}

/** A document the store itself points at: it exists. */
export const docById = (db: ReadDb, id: number): DocRow => reads(db).byId.get(id)!;

export const docLines = (db: ReadDb, docId: number): DocLineRow[] => reads(db).lines.all(docId);

/** A pick line's allocations, in bin pick sequence. */
export const allocationsOfLine = (db: ReadDb, docLineId: number): AllocationRow[] => reads(db).allocations.all(docLineId);

/** The order's lowest-numbered pick that is still Open (not Printed): where a run adds. */
export const openPickOf = (db: ReadDb, orderId: number): DocRow | undefined => reads(db).openPick.get(orderId);

/** The order's newest backorder, if it has one: where quantity given back by a pick goes. */
export const newestBackorderOf = (db: ReadDb, orderId: number): DocRow | undefined => reads(db).newestBackorder.get(orderId);
