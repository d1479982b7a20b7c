import type { BackorderRow, DocDetail, FillResult, ReleaseConfirmation, ReleaseReview } from '../domain/fulfillment';
import { BackorderListInput, BackorderRefInput, BackorderSelection, FillInput } from '../domain/fulfillment';
import type { Page } from '../validation';
import { command, query } from './define';

export const backordersChannels = {
  'backorders:list': query<Page<BackorderRow>>('documents', 'orders', 'stock', 'items')(BackorderListInput),
  /** Release Back Order, Review: ready / partial / blocked with reasons; changes nothing. */
  'backorders:review': query<ReleaseReview[]>('documents', 'orders', 'stock')(BackorderSelection),
  /** Release Back Order, Submit: one transaction; returns the Confirmation. */
  'backorders:release': command<ReleaseConfirmation>('documents', 'orders', 'stock')(BackorderSelection),
  'backorders:fill': command<FillResult>('documents', 'orders', 'stock')(FillInput),
  'backorders:cancel': command<DocDetail>('documents', 'orders', 'stock')(BackorderRefInput),
};
