import { previewImport, runImport } from '../import';
import type { HandlerGroup } from './types';

export const importHandlers: HandlerGroup = {
  domain: 'import',
  handlers: {
    'import:preview': (input, ctx) => previewImport(ctx.db, input),
    'import:run': (input, ctx) => runImport(ctx, input),
  },
};
