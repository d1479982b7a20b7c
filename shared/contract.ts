// The one seam between renderer and main: every channel, its input schema and its output type.
// A channel `<prefix>:<verb>` is declared in `channels/<prefix>.ts` (handled in main/handlers/<prefix>.ts);
// the files are merged here, and `mergeChannels` refuses a name twice.
import type { z } from 'zod';
import { appChannels } from './channels/app';
import { backordersChannels } from './channels/backorders';
import { binsChannels } from './channels/bins';
import type { ChannelSpec, Topic } from './channels/define';
import { documentsChannels } from './channels/documents';
import { fulfillmentChannels } from './channels/fulfillment';
import { inventoryChannels } from './channels/inventory';
import { itemsChannels } from './channels/items';
import { ordersChannels } from './channels/orders';
import { picksChannels } from './channels/picks';
import { printChannels } from './channels/print';
import { settingsChannels } from './channels/settings';
import { demoChannels } from './channels/demo';
import { importChannels } from './channels/import';

function mergeChannels<T extends Record<string, ChannelSpec>[]>(...groups: T): UnionToIntersection<T[number]> {
  const merged: Record<string, ChannelSpec> = {};
  for (const group of groups) {
    for (const [name, spec] of Object.entries(group)) {
      if (name in merged) throw new Error(`contract: channel ${name} is declared twice`);
      merged[name] = spec;
    }
  }
  return merged as UnionToIntersection<T[number]>;
}
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

/** Every channel file, one per prefix: a new prefix is added here, once. */
export const channelFiles = {
  app: appChannels,
  items: itemsChannels,
  orders: ordersChannels,
  fulfillment: fulfillmentChannels,
  documents: documentsChannels,
  backorders: backordersChannels,
  picks: picksChannels,
  inventory: inventoryChannels,
  bins: binsChannels,
  settings: settingsChannels,
  print: printChannels,
  import: importChannels,
  demo: demoChannels,
};

export const contract = mergeChannels(...Object.values(channelFiles));

export type Contract = typeof contract;
export type Channel = keyof Contract;
/** What a caller may send (defaults not yet applied). */
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
/** What a handler receives: parsed, trimmed, defaults applied. */
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Output<C extends Channel> = Contract[C]['output'];

export const channelNames = Object.keys(contract) as Channel[];
export const isChannel = (name: string): name is Channel => Object.prototype.hasOwnProperty.call(contract, name);

/** Events main pushes to every window: data only. */
export interface Events {
  /** Stored data changed through `channel`; screens whose queries read one of `touches` refetch. */
  'data:changed': { channel: Channel; touches: Topic[] };
  /**
   * How far a long command this window started has got (a run over every order, a large receipt, an
   * import): sent only to the window that started it, at most a few times a second.
   */
  'work:progress': WorkProgress;
}

/** `done` of `total` units of `what` (orders, receipt lines, rows) of the command on `channel`. */
export interface WorkProgress {
  channel: Channel;
  what: string;
  done: number;
  total: number;
}

/** The `data:changed` event for a successful call of a command channel. */
export const changeEvent = (channel: Channel): Events['data:changed'] => ({ channel, touches: [...contract[channel].topics] });
export type { Topic };
export type EventName = keyof Events;
export const eventNames: EventName[] = ['data:changed', 'work:progress'];
