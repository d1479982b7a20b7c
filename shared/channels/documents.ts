import type {
  BackorderRow,
  CompletePickResult,
  DocDetail,
  FillResult,
  PickRow,
  ReleaseConfirmation,
  ReleaseReview,
} from '../domain/fulfillment';
import {
  BackorderListInput,
  BackorderRefInput,
  BackorderSelection,
  CompletePickInput,
  DocRefInput,
  FillInput,
  PickListInput,
  PickRefInput,
} from '../domain/fulfillment';
import type { Page } from '../validation';
import { command, query } from './define';

export const documentChannels = {
  'documents:get': query<DocDetail>('documents', 'orders', 'stock', 'items')(DocRefInput),
  'backorders:list': query<Page<BackorderRow>>('documents', 'orders', 'stock', 'items')(BackorderListInput),
  /** Release Back Order, Review: ready / partial / blocked with reasons; changes nothing. */
  'backorders:review': query<ReleaseReview[]>('documents', 'orders', 'stock')(BackorderSelection),
  /** Release Back Order, Submit: one transaction; returns the Confirmation. */
  'backorders:release': command<ReleaseConfirmation>('documents', 'orders', 'stock')(BackorderSelection),
  'backorders:fill': command<FillResult>('documents', 'orders', 'stock')(FillInput),
  'backorders:cancel': command<DocDetail>('documents', 'orders', 'stock')(BackorderRefInput),
  /** The Picks view: open and printed picks in precedence order, with search and paging. */
  'picks:list': query<Page<PickRow>>('documents', 'orders', 'items')(PickListInput),
  'picks:complete': command<CompletePickResult>('documents', 'orders', 'stock')(CompletePickInput),
  'picks:cancel': command<DocDetail>('documents', 'orders', 'stock')(PickRefInput),
};
