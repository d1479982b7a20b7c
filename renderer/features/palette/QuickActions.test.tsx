import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { useCommands } from '../../app/commands';
import { fakeApi } from '../../../test/helpers/fake-api';
import { renderWindow } from '../../../test/helpers/render-window';
import { QuickActions } from './QuickActions';

const ran: string[] = [];

function ScreenWithActions({ canRun }: { canRun: boolean }) {
  useCommands([
    { id: 'run', name: 'Run Fulfillment', when: () => canRun, run: () => ran.push('run') },
    { id: 'cancel', name: 'Cancel orders', run: () => ran.push('cancel') },
  ]);
  return <input aria-label="Customer" />;
}

afterEach(() => {
  ran.length = 0;
  window.location.hash = '';
});

describe('Quick Actions', () => {
  it('opens with . outside a text field, filters as the clerk types, runs with Enter', async () => {
    const user = userEvent.setup();
    renderWindow(
      <>
        <ScreenWithActions canRun />
        <QuickActions />
      </>,
      fakeApi({}),
    );
    await user.keyboard('.');
    const input = await screen.findByPlaceholderText(/Type an action/);
    expect(screen.getByRole('option', { name: 'Run Fulfillment' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Orders' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Items' })).toBeInTheDocument();

    await user.type(input, 'run ful');
    await waitFor(() => expect(screen.queryByRole('option', { name: 'Cancel orders' })).not.toBeInTheDocument());
    await user.keyboard('{Enter}');
    await waitFor(() => expect(ran).toEqual(['run']));
    expect(screen.queryByPlaceholderText(/Type an action/)).not.toBeInTheDocument();
  });

  it('leaves out actions that do not apply, ignores . typed in a field, and Esc closes', async () => {
    const user = userEvent.setup();
    renderWindow(
      <>
        <ScreenWithActions canRun={false} />
        <QuickActions />
      </>,
      fakeApi({}),
    );
    await user.type(screen.getByLabelText('Customer'), 'A.B');
    expect(screen.queryByPlaceholderText(/Type an action/)).not.toBeInTheDocument();
    act(() => (document.activeElement as HTMLElement).blur());
    await user.keyboard('.');
    await screen.findByPlaceholderText(/Type an action/);
    expect(screen.queryByRole('option', { name: 'Run Fulfillment' })).not.toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Cancel orders' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByPlaceholderText(/Type an action/)).not.toBeInTheDocument());
  });

  it('takes a word without digits for a table, never for an order number', async () => {
    const user = userEvent.setup();
    renderWindow(<QuickActions />, fakeApi({}));
    await user.keyboard('.');
    await user.type(await screen.findByPlaceholderText(/Type an action/), 'Items');
    expect(screen.queryByRole('option', { name: /Open order/ })).not.toBeInTheDocument();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(window.location.hash).toBe('#items'));
  });

  it('Find order by number asks for the number and opens it', async () => {
    const user = userEvent.setup();
    renderWindow(<QuickActions />, fakeApi({}));
    await user.keyboard('.');
    await user.type(await screen.findByPlaceholderText(/Type an action/), 'find order');
    await user.keyboard('{Enter}');
    await user.type(await screen.findByPlaceholderText('Order number, then Enter'), 'SO-7');
    await user.keyboard('{Enter}');
    await waitFor(() => expect(window.location.hash).toBe('#orders/SO-7'));
  });

  it('finds an order by its number', async () => {
    const user = userEvent.setup();
    renderWindow(<QuickActions />, fakeApi({}));
    await user.keyboard('.');
    await user.type(await screen.findByPlaceholderText(/Type an action/), '1040');
    await user.click(screen.getByRole('option', { name: 'Open order 1040' }));
    await waitFor(() => expect(window.location.hash).toBe('#orders/1040'));
  });
});
