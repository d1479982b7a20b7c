import { appHandlers } from './app';
import { backordersHandlers } from './backorders';
import { binsHandlers } from './bins';
import { demoHandlers } from './demo';
import { documentsHandlers } from './documents';
import { fulfillmentHandlers } from './fulfillment';
import { importHandlers } from './import';
import { inventoryHandlers } from './inventory';
import { itemsHandlers } from './items';
import { ordersHandlers } from './orders';
import { picksHandlers } from './picks';
import { printHandlers } from './print';
import { settingsHandlers } from './settings';
import { createHandlerTable } from './table';
import type { HandlerGroup, HandlerMap } from './types';

/** Every prefix's handlers, one file each (`<prefix>.ts`, as in shared/channels/). A new prefix is added here, once. */
export const handlerGroups: readonly HandlerGroup[] = [
  appHandlers,
  itemsHandlers,
  ordersHandlers,
  fulfillmentHandlers,
  documentsHandlers,
  backordersHandlers,
  picksHandlers,
  inventoryHandlers,
  binsHandlers,
  settingsHandlers,
  printHandlers,
  importHandlers,
  demoHandlers,
];

export const createHandlers = (): HandlerMap => createHandlerTable(handlerGroups);
