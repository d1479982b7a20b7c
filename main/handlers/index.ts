import { appHandlers } from './app';
import { documentHandlers } from './documents';
import { inventoryHandlers } from './inventory';
import { itemHandlers } from './items';
import { orderHandlers } from './orders';
import { printHandlers } from './print';
import { createHandlerTable } from './table';
import type { HandlerGroup, HandlerMap } from './types';

/** Every domain's handlers. A new domain file is added here, once. */
export const handlerGroups: readonly HandlerGroup[] = [appHandlers, itemHandlers, orderHandlers, documentHandlers, inventoryHandlers, printHandlers];

export const createHandlers = (): HandlerMap => createHandlerTable(handlerGroups);
