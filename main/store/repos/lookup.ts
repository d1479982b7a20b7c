import { skuKey } from '../../../shared/domain/items';
import { notFound, refused } from '../../../shared/errors';
import type { DocStatus, OrderStatus, Priority, ShippingPolicy } from '../../../shared/domain/orders';
import type { Db } from '../open';
import { preparedFor } from '../prepared';
import type { ItemRow } from './items';

export interface BinRow {
  id: number;
  code: string;
  sequence: number | null;
  natural_key: string;
}

export interface OrderRow {
  id: number;
  number: string;
  customer: string;
  order_date: string;
  priority: Priority;
  policy: ShippingPolicy;
  status: OrderStatus;
  fulfilled: number;
  next_doc_seq: number;
  created_at: string;
  updated_at: string;
}

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

const statements = preparedFor((db) => ({
  itemByKey: db.prepare<[string], ItemRow>('SELECT * FROM item WHERE sku_key = ?'),
  binByCode: db.prepare<[string], BinRow>('SELECT * FROM bin WHERE code = ?'),
  orderByNumber: db.prepare<[string], OrderRow>('SELECT * FROM "order" WHERE number = ?'),
  orderById: db.prepare<[number], OrderRow>('SELECT * FROM "order" WHERE id = ?'),
  docByNumber: db.prepare<[string], DocRow>('SELECT * FROM doc WHERE number = ?'),
  docById: db.prepare<[number], DocRow>('SELECT * FROM doc WHERE id = ?'),
}));

export const findItem = (db: Db, sku: string): ItemRow | undefined => statements(db).itemByKey.get(skuKey(sku));

/** The item for a sku, or a refusal naming `field`. */
export function requireItem(db: Db, sku: string, field = 'sku'): ItemRow {
  const item = findItem(db, sku);
  if (!item) throw notFound(`Item ${sku}`, field);
  return item;
}

/** An item that can be ordered and received: known and active. */
export function requireActiveItem(db: Db, sku: string, field = 'sku'): ItemRow {
  const item = requireItem(db, sku, field);
  if (!item.active) throw refused(`${item.sku} is inactive`, field);
  return item;
}

export const findBin = (db: Db, code: string): BinRow | undefined => statements(db).binByCode.get(code);

export function requireBin(db: Db, code: string, field = 'bin'): BinRow {
  const bin = findBin(db, code);
  if (!bin) throw notFound(`Bin ${code}`, field);
  return bin;
}

export function requireOrder(db: Db, number: string, field = 'order'): OrderRow {
  const order = statements(db).orderByNumber.get(number);
  if (!order) throw notFound(`Order ${number}`, field);
  return order;
}

export const orderById = (db: Db, id: number): OrderRow => statements(db).orderById.get(id)!;

export function requireDoc(db: Db, number: string, field: string): DocRow {
  const doc = statements(db).docByNumber.get(number);
  if (!doc) throw notFound(`${number}`, field);
  return doc;
}

export const docById = (db: Db, id: number): DocRow => statements(db).docById.get(id)!;

const itemStatements = preparedFor((db) => ({
  byId: db.prepare<[number], ItemRow>('SELECT * FROM item WHERE id = ?'),
}));

export const itemById = (db: Db, id: number): ItemRow => itemStatements(db).byId.get(id)!;
