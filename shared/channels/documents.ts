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
  'documents:get': query<DocDetail>()(DocRefInput),
  'backorders:list': query<Page<BackorderRow>>()(BackorderListInput),
  /** Release Back Order, Review: ready / partial / blocked with reasons; changes nothing. */
  'backorders:review': query<ReleaseReview[]>()(BackorderSelection),
  /** Release Back Order, Submit: one transaction; returns the Confirmation. */
  'backorders:release': command<ReleaseConfirmation>()(BackorderSelection),
  'backorders:fill': command<FillResult>()(FillInput),
  'backorders:cancel': command<DocDetail>()(BackorderRefInput),
  'backorders:sheet': query<Sheet>()(BackorderRefInput),
  'picks:complete': command<CompletePickResult>()(CompletePickInput),
  'picks:cancel': command<DocDetail>()(PickRefInput),
  'picks:print': command<Sheet>()(PickRefInput),
};
