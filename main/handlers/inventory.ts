import { summariseReceipt } from '../../shared/domain/inventory';
import { adjust, changeStatus } from '../engine/operations/adjust';
import { receive } from '../engine/operations/receive';
import { itemLedger, itemStock, listInventory } from '../queries/inventory';
import { verify } from '../queries/verify';
import { rehearse, type HandlerGroup } from './types';

export const inventoryHandlers: HandlerGroup = {
  domain: 'inventory',
  handlers: {
    // Both answer with totals and the first backorders released, however many it releases.
    'inventory:receive': (input, ctx) => summariseReceipt(receive(ctx, input)),
    // The preview is the receipt, rolled back: what it says is exactly what posting it will do.
    'inventory:previewReceipt': rehearse((input, ctx) => summariseReceipt(receive(ctx, input))),
    'inventory:adjust': (input, ctx) => adjust(ctx, input),
    'inventory:changeStatus': (input, ctx) => changeStatus(ctx, input),
    'inventory:itemStock': ({ sku }, ctx) => itemStock(ctx.db, sku),
    'inventory:ledger': (input, ctx) => itemLedger(ctx.db, input),
    'inventory:list': (input, ctx) => listInventory(ctx.db, input),
    'inventory:verify': (_input, ctx) => verify(ctx.db),
  },
};
