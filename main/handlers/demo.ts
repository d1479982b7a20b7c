import { databaseContents, loadDemo } from '../demo/load';
import { innerCall } from './inner-call';
import type { HandlerGroup } from './types';

export const demoHandlers: HandlerGroup = {
  domain: 'demo',
  handlers: {
    'demo:status': (_input, ctx) => ({ empty: databaseContents(ctx.db).total === 0 }),
    'demo:load': (_input, ctx) => ({ summary: loadDemo(innerCall(ctx), ctx.db, ctx.databasePath, ctx.now().slice(0, 10)) }),
  },
};
