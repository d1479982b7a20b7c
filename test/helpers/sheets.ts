import type { Sheet } from '../../shared/domain/print';

/** A pick sheet as `print:sheets` gives it: Acme Tools' order 1040, first print unless told otherwise. */
export function pickSheet(overrides: Partial<Sheet> = {}): Sheet {
  return {
    kind: 'pick',
    number: '1040.001',
    order: '1040',
    customer: 'Acme Tools',
    orderDate: '2026-11-02',
    createdAt: '2026-11-02T09:00:00.000Z',
    status: 'Open',
    shipCode: 'Ready to ship',
    siteName: 'Harbour Road warehouse',
    generatedAt: '2026-11-24T10:42:00.000Z',
    printCount: 0,
    lastPrintedAt: null,
    changes: [],
    version: 'pick:1:1:6,2:2:50',
    lines: [
      { bin: 'A-01-02', sku: 'TR-GR', description: 'Trim, grey 2m', unit: 'ea', qty: 6 },
      { bin: 'B-10-01', sku: 'BOLT-8', description: 'Bolt M8 x 40', unit: 'ea', qty: 50 },
    ],
    ...overrides,
  } as Sheet;
}

export function backorderSheet(overrides: Partial<Sheet> = {}): Sheet {
  return {
    ...pickSheet(),
    kind: 'backorder',
    number: '1040.002',
    status: 'Back Order',
    shipCode: 'Unshippable backorder',
    version: 'backorder:1::4',
    lines: [{ sku: 'TR-GR', description: 'Trim, grey 2m', unit: 'ea', ordered: 10, outstanding: 4, freeNow: 0 }],
    ...overrides,
  } as Sheet;
}
