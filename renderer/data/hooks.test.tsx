import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CallOptions } from '../../shared/bridge';
import { ApiError, type ApiClient } from '../api';
import type { Item } from '../../shared/domain/items';
import { fakeApi } from '../../test/helpers/fake-api';
import { renderWindow } from '../../test/helpers/render-window';
import { useChannel, useCommand } from './hooks';

const item = (id: number, sku = `SKU-${id}`): Item => ({ id, sku, description: '', unit: 'ea', allowBackorder: true, active: true, createdAt: 'x', updatedAt: 'x' });

function ItemName({ id }: { id: number }) {
  const { data } = useChannel('items:get', { id });
  return <p>{data ? `item ${data.sku} ${data.description}` : 'loading'}</p>;
}

describe('what screens read', () => {
  it('refetches when another window changes what the query reads, and only then', async () => {
    let description = 'first';
    const api = fakeApi({ 'items:get': ({ id }) => ({ ...item(id, 'TR-GR'), description }) });
    const view = renderWindow(<ItemName id={1} />, api);
    await screen.findByText('item TR-GR first');

    description = 'second';
    // A receipt elsewhere touched stock, documents and orders: an item query does not read those.
    act(() => view.changes.publish({ channel: 'inventory:receive', touches: ['stock', 'documents', 'orders'] }));
    await new Promise((r) => setTimeout(r, 20));
    expect(api.calls.filter((c) => c.channel === 'items:get')).toHaveLength(1);

    act(() => view.changes.publish({ channel: 'items:update', touches: ['items'] }));
    await screen.findByText('item TR-GR second');
    expect(api.calls.filter((c) => c.channel === 'items:get')).toHaveLength(2);
  });

  it("refetches after this window's own command, without waiting for main's event", async () => {
    let description = 'before';
    const api = fakeApi({
      'items:get': ({ id }) => ({ ...item(id, 'TR-GR'), description }),
      'items:update': () => {
        description = 'after';
        return { ...item(1, 'TR-GR'), description };
      },
    });
    const view = renderWindow(<ItemName id={1} />, api);
    await screen.findByText('item TR-GR before');
    await act(() => view.api.call('items:update', { id: 1, description: 'after' }));
    await screen.findByText('item TR-GR after');
  });

  it('never shows the answer to an input that is no longer wanted (latest request wins)', async () => {
    const release: Record<number, () => void> = {};
    const api = fakeApi({
      'items:get': ({ id }) => new Promise<Item>((resolve) => (release[id] = () => resolve(item(id, id === 1 ? 'OLD' : 'NEW')))),
    });
    const view = renderWindow(<ItemName id={1} />, api);
    await waitFor(() => expect(release[1]).toBeDefined());
    view.rerender(<ItemName id={2} />);
    await waitFor(() => expect(release[2]).toBeDefined());
    act(() => release[2]!());
    await screen.findByText('item NEW');
    act(() => release[1]!());
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.getByText('item NEW')).toBeInTheDocument();
  });
});

function SaveReceipt() {
  const receive = useCommand('inventory:receive');
  return (
    <button type="button" onClick={() => receive.mutate({ reference: 'PO-4471', lines: [{ sku: 'A-1', qty: 5 }] })}>
      {receive.isPending ? 'Saving' : receive.isError ? `Failed: ${receive.error.message}` : receive.isSuccess ? 'Saved' : 'Save'}
    </button>
  );
}

describe('what a clerk saves', () => {
  it('sends a failed save again with the same key, so a lost answer is not posted twice; the next save has a new key', async () => {
    const outcomes: (Error | undefined)[] = [new ApiError('internal', 'Stockdesk is not running: start it again and reload this page'), undefined, undefined];
    const base = fakeApi({
      'inventory:receive': () => {
        const failure = outcomes.shift();
        if (failure) throw failure;
        return { reference: 'PO-4471' } as never;
      },
    });
    const keys: (string | undefined)[] = [];
    const api: ApiClient = { ...base, call: (channel, input, options?: CallOptions) => (keys.push(options?.key), base.call(channel, input)) };
    renderWindow(<SaveReceipt />, api);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await screen.findByText(/Failed: Stockdesk is not running/);
    fireEvent.click(screen.getByRole('button'));
    await screen.findByText('Saved');
    fireEvent.click(screen.getByRole('button'));
    await waitFor(() => expect(keys).toHaveLength(3));
    expect(keys[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).toMatch(/^[0-9a-f]{32}$/);
    expect(keys[2]).not.toBe(keys[0]);
  });
});

