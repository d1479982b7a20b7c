import { previewImport, runImport } from '../import';
import { innerCall } from './inner-call';
import type { HandlerGroup } from './types';

export const importHandlers: HandlerGroup = {
  domain: 'import',
  handlers: {
    'import:preview': (input, ctx) => previewImport(ctx.db, input),
    'import:run': (input, ctx) => runImport({ ...ctx, call: innerCall(ctx) }, input),
  },
};
