import { refused } from '../../shared/errors';
import { documentSheets, previewOrderSheets, recordPrinted } from '../engine/print';
import type { HandlerGroup } from './types';

export const printHandlers: HandlerGroup = {
  domain: 'print',
  handlers: {
    'print:orderPreview': ({ order }, ctx) => previewOrderSheets(ctx, order),
    'print:sheets': ({ documents }, ctx) => documentSheets(ctx, documents),
    'print:done': ({ documents }, ctx) => recordPrinted(ctx, documents),
    // The desktop shell answers print:send itself (main/print/native-print.ts): printing waits on a
    // dialog and a printer, which the synchronous handlers here cannot. Anywhere else, it is refused.
    'print:send': () => {
      throw refused('Printing straight to a printer needs the desktop app: here, the print view prints through the browser', 'to');
    },
  },
};
