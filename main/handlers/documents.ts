import { docDetail } from '../queries/documents';
import type { HandlerGroup } from './types';

export const documentsHandlers: HandlerGroup = {
  domain: 'documents',
  handlers: {
    'documents:get': ({ document }, ctx) => docDetail(ctx.db, document),
  },
};
