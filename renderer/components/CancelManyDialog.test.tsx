import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { refused } from '../../shared/errors';
import { fakeApi } from '../../test/helpers/fake-api';
import { renderWindow } from '../../test/helpers/render-window';
import { CancelManyDialog } from './CancelManyDialog';

describe('cancelling from a list', () => {
  it('asks first, cancels each on its own, and lists what was refused in the engine’s words', async () => {
    const user = userEvent.setup();
    const cancelOne = vi.fn(async (number: string) => {
      if (number === '1041') throw refused('order 1041 is completed');
    });
    const onClose = vi.fn();
    const onDone = vi.fn();
    renderWindow(
      <CancelManyDialog numbers={['1040', '1041']} noun={['order', 'orders']} description="Open quantities become cancelled." cancelOne={cancelOne} onClose={onClose} onDone={onDone} />,
      fakeApi({}),
    );
    expect(screen.getByRole('dialog', { name: 'Cancel 2 orders?' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Keep' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Cancel 2 orders' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('1041: order 1041 is completed');
    expect(cancelOne.mock.calls.map(([n]) => n)).toEqual(['1040', '1041']);
    expect(onDone).toHaveBeenCalledOnce();
    expect(onClose).not.toHaveBeenCalled();
    // Nothing is sent twice: the confirm button is spent once refusals are on screen.
    expect(screen.getByRole('button', { name: 'Cancel 2 orders' })).toBeDisabled();
  });

  it('Keep changes nothing', async () => {
    const user = userEvent.setup();
    const cancelOne = vi.fn();
    const onClose = vi.fn();
    renderWindow(<CancelManyDialog numbers={['1040.002']} noun={['backorder', 'backorders']} description="x" cancelOne={cancelOne} onClose={onClose} onDone={vi.fn()} />, fakeApi({}));
    await user.click(screen.getByRole('button', { name: 'Keep' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(cancelOne).not.toHaveBeenCalled();
  });
});
