import { refused } from '../../shared/errors';
import { orderSheets, recordPrinted } from '../engine/operations/print';
import { documentSheets } from '../queries/sheets';
import { rehearse, type HandlerGroup } from './types';

export const printHandlers: HandlerGroup = {
  domain: 'print',
  handlers: {
    // The print dialog's preview is Print on the order, rolled back: the sheets printing would give.
    'print:orderPreview': rehearse((input, ctx) => orderSheets(ctx, input)),
    'print:sheets': (input, ctx) => documentSheets(ctx.db, input, ctx.now),
    'print:done': (input, ctx) => recordPrinted(ctx, input),
    // The desktop shell answers print:send itself (main/print/native-print.ts): printing waits on a
    // dialog and a printer, which the synchronous handlers here cannot. Anywhere else, it is refused.
    'print:send': () => {
      throw refused('Printing straight to a printer needs the desktop app: here, the print view prints through the browser', 'to');
    },
  },
};
