import type { Migration } from '../migrate';
import { items } from './0001-items';
import { fulfillment } from './0002-fulfillment';
import { naturalKeyAnyLength } from './0003-natural-key-any-length';
import { orderHistory } from './0004-order-history';
import { printedSheets } from './0005-printed-sheets';
import { applicationId } from './0006-application-id';
import { precedenceIndex } from './0007-precedence-index';
import { idempotency } from './0008-idempotency';
import { countConfirmed } from './0009-count-confirmed';
import { listKeys } from './0010-list-keys';
import { fulfillmentRuns } from './0011-fulfillment-runs';
import { leanDocLine } from './0012-lean-doc-line';
import { demandGate } from './0013-demand-gate';
import { leanDocNumbers } from './0014-lean-doc-numbers';

/** Every migration, in order. A new one is appended with the next version number; none is ever edited. */
export const migrations: readonly Migration[] = [items, fulfillment, naturalKeyAnyLength, orderHistory, printedSheets, applicationId, precedenceIndex, idempotency, countConfirmed, listKeys, fulfillmentRuns, leanDocLine, demandGate, leanDocNumbers];
