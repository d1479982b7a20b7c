import type {
  BackorderRow,
  CompletePickResult,
  DocDetail,
  FillResult,
  ReleaseConfirmation,
  ReleaseReview,
  Sheet,
} from '../domain/fulfillment';
import {
  BackorderListInput,
  BackorderRefInput,
  BackorderSelection,
  CompletePickInput,
  DocRefInput,
  FillInput,
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
  'backorders:sheet': query<Sheet>('documents', 'orders', 'items')(BackorderRefInput),
  'picks:complete': command<CompletePickResult>('documents', 'orders', 'stock')(CompletePickInput),
  'picks:cancel': command<DocDetail>('documents', 'orders', 'stock')(PickRefInput),
  'picks:print': command<Sheet>('documents', 'orders', 'stock')(PickRefInput),
};
