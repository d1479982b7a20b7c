import { cancelBackorder } from '../engine/operations/cancel';
import { fillBackorder } from '../engine/operations/fill';
import { releaseBackorders, reviewRelease } from '../engine/operations/release';
import { docDetail, listBackorders } from '../queries/documents';
import { rehearse, type HandlerGroup } from './types';

export const backordersHandlers: HandlerGroup = {
  domain: 'backorders',
  handlers: {
    'backorders:list': (input, ctx) => listBackorders(ctx.db, input),
    // The Review is Submit, rolled back: what it says is exactly what Submit will do.
    'backorders:review': rehearse((input, ctx) => reviewRelease(ctx, input)),
    'backorders:release': (input, ctx) => releaseBackorders(ctx, input),
    'backorders:fill': (input, ctx) => fillBackorder(ctx, input),
    'backorders:cancel': (input, ctx) => docDetail(ctx.db, cancelBackorder(ctx, input).number),
  },
};
