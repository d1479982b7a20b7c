import { readSettings, writeSettings } from '../store/repos/settings';
import type { HandlerGroup } from './types';

export const settingsHandlers: HandlerGroup = {
  domain: 'settings',
  handlers: {
    'settings:get': (_input, ctx) => readSettings(ctx.db),
    'settings:update': (input, ctx) => writeSettings(ctx.db, input),
  },
};
