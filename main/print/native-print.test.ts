import { describe, expect, it, vi } from 'vitest';
import type { Result } from '../../shared/result';
import type { Dispatch } from '../handlers/dispatch';
import { withNativePrinting, type PrinterOutcome, type SheetPrinter } from './native-print';

const job = { documents: ['1040.001', '1040.002'], paper: 'a4', to: 'printer' } as const;
const sheets = [
  { number: '1040.001', version: 'pick:1:1:4' },
  { number: '1040.002', version: 'backorder:2::1' },
];

/** A dispatcher that answers print:sheets and print:done as the store would, and records the calls. */
function fakeDispatch(answers: Partial<Record<string, Result<unknown>>> = {}) {
  return vi.fn<Dispatch>((channel, input) => {
    if (answers[channel]) return answers[channel]!;
    if (channel === 'print:done') {
      const { documents } = input as { documents: { number: string }[] };
      return { ok: true, value: { printed: documents.map((d) => ({ number: d.number, status: 'Printed', printCount: 1 })) } };
    }
    return { ok: true, value: [] };
  });
}

const printer = (outcome: PrinterOutcome | Error): SheetPrinter & { print: ReturnType<typeof vi.fn> } => ({
  print: vi.fn(async () => {
    if (outcome instanceof Error) throw outcome;
    return outcome;
  }),
});

describe('print:send in the desktop app', () => {
  it('checks the sheets, prints them, then records exactly the versions that printed', async () => {
    const dispatch = fakeDispatch();
    const sheetPrinter = printer({ outcome: 'printed', sheets, pdfPath: null });
    const answer = await withNativePrinting(dispatch, sheetPrinter)('print:send', job, '7');
    expect(answer).toEqual({
      ok: true,
      value: { outcome: 'printed', pdfPath: null, printed: [{ number: '1040.001', status: 'Printed', printCount: 1 }, { number: '1040.002', status: 'Printed', printCount: 1 }] },
    });
    expect(sheetPrinter.print).toHaveBeenCalledWith(job);
    expect(dispatch.mock.calls).toEqual([
      ['print:sheets', { documents: job.documents }, '7'],
      ['print:done', { documents: sheets }, '7'],
    ]);
  });

  it('waits for a dispatcher that answers later (the worker core’s) before it prints and before it answers', async () => {
    const later = fakeDispatch();
    const asyncDispatch = vi.fn(async (...call: Parameters<Dispatch>) => later(...call));
    const sheetPrinter = printer({ outcome: 'printed', sheets, pdfPath: null });
    const answer = await withNativePrinting(asyncDispatch, sheetPrinter)('print:send', job, '7');
    expect(answer).toMatchObject({ ok: true, value: { outcome: 'printed', printed: [{ number: '1040.001' }, { number: '1040.002' }] } });
    expect(asyncDispatch.mock.calls.map(([channel]) => channel)).toEqual(['print:sheets', 'print:done']);
  });

  it('records nothing when the clerk cancels the print dialog', async () => {
    const dispatch = fakeDispatch();
    const answer = await withNativePrinting(dispatch, printer({ outcome: 'cancelled' }))('print:send', job, '7');
    expect(answer).toEqual({ ok: true, value: { outcome: 'cancelled', printed: [], pdfPath: null } });
    expect(dispatch.mock.calls.map(([channel]) => channel)).toEqual(['print:sheets']);
  });

  it('records nothing and says why when the print fails', async () => {
    const dispatch = fakeDispatch();
    const answer = await withNativePrinting(dispatch, printer(new Error('printer offline')))('print:send', job, '7');
    expect(answer).toEqual({ ok: false, error: { code: 'refused', field: 'to', message: 'The sheets did not print (printer offline); nothing was marked printed' } });
    expect(dispatch.mock.calls.map(([channel]) => channel)).toEqual(['print:sheets']);
  });

  it('refuses a cancelled document before any dialog opens, in the engine’s words', async () => {
    const refusal = { ok: false as const, error: { code: 'refused' as const, field: 'documents.0', message: '1040.001 is cancelled: there is nothing on it to pull' } };
    const sheetPrinter = printer({ outcome: 'printed', sheets, pdfPath: null });
    const answer = await withNativePrinting(fakeDispatch({ 'print:sheets': refusal }), sheetPrinter)('print:send', job, '7');
    expect(answer).toEqual(refusal);
    expect(sheetPrinter.print).not.toHaveBeenCalled();
  });

  it('parses the input like every channel, and passes every other channel to the dispatcher', async () => {
    const dispatch = fakeDispatch({ 'items:list': { ok: true, value: 'items' } });
    const sheetPrinter = printer({ outcome: 'cancelled' });
    const native = withNativePrinting(dispatch, sheetPrinter);
    const bad = await native('print:send', { documents: ['1040.001'], paper: 'legal', to: 'printer' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid', field: 'paper' } });
    expect(sheetPrinter.print).not.toHaveBeenCalled();
    expect(native('items:list', { query: '' }, '3')).toEqual({ ok: true, value: 'items' });
    expect(dispatch).toHaveBeenCalledWith('items:list', { query: '' }, '3', undefined);
    // A command's idempotency key goes with it.
    native('items:create', { sku: 'A-1' }, '3', 'action-1');
    expect(dispatch).toHaveBeenCalledWith('items:create', { sku: 'A-1' }, '3', 'action-1');
  });
});
