import type { Input } from '../../shared/contract';

// A small trailer-parts shop, enough for every screen to have something true to show: items in bins
// (two kits among them), some stock frozen, one item that may not be backordered, and orders that
// leave picks, backorders waiting, one backorder that stock found in a count could fill now, an order
// that ships complete and waits, a Draft order, a completed order, and a vendor order line (a
// receipt due).

type Item = Input<'items:create'>;

export const DEMO_ITEMS: Item[] = [
  { sku: 'TR-GR', description: 'Trailer grease, 400 g cartridge' },
  { sku: 'BRG-1', description: 'Wheel bearing, 25 mm' },
  { sku: 'BRG-2', description: 'Wheel bearing, 30 mm' },
  { sku: 'PAD-F', description: 'Brake pads, front (set of 4)', unit: 'set' },
  { sku: 'PAD-R', description: 'Brake pads, rear (set of 4)', unit: 'set' },
  { sku: 'HX-5', description: 'Hex key, 5 mm' },
  { sku: 'BOLT-8', description: 'Bolt M8 x 40, zinc' },
  { sku: 'NUT-8', description: 'Nyloc nut M8' },
  { sku: 'WASH-6', description: 'Washer M6, stainless' },
  { sku: 'LAMP-L', description: 'LED tail lamp, left' },
  { sku: 'LAMP-R', description: 'LED tail lamp, right' },
  { sku: 'CBL-7', description: '7-pin trailer cable, 5 m', allowBackorder: false },
  { sku: 'JACK-1', description: 'Jockey wheel, 48 mm' },
  { sku: 'FLT-OIL', description: 'Oil filter, spin-on' },
  { sku: 'KIT-LAMP', description: 'Tail lamp kit (pair, with bolts)' },
  { sku: 'KIT-HUB', description: 'Wheel hub service kit' },
];

export const DEMO_KITS: Input<'items:setKit'>[] = [
  { kit: 'KIT-LAMP', components: [{ sku: 'LAMP-L', qty: 1 }, { sku: 'LAMP-R', qty: 1 }, { sku: 'BOLT-8', qty: 4 }] },
  { kit: 'KIT-HUB', components: [{ sku: 'BRG-1', qty: 2 }, { sku: 'TR-GR', qty: 1 }, { sku: 'NUT-8', qty: 4 }] },
];

export const DEMO_BINS = ['A-01-01', 'A-01-02', 'A-02-01', 'B-01-01', 'B-02-03', 'C-01-01'];

/** The opening stock, as the vendor's delivery note received it. */
export const DEMO_RECEIPT: Input<'inventory:receive'> = {
  reference: 'PO-2301',
  lines: [
    { sku: 'TR-GR', bin: 'A-01-01', qty: 24 },
    { sku: 'BRG-1', bin: 'A-01-02', qty: 10 },
    { sku: 'BRG-2', bin: 'A-01-02', qty: 6 },
    { sku: 'PAD-F', bin: 'A-02-01', qty: 8 },
    { sku: 'PAD-R', bin: 'A-02-01', qty: 7 },
    { sku: 'FLT-OIL', bin: 'A-02-01', qty: 20 },
    { sku: 'HX-5', bin: 'B-01-01', qty: 40 },
    { sku: 'BOLT-8', bin: 'B-01-01', qty: 200 },
    { sku: 'BOLT-8', bin: 'B-02-03', qty: 100 },
    { sku: 'NUT-8', bin: 'B-01-01', qty: 300 },
    { sku: 'WASH-6', bin: 'B-02-03', qty: 500 },
    { sku: 'LAMP-L', bin: 'C-01-01', qty: 6 },
    { sku: 'LAMP-R', bin: 'C-01-01', qty: 2 },
    { sku: 'CBL-7', bin: 'C-01-01', qty: 3 },
  ],
};

/** Stock put on hold: frozen, so fulfillment cannot take it. */
export const DEMO_FROZEN: Input<'inventory:changeStatus'>[] = [
  { sku: 'FLT-OIL', bin: 'A-02-01', from: 'available', to: 'frozen', qty: 8, reason: 'Supplier recall: batch check' },
  { sku: 'PAD-R', bin: 'A-02-01', from: 'available', to: 'frozen', qty: 4, reason: 'Damaged boxes, awaiting inspection' },
];

type Order = Omit<Input<'orders:create'>, 'orderDate'> & { daysAgo: number };

export const DEMO_ORDERS: Order[] = [
  { number: '1001', customer: 'Acme Tools', daysAgo: 6, priority: 'high', lines: [{ sku: 'TR-GR', qty: 4 }, { sku: 'BRG-1', qty: 2 }, { sku: 'HX-5', qty: 1 }] },
  { number: '1002', customer: 'Birch & Co', daysAgo: 5, lines: [{ sku: 'PAD-F', qty: 4 }, { sku: 'PAD-R', qty: 5 }, { sku: 'BOLT-8', qty: 20 }] },
  { number: '1003', customer: 'Cole Ltd', daysAgo: 4, lines: [{ sku: 'KIT-LAMP', qty: 3 }] },
  {
    number: '1004',
    customer: 'Dunmore Farm',
    daysAgo: 4,
    lines: [{ sku: 'JACK-1', qty: 2 }, { sku: 'CBL-7', qty: 4 }, { sku: 'WASH-6', qty: 50 }],
  },
  { number: '1005', customer: 'Eastgate Garage', daysAgo: 3, policy: 'complete', lines: [{ sku: 'FLT-OIL', qty: 10 }, { sku: 'BRG-2', qty: 8 }] },
  {
    number: '1006',
    customer: 'Fenwick Haulage',
    daysAgo: 2,
    lines: [{ sku: 'TR-GR', qty: 6 }, { sku: 'NUT-8', qty: 20 }, { sku: 'JACK-1', qty: 4, status: 'Vendor Order' }],
  },
  { number: '1007', customer: 'Harbour Marine', daysAgo: 1, priority: 'low', lines: [{ sku: 'PAD-F', qty: 6 }, { sku: 'HX-5', qty: 2 }] },
  // Entered today and not yet sent to fulfillment.
  { number: '1008', customer: 'Grove Motors', daysAgo: 0, status: 'Draft', lines: [{ sku: 'KIT-HUB', qty: 2 }, { sku: 'WASH-6', qty: 12 }] },
];

/** The order whose pick was pulled in full: a completed order, and pick issues on the ledger. */
export const DEMO_PICKED_ORDER = '1001';

/** A count that found more than the books had: it releases nothing, so a backorder becomes fulfillable by hand. */
export const DEMO_COUNT: Input<'inventory:adjust'> = {
  sku: 'LAMP-R',
  bin: 'C-01-01',
  status: 'available',
  mode: 'delta',
  qty: 2,
  reason: 'Cycle count: 2 found behind the shelf',
};
