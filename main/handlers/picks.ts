import { cancelPick } from '../engine/operations/cancel';
import { completePick } from '../engine/operations/picks';
import { docDetail } from '../queries/documents';
import { listPicks } from '../queries/pick-list';
import type { HandlerGroup } from './types';

export const picksHandlers: HandlerGroup = {
  domain: 'picks',
  handlers: {
    'picks:list': (input, ctx) => listPicks(ctx.db, input),
    'picks:complete': (input, ctx) => completePick(ctx, input),
    'picks:cancel': (input, ctx) => docDetail(ctx.db, cancelPick(ctx, input).number),
  },
};
