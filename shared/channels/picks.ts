import type { CompletePickResult, DocDetail, PickRow } from '../domain/fulfillment';
import { CompletePickInput, PickListInput, PickRefInput } from '../domain/fulfillment';
import type { Page } from '../validation';
import { command, query } from './define';

export const picksChannels = {
  /** The Picks view: open and printed picks in precedence order, with search and paging. */
  'picks:list': query<Page<PickRow>>('documents', 'orders', 'items')(PickListInput),
  'picks:complete': command<CompletePickResult>('documents', 'orders', 'stock')(CompletePickInput),
  'picks:cancel': command<DocDetail>('documents', 'orders', 'stock')(PickRefInput),
};
