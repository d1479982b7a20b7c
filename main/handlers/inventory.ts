import { conflict } from '../../shared/errors';
import { adjust, changeStatus } from '../engine/adjust';
import { createBin } from '../engine/bins';
import { previewReceipt, receive } from '../engine/receive';
import { readSettings, writeSettings } from '../engine/settings';
import { write } from '../engine/transaction';
import { verify } from '../engine/verify';
import { itemLedger, itemStock, listBins, listInventory } from '../queries/inventory';
import { findBin, requireBin } from '../store/repos/lookup';
import { preparedFor } from '../store/prepared';
import type { HandlerGroup } from './types';

const binStatements = preparedFor((db) => ({
  setSequence: db.prepare<{ id: number; sequence: number | null }>('UPDATE bin SET sequence = @sequence WHERE id = @id'),
}));

const toBin = (row: { id: number; code: string; sequence: number | null }) => ({ id: row.id, code: row.code, sequence: row.sequence });

export const inventoryHandlers: HandlerGroup = {
  domain: 'inventory',
  handlers: {
    'inventory:receive': (input, ctx) => receive(ctx, input),
    'inventory:previewReceipt': (input, ctx) => previewReceipt(ctx, input),
    'inventory:adjust': (input, ctx) => adjust(ctx, input),
    'inventory:changeStatus': (input, ctx) => changeStatus(ctx, input),
    'inventory:itemStock': ({ sku }, ctx) => itemStock(ctx.db, sku),
    'inventory:ledger': (input, ctx) => itemLedger(ctx.db, input),
    'inventory:list': (input, ctx) => listInventory(ctx.db, input),
    'inventory:verify': (_input, ctx) => verify(ctx.db),
    'bins:list': (_input, ctx) => listBins(ctx.db),
    'bins:create': ({ code, sequence }, ctx) =>
      write(ctx.db, () => {
        if (findBin(ctx.db, code)) throw conflict(`bin ${code} already exists`, 'code');
        return toBin(createBin(ctx, code, sequence));
      }),
    'bins:update': ({ code, sequence }, ctx) =>
      write(ctx.db, () => {
        const bin = requireBin(ctx.db, code, 'code');
        binStatements(ctx.db).setSequence.run({ id: bin.id, sequence });
        return toBin({ ...bin, sequence });
      }),
    'settings:get': (_input, ctx) => readSettings(ctx.db),
    'settings:update': (input, ctx) => write(ctx.db, () => writeSettings(ctx.db, input)),
  },
};
