import type { DocDetail, DocLineView } from '../../../shared/domain/fulfillment';
import type { OrderDetail } from '../../../shared/domain/orders';

/** Test data for the document page: a line, a document and the order it belongs to. */
export const docLine = (extra: Partial<DocLineView>): DocLineView => ({
  sku: 'TR-GR', description: 'Trim, grey 2m', unit: 'ea', lineNo: 1, qty: 4, cancelled: 0, short: 0, bins: [], freeNow: null, ...extra,
});

export const document = (extra: Partial<DocDetail>): DocDetail => ({
  number: '1040.002', order: '1040', customer: 'Acme Tools', status: 'Back Order', shipCode: 'Unshippable backorder',
  splitFrom: null, createdAt: '2026-11-02T14:05:00.000Z', updatedAt: '2026-11-02T14:05:00.000Z', lines: [],
  printCount: 0, printedAt: null, stale: false, staleChanges: [], ...extra,
});

/**
 * The order as far as the document page reads it (what each line ordered, its attachments); the
 * rest of an order's answer (status bars, queue) is for the order page, not drawn here.
 */
export const orderOf = (number: string, ordered: Record<number, number>, attachments: OrderDetail['attachments'] = []): OrderDetail =>
  ({
    number,
    attachments,
    billOfMaterial: Object.entries(ordered).map(([lineNo, qty]) => ({ lineNo: Number(lineNo), accounting: { ordered: qty } })),
  }) as unknown as OrderDetail;
