import { z } from 'zod';
import { command, query } from './define';

export interface DemoStatus {
  /** No items, bins or orders yet: the demo shop can be loaded. */
  empty: boolean;
}

export const demoChannels = {
  /** Whether the database is empty, so that the Orders list can offer the demo shop. */
  'demo:status': query<DemoStatus>('items', 'stock', 'orders')(z.strictObject({})),
  /** Loads a small demo shop into an empty database through the engine's own operations; refuses any other. */
  'demo:load': command<{ summary: string }>('items', 'stock', 'orders', 'documents')(z.strictObject({})),
};
