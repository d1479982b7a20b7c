import type { DocDetail } from '../domain/fulfillment';
import { DocRefInput } from '../domain/fulfillment';
import { query } from './define';

/** A pick or a backorder, whichever the number names: its page. */
export const documentsChannels = {
  'documents:get': query<DocDetail>('documents', 'orders', 'stock', 'items')(DocRefInput),
};
