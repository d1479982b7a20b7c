import { APP_NAME, APP_VERSION } from '../app-meta';
import { schemaVersion } from '../store/migrate';
import type { HandlerGroup } from './types';

export const appHandlers: HandlerGroup = {
  domain: 'app',
  handlers: {
    'app:info': (_input, ctx) => ({
      name: APP_NAME,
      version: APP_VERSION,
      mode: ctx.mode,
      databasePath: ctx.databasePath,
      schemaVersion: schemaVersion(ctx.db),
      readOnly: ctx.db.readonly,
    }),
  },
};
