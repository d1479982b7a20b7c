import { createBin, updateBin } from '../engine/operations/bins';
import { listBins } from '../queries/inventory';
import type { HandlerGroup } from './types';

export const binsHandlers: HandlerGroup = {
  domain: 'bins',
  handlers: {
    'bins:list': (_input, ctx) => listBins(ctx.db),
    'bins:create': (input, ctx) => createBin(ctx, input),
    'bins:update': (input, ctx) => updateBin(ctx, input),
  },
};
