import { appHandlers } from './app';
import { itemHandlers } from './items';
import { createHandlerTable } from './table';
import type { HandlerGroup, HandlerMap } from './types';

/** Every domain's handlers. A new domain file is added here, once. */
export const handlerGroups: readonly HandlerGroup[] = [appHandlers, itemHandlers];

export const createHandlers = (): HandlerMap => createHandlerTable(handlerGroups);
