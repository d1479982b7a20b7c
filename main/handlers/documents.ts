import { cancelBackorder } from '../engine/cancel';
import { fillBackorder } from '../engine/fill';
import { cancelPick, completePick } from '../engine/picks';
import { releaseBackorders, reviewRelease } from '../engine/release';
import { docDetail, listBackorders } from '../queries/documents';
import { listPicks } from '../queries/pick-list';
import type { Db } from '../store/open';
import { requireDoc } from '../store/repos/lookup';
import type { HandlerGroup } from './types';

const docIds = (db: Db, numbers: string[]): number[] => numbers.map((number, i) => requireDoc(db, number, `backorders.${i}`).id);

export const documentHandlers: HandlerGroup = {
  domain: 'documents',
  handlers: {
    'documents:get': ({ document }, ctx) => docDetail(ctx.db, document),
    'backorders:list': (input, ctx) => listBackorders(ctx.db, input),
    'backorders:review': ({ backorders }, ctx) => reviewRelease(ctx, docIds(ctx.db, backorders)),
    'backorders:release': ({ backorders }, ctx) => ({ outcomes: releaseBackorders(ctx, docIds(ctx.db, backorders)) }),
    'backorders:fill': (input, ctx) => fillBackorder(ctx, input),
    'backorders:cancel': ({ backorder }, ctx) => docDetail(ctx.db, cancelBackorder(ctx, backorder).number),
    'picks:list': (input, ctx) => listPicks(ctx.db, input),
    'picks:complete': (input, ctx) => completePick(ctx, input),
    'picks:cancel': ({ pick }, ctx) => docDetail(ctx.db, cancelPick(ctx, pick).number),
  },
};
