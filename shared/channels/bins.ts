import type { Bin } from '../domain/inventory';
import { BinCreateInput, BinListInput, BinUpdateInput } from '../domain/inventory';
import { command, query } from './define';

export const binsChannels = {
  'bins:list': query<(Bin & { items: number })[]>('stock')(BinListInput),
  'bins:create': command<Bin>('stock')(BinCreateInput),
  'bins:update': command<Bin>('stock')(BinUpdateInput),
};
