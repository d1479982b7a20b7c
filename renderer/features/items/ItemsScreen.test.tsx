import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Item } from '../../../shared/domain/items';
import { DomainError, invalid } from '../../../shared/errors';
import { fakeApi } from '../../../test/helpers/fake-api';
import { renderWindow } from '../../../test/helpers/render-window';
import { ItemsScreen } from './ItemsScreen';

const item = (id: number, sku: string, extra: Partial<Item> = {}): Item => ({
  id, sku, description: `${sku} description`, unit: 'ea', allowBackorder: true, active: true, createdAt: 'x', updatedAt: 'x', ...extra,
});

const renderScreen = (api: ReturnType<typeof fakeApi>) => renderWindow(<ItemsScreen />, api);

describe('the items screen', () => {
  it('lists the catalogue with its count and marks items that do not allow backorder', async () => {
    const api = fakeApi({ 'items:list': () => ({ rows: [item(1, 'BRK-1'), item(2, 'TR-GR', { allowBackorder: false })], total: 2, offset: 0 }) });
    renderScreen(api);
    expect(await screen.findByText('2 items')).toBeInTheDocument();
    const row = await screen.findByRole('row', { name: /TR-GR/ });
    expect(within(row).getByText('No')).toBeInTheDocument();
  });

  it('shows each refusal next to its field, keeps the draft, and saves once corrected', async () => {
    const user = userEvent.setup();
    let stored: Item[] = [];
    const api = fakeApi({
      'items:list': () => ({ rows: stored, total: stored.length, offset: 0 }),
      'items:create': (input) => {
        if (!input.sku.trim()) {
          throw new DomainError('invalid', 'sku must not be empty', 'sku', [
            { field: 'sku', message: 'sku must not be empty' },
            { field: 'unit', message: 'unit must start with a letter and use only letters, digits, . / or -' },
          ]);
        }
        const created = item(1, input.sku, { unit: input.unit ?? 'ea' });
        stored = [created];
        return created;
      },
    });
    renderScreen(api);
    await screen.findByText('No items yet');
    await user.click(screen.getAllByRole('button', { name: /New item/ })[0]!);
    await user.clear(screen.getByLabelText('Unit'));
    await user.type(screen.getByLabelText('Unit'), '9');
    await user.click(screen.getByRole('button', { name: 'Create item' }));

    const sku = screen.getByLabelText('SKU');
    expect(sku).toHaveAttribute('aria-invalid', 'true');
    expect(sku).toHaveAccessibleDescription('sku must not be empty');
    expect(screen.getByLabelText('Unit')).toHaveAccessibleDescription('unit must start with a letter and use only letters, digits, . / or -');

    // Typing in a field clears its own error only.
    await user.type(sku, 'TR-GR');
    expect(sku).toHaveAttribute('aria-invalid', 'false');
    expect(screen.getByLabelText('Unit')).toHaveAttribute('aria-invalid', 'true');

    await user.clear(screen.getByLabelText('Unit'));
    await user.type(screen.getByLabelText('Unit'), 'box');
    await user.click(screen.getByRole('button', { name: 'Create item' }));
    expect(await screen.findByRole('row', { name: /TR-GR/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Create item' })).not.toBeInTheDocument();
    expect(api.calls.filter((c) => c.channel === 'items:create').map((c) => c.input)).toEqual([
      { sku: '', description: '', unit: '9', allowBackorder: true, active: true },
      { sku: 'TR-GR', description: '', unit: 'box', allowBackorder: true, active: true },
    ]);
  });

  it('shows a refusal that belongs to no field at the top of the form', async () => {
    const user = userEvent.setup();
    const api = fakeApi({
      'items:list': () => ({ rows: [item(5, 'OLD-1')], total: 1, offset: 0 }),
      'items:update': () => {
        throw invalid('id', 'must be a record id');
      },
    });
    renderScreen(api);
    await user.dblClick(await screen.findByRole('row', { name: /OLD-1/ }));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('id must be a record id');
  });

  it('searches as the clerk types, and opens a new item with N', async () => {
    const user = userEvent.setup();
    const api = fakeApi({ 'items:list': (input) => ({ rows: input.query ? [item(3, 'HX-8')] : [], total: input.query ? 1 : 0, offset: 0 }) });
    renderScreen(api);
    await screen.findByText('No items yet');
    await user.type(screen.getByRole('searchbox', { name: 'Search items' }), 'hx');
    expect(await screen.findByText('1 item matching “hx”')).toBeInTheDocument();
    await waitFor(() => expect(api.calls.at(-1)).toEqual({ channel: 'items:list', input: { query: 'hx', includeInactive: false, offset: 0, limit: 200 } }));
    await user.click(document.body);
    await user.keyboard('n');
    expect(screen.getByRole('heading', { name: 'New item' })).toBeInTheDocument();
  });
});
