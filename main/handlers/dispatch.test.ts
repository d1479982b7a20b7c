import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { refused } from '../../shared/errors';
import { createItem } from '../engine/operations/items';
import { openDatabase } from '../store/open';
import { createHandlers } from '.';
import { createDispatcher } from './dispatch';
import { rehearse, type HandlerContext, type HandlerMap, type QueryHandler } from './types';

const ctx = (databasePath = ':memory:'): HandlerContext => ({ db: openDatabase(databasePath), now: () => '2026-11-24T00:00:00.000Z', user: 't', mode: 'browser', databasePath });

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));
const databaseFile = () => join((dir = mkdtempSync(join(tmpdir(), 'stockdesk-dispatch-'))), 'stockdesk.db');

describe('dispatch', () => {
  it('answers an unknown channel with unknown_channel', () => {
    const dispatch = createDispatcher(createHandlers(), ctx());
    expect(dispatch('items:explode', {})).toEqual({ ok: false, error: { code: 'unknown_channel', message: 'items:explode is not a Stockdesk channel' } });
  });

  it('never lets a handler see unparsed input', () => {
    const table = { ...createHandlers(), 'items:create': vi.fn() } as HandlerMap;
    const dispatch = createDispatcher(table, ctx());
    expect(dispatch('items:create', { sku: '' })).toMatchObject({ ok: false, error: { code: 'invalid', field: 'sku' } });
    expect(table['items:create']).not.toHaveBeenCalled();
  });

  it('tells onChange about successful changes only, with the calling window', () => {
    const onChange = vi.fn();
    const dispatch = createDispatcher(createHandlers(), ctx(), { onChange });
    dispatch('items:list', {}, 'w1');
    dispatch('items:create', { sku: '' }, 'w1');
    expect(onChange).not.toHaveBeenCalled();
    dispatch('items:create', { sku: 'A-1' }, 'w1');
    expect(onChange).toHaveBeenCalledWith('items:create', 'w1');
  });

  it('passes refusals through and hides the details of unexpected errors', () => {
    const logError = vi.fn();
    const table = {
      ...createHandlers(),
      'items:get': () => {
        throw refused('1040.002 is already released');
      },
      'items:list': () => {
        throw new Error('SQLITE_CORRUPT at /home/clerk/db');
      },
    } as HandlerMap;
    const dispatch = createDispatcher(table, ctx(), { logError });
    expect(dispatch('items:get', { id: 1 })).toEqual({ ok: false, error: { code: 'refused', message: '1040.002 is already released' } });
    expect(dispatch('items:list', {})).toEqual({ ok: false, error: { code: 'internal', message: 'items:list failed unexpectedly; nothing was changed' } });
    expect(logError).toHaveBeenCalledWith('items:list', expect.any(Error));
  });

  it('tells onChange only once the change is committed, where another connection can read it', () => {
    const file = databaseFile();
    const seen: unknown[] = [];
    const dispatch = createDispatcher(createHandlers(), ctx(file), {
      onChange: () => {
        const other = openDatabase(file);
        seen.push(other.prepare('SELECT sku FROM item').pluck().all());
        other.close();
      },
    });
    expect(dispatch('items:create', { sku: 'A-1' })).toMatchObject({ ok: true });
    expect(seen).toEqual([['A-1']]);
  });

  it('never turns a committed change into an error when telling the other windows fails', () => {
    const logError = vi.fn();
    const context = ctx();
    const dispatch = createDispatcher(createHandlers(), context, {
      logError,
      onChange: () => {
        throw new Error('window 3 is gone');
      },
    });
    expect(dispatch('items:create', { sku: 'A-1' })).toMatchObject({ ok: true, value: { sku: 'A-1' } });
    expect(context.db.prepare('SELECT sku FROM item').pluck().all()).toEqual(['A-1']);
    expect(logError).toHaveBeenCalledWith('items:create', expect.objectContaining({ message: 'window 3 is gone' }));
  });

  it('refuses every command on a read-only database, saying so, and still answers queries', () => {
    const file = databaseFile();
    openDatabase(file).close();
    chmodSync(file, 0o444);
    const onChange = vi.fn();
    const dispatch = createDispatcher(createHandlers(), ctx(file), { onChange });
    expect(dispatch('items:create', { sku: 'A-1' })).toEqual({
      ok: false,
      error: {
        code: 'refused',
        message: `this database is open read-only: ${file} cannot be written by this user, so nothing can be saved. Make the file writable and start Stockdesk again.`,
      },
    });
    expect(dispatch('items:list', {})).toMatchObject({ ok: true, value: { rows: [], total: 0 } });
    expect(dispatch('app:info', {})).toMatchObject({ ok: true, value: { readOnly: true, databasePath: file } });
    expect(onChange).not.toHaveBeenCalled();
  });

  it('refuses text with half of a UTF-16 pair, which SQLite would store as a replacement character', () => {
    const context = ctx();
    const dispatch = createDispatcher(createHandlers(), context);
    expect(dispatch('items:create', { sku: 'A-1', description: 'Bolt \ud800' })).toMatchObject({
      ok: false,
      error: { code: 'invalid', field: 'description', message: 'description contains characters that are not valid text' },
    });
    expect(context.db.prepare('SELECT count(*) FROM item').pluck().get()).toBe(0);
    // A whole pair (an emoji, a rare CJK character) is text like any other.
    expect(dispatch('items:create', { sku: 'A-1', description: 'Bolt 𠀋' })).toMatchObject({ ok: true });
  });

  describe('owns the transactions', () => {
    const itemCount = (db: { prepare: HandlerContext['db']['prepare'] }) => db.prepare('SELECT count(*) FROM item').pluck().get();

    it('runs a query in one read transaction: all it reads is one snapshot, whatever another desk commits meanwhile', () => {
      const file = databaseFile();
      const seen: unknown[] = [];
      const table = {
        ...createHandlers(),
        'items:list': (_input, { db }) => {
          seen.push(itemCount(db));
          const other = openDatabase(file);
          other.prepare("INSERT INTO item (sku, sku_key, created_at, updated_at) VALUES ('B-2', 'B-2', 'now', 'now')").run();
          other.close();
          seen.push(itemCount(db));
          return { rows: [], total: 0, offset: 0 };
        },
      } as HandlerMap;
      const context = ctx(file);
      expect(createDispatcher(table, context)('items:list', {})).toMatchObject({ ok: true });
      expect(seen).toEqual([0, 0]);
      // The next query starts a new snapshot, which has the other desk's item.
      expect(itemCount(context.db)).toBe(1);
    });

    it('refuses a write from a query: SQLite itself refuses it, and nothing is stored', () => {
      const logError = vi.fn();
      const table = {
        ...createHandlers(),
        'items:list': (_input, { db }) => {
          (db as HandlerContext['db']).prepare("INSERT INTO item (sku, sku_key, created_at, updated_at) VALUES ('B-2', 'B-2', 'now', 'now')").run();
          return { rows: [], total: 0, offset: 0 };
        },
      } as HandlerMap;
      const context = ctx();
      expect(createDispatcher(table, context, { logError })('items:list', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
      expect(logError).toHaveBeenCalledWith('items:list', expect.objectContaining({ message: expect.stringMatching(/readonly/) }));
      expect(itemCount(context.db)).toBe(0);
      // The next command writes as usual: the guard is lifted once the query is answered.
      expect(createDispatcher(createHandlers(), context)('items:create', { sku: 'A-1' })).toMatchObject({ ok: true });
    });

    it('runs a command all or nothing: a refusal after its first write leaves nothing behind, and tells no one', () => {
      const onChange = vi.fn();
      const table = {
        ...createHandlers(),
        'items:create': (input, context) => {
          createItem(context, input);
          throw refused('the second half was refused');
        },
      } as HandlerMap;
      const context = ctx();
      expect(createDispatcher(table, context, { onChange })('items:create', { sku: 'A-1' })).toMatchObject({ ok: false, error: { code: 'refused' } });
      expect(itemCount(context.db)).toBe(0);
      expect(onChange).not.toHaveBeenCalled();
    });

    it('answers a rehearsal with what its command would do now, and keeps none of it', () => {
      const table = {
        ...createHandlers(),
        'inventory:previewReceipt': rehearse((input, context) => {
          const item = createItem(context, { sku: 'A-1', description: '', unit: 'ea', allowBackorder: true, active: true });
          return { reference: item.sku, lines: [], released: [], releasedMore: 0, releaseTotals: { inFull: 0, inPart: 0, units: 0, picks: 0 }, autoRelease: itemCount(context.db) === 1 };
        }),
      } as HandlerMap;
      const context = ctx();
      expect(createDispatcher(table, context)('inventory:previewReceipt', { lines: [{ sku: 'A-1', qty: 1 }] })).toMatchObject({
        ok: true,
        value: { reference: 'A-1', autoRelease: true },
      });
      expect(itemCount(context.db)).toBe(0);
    });

    it('gives a query a read handle, so that the compiler refuses a query that calls a command', () => {
      const listing: QueryHandler<'items:list'> = (_input, context) => {
        // @ts-expect-error a query's handle cannot be passed where a command needs the write handle
        createItem(context, { sku: 'A-1', description: '', unit: 'ea', allowBackorder: true, active: true });
        return { rows: [], total: 0, offset: 0 };
      };
      expect(listing).toBeTypeOf('function');
    });
  });

  describe('a retry never posts twice', () => {
    const ledgerCount = (context: HandlerContext) => context.db.prepare('SELECT count(*) FROM ledger').pluck().get();
    const receiving = () => {
      const context = ctx();
      const dispatch = createDispatcher(createHandlers(), context);
      dispatch('items:create', { sku: 'A-1' });
      dispatch('bins:create', { code: 'A-01' });
      return { context, dispatch, receipt: { reference: 'PO-4471', lines: [{ sku: 'A-1', bin: 'A-01', qty: 5 }] } };
    };

    it('answers a receipt whose answer was lost with the first answer, posting it once', () => {
      const onChange = vi.fn();
      const context = ctx();
      const dispatch = createDispatcher(createHandlers(), context, { onChange });
      dispatch('items:create', { sku: 'A-1' });
      dispatch('bins:create', { code: 'A-01' });
      const receipt = { reference: 'PO-4471', lines: [{ sku: 'A-1', bin: 'A-01', qty: 5 }] };
      const first = dispatch('inventory:receive', receipt, 'w1', 'key-1');
      expect(first).toMatchObject({ ok: true });
      expect(ledgerCount(context)).toBe(1);
      onChange.mockClear();
      // The window never saw `first` (the process died after the commit, say) and sends it again.
      const retry = dispatch('inventory:receive', receipt, 'w1', 'key-1');
      expect(retry).toEqual(first);
      expect(ledgerCount(context)).toBe(1);
      // Nothing changed, so no window is told to refresh.
      expect(onChange).not.toHaveBeenCalled();
      // A new action (a new key) is a new receipt.
      expect(dispatch('inventory:receive', receipt, 'w1', 'key-2')).toMatchObject({ ok: true });
      expect(ledgerCount(context)).toBe(2);
    });

    it('keeps the key in the transaction of the change: a refused command keeps no key, so its retry runs', () => {
      const { context, dispatch } = receiving();
      const tooMuch = { reference: 'PO-1', lines: [{ sku: 'NOPE', bin: 'A-01', qty: 5 }] };
      expect(dispatch('inventory:receive', tooMuch, 'w1', 'key-1')).toMatchObject({ ok: false });
      expect(context.db.prepare('SELECT count(*) FROM idempotency').pluck().get()).toBe(0);
      dispatch('items:create', { sku: 'NOPE' });
      expect(dispatch('inventory:receive', tooMuch, 'w1', 'key-1')).toMatchObject({ ok: true });
      expect(ledgerCount(context)).toBe(1);
    });

    it('refuses the same key for another channel or other input, naming the key, and changes nothing', () => {
      const { context, dispatch, receipt } = receiving();
      dispatch('inventory:receive', receipt, 'w1', 'key-1');
      const other = { ...receipt, lines: [{ sku: 'A-1', bin: 'A-01', qty: 6 }] };
      expect(dispatch('inventory:receive', other, 'w1', 'key-1')).toMatchObject({
        ok: false,
        error: { code: 'conflict', field: 'Idempotency-Key', message: 'idempotency key key-1 was already used for another request (inventory:receive); nothing was changed' },
      });
      expect(dispatch('items:create', { sku: 'B-2' }, 'w1', 'key-1')).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('key-1') } });
      expect(ledgerCount(context)).toBe(1);
      expect(context.db.prepare("SELECT count(*) FROM item WHERE sku = 'B-2'").pluck().get()).toBe(0);
    });

    it('refuses a key that is not short printable text', () => {
      const { context, dispatch, receipt } = receiving();
      expect(dispatch('inventory:receive', receipt, 'w1', 'a key with spaces')).toMatchObject({ ok: false, error: { code: 'invalid', field: 'Idempotency-Key' } });
      expect(dispatch('inventory:receive', receipt, 'w1', 'k'.repeat(129))).toMatchObject({ ok: false, error: { code: 'invalid' } });
      expect(ledgerCount(context)).toBe(0);
    });

    it('keeps answers two days, and forgets older ones when it starts', () => {
      const context = ctx();
      const store = context.db.prepare('INSERT INTO idempotency (key, channel, request_hash, answer, at) VALUES (?, ?, ?, ?, ?)');
      // ctx() says it is 2026-11-24T00:00Z.
      store.run('old', 'items:create', 'h', '{}', '2026-11-21T23:59:59.000Z');
      store.run('yesterday', 'items:create', 'h', '{}', '2026-11-22T00:00:01.000Z');
      createDispatcher(createHandlers(), context);
      expect(context.db.prepare('SELECT key FROM idempotency').pluck().all()).toEqual(['yesterday']);
    });
  });

  it('answers busy, not an internal error, when another desk holds the database past the busy timeout', () => {
    const file = databaseFile();
    const logError = vi.fn();
    const context = ctx(file);
    const dispatch = createDispatcher(createHandlers(), context, { logError });
    context.db.pragma('busy_timeout = 20');
    const otherDesk = openDatabase(file);
    otherDesk.prepare('BEGIN IMMEDIATE').run();
    try {
      expect(dispatch('items:create', { sku: 'A-1' })).toEqual({ ok: false, error: { code: 'busy', message: 'another desk is saving, try again; nothing was changed' } });
      // Reads go on: WAL lets a query read the last committed state while the other desk writes.
      expect(dispatch('items:list', {})).toMatchObject({ ok: true, value: { total: 0 } });
    } finally {
      otherDesk.prepare('ROLLBACK').run();
      otherDesk.close();
    }
    expect(logError).not.toHaveBeenCalled();
    expect(dispatch('items:create', { sku: 'A-1' })).toMatchObject({ ok: true });
  });
});
