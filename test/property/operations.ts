// What a run of the property test is made of: a set-up and a list of abstract operations. An
// operation holds small indices, not concrete skus, order or document numbers: the steps resolve
// them (references.ts) against what exists at that point, so that most operations hit real orders
// and documents (and still collide), and shrinking stays meaningful.
import type { StockStatus } from '../../shared/domain/inventory';
import type { LineStatus, Priority, ShippingPolicy } from '../../shared/domain/orders';

/** The item catalogue pool: the set-up creates the first few, `items:create` may add the rest. */
export const SKUS = ['BOLT-1', 'NUT-2', 'GEAR-3', 'WASHER-4', 'SPRING-5', 'PIN-6'] as const;
/** Never created: operations naming it are refused. */
export const GHOST_SKU = 'GHOST-9';
/** Bin pool: `A-2` sorts before `A-10` naturally; some get an explicit sequence. */
export const BINS = ['A-01', 'A-2', 'A-10', 'B-1', 'C-3'] as const;
export const GHOST_BIN = 'Z-99';
/** Bins `bins:create` may add later: one that sorts between pool bins, and long digit runs. */
export const EXTRA_BINS = ['A-9', 'B-9999999999', 'B-10000000000'] as const;
/**
 * Order numbers given on creation (collide on purpose); without one the engine numbers it after the
 * highest numeric one. The last is above 2^53 (numbers may be up to 32 characters).
 */
export const ORDER_POOL = ['1040', '1041', '1042', '1043', '1044', '9007199254740993'] as const;
/** Few dates, so that precedence ties are broken by priority and entry order. */
export const DATES = ['2026-11-01', '2026-11-02', '2026-11-03'] as const;

// ---------------------------------------------------------------------------------------------
// References, resolved at run time

/**
 * An existing item (index modulo the items created so far), an item some backorder waits for (else
 * any item), or a sku that is not in the catalogue.
 */
export type SkuRef = { k: 'item'; i: number; lower: boolean } | { k: 'wanted'; i: number } | { k: 'ghost' };
/**
 * A bin that holds the item in question (else any existing bin), any existing bin, a bin of the pool
 * (created or not), or one never created.
 */
export type BinRef = { k: 'held'; i: number } | { k: 'bin'; i: number; lower: boolean } | { k: 'pool'; i: number } | { k: 'ghost' };
/** An order created so far (modulo), or a raw number of the pool (perhaps never created). */
export type OrderRef = { k: 'known'; i: number } | { k: 'pool'; i: number };
/**
 * A document: one of the documents of the kind the operation wants (backorders for fill, release and
 * cancel; open or printed picks for complete, cancel and print), any document at all, or a guessed
 * number `<order>.00n` that may not exist.
 */
export type DocRef = { k: 'kind'; i: number } | { k: 'any'; i: number } | { k: 'guess'; order: OrderRef; suffix: number };
/** A line of a document (index into its lines with qty > 0), or any sku (perhaps not on it). */
export type DocLineRef = { k: 'line'; i: number; lower: boolean } | { k: 'sku'; sku: SkuRef };
/** How much to fill, pick or move: all of it, relative to what is there (+1 is too much), or a raw number. */
export type Amount = { k: 'all' } | { k: 'rel'; d: number } | { k: 'abs'; n: number };

// ---------------------------------------------------------------------------------------------
// Set-up

export interface Setup {
  /** Items SKUS[0..n-1]; all active. */
  items: { allowBackorder: boolean }[];
  /** Bins BINS[0..n-1], some with an explicit pick sequence. */
  bins: { sequence: number | null }[];
  /** Initial receipts (item and bin indices modulo what was created; bin null: the default bin). */
  stock: { item: number; bin: number | null; qty: number }[];
  autoRelease: boolean;
}

// ---------------------------------------------------------------------------------------------
// Operations

export interface OrderLineSpec {
  sku: SkuRef;
  qty: number;
  status: LineStatus;
}

export interface ReceiptLineSpec {
  sku: SkuRef;
  bin: BinRef | null;
  qty: number;
}

/** A read-only call: it must change nothing. */
export type Query =
  | { kind: 'print:sheets'; doc: DocRef }
  | { kind: 'documents:get'; doc: DocRef }
  | { kind: 'backorders:list'; filter: 'all' | 'fulfillable'; sku: SkuRef | null }
  | { kind: 'inventory:ledger'; sku: SkuRef }
  | { kind: 'inventory:list'; filter: 'all' | 'low' | 'frozen' }
  | { kind: 'orders:list' }
  | { kind: 'orders:get'; order: OrderRef }
  | { kind: 'items:list' }
  | { kind: 'items:getKit'; sku: SkuRef }
  | { kind: 'bins:list' }
  | { kind: 'settings:get' }
  | { kind: 'inventory:verify' };

/** One step of a run; `kind` names the channel it calls (`query`: one of the read-only calls). */
export type Operation =
  | {
      kind: 'orders:create';
      number: number | null;
      status: 'Draft' | 'Open';
      policy: ShippingPolicy;
      priority: Priority;
      date: number;
      lines: OrderLineSpec[];
    }
  | { kind: 'orders:addLine'; order: OrderRef; line: OrderLineSpec }
  | { kind: 'orders:updateLine'; order: OrderRef; lineNo: number; qty: number | null; status: LineStatus | null }
  | { kind: 'orders:removeLine'; order: OrderRef; lineNo: number }
  | { kind: 'orders:update'; order: OrderRef; priority: Priority | null; policy: ShippingPolicy | null; date: number | null }
  | { kind: 'query'; query: Query }
  | { kind: 'fulfillment:run'; orders: OrderRef[] | 'all' }
  | { kind: 'orders:print'; order: OrderRef }
  | { kind: 'inventory:receive'; reference: string; lines: ReceiptLineSpec[] }
  | { kind: 'inventory:previewReceipt'; reference: string; lines: ReceiptLineSpec[] }
  | { kind: 'inventory:adjust'; sku: SkuRef; bin: BinRef; status: StockStatus; mode: 'set' | 'delta'; qty: number }
  | { kind: 'inventory:changeStatus'; sku: SkuRef; bin: BinRef; from: StockStatus; to: StockStatus; qty: Amount }
  | { kind: 'backorders:review'; docs: DocRef[] }
  | { kind: 'backorders:release'; docs: DocRef[] }
  | { kind: 'backorders:fill'; doc: DocRef; fill: 'complete' | { line: DocLineRef; amount: Amount }[] }
  | { kind: 'backorders:cancel'; doc: DocRef }
  | { kind: 'picks:complete'; doc: DocRef; lines: { line: number; lower: boolean; amount: Amount }[] }
  | { kind: 'picks:cancel'; doc: DocRef }
  | { kind: 'print:done'; doc: DocRef }
  | { kind: 'orders:cancelLine'; order: OrderRef; lineNo: number }
  | { kind: 'orders:cancel'; order: OrderRef }
  | { kind: 'items:create'; sku: number; lower: boolean; allowBackorder: boolean }
  | { kind: 'items:update'; sku: SkuRef; allowBackorder: boolean | null; active: boolean | null }
  | { kind: 'items:setKit'; kit: SkuRef; components: { sku: SkuRef; qty: number }[] }
  | { kind: 'settings:update'; autoRelease: boolean }
  | { kind: 'bins:create'; bin: number | null; sequence: number | null }
  | { kind: 'bins:update'; bin: BinRef; sequence: number | null };

export type OperationOf<K extends Operation['kind']> = Extract<Operation, { kind: K }>;
export type QueryOf<K extends Query['kind']> = Extract<Query, { kind: K }>;
