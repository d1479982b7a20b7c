import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { StockPicture } from '../../../shared/domain/inventory';
import { LineEntry, type AddLineResult, type ItemOption, type LineEntryProps } from './LineEntry';

const option = (sku: string, description: string, active = true): ItemOption => ({ sku, description, unit: 'ea', active });
const ITEMS = [option('TR-GR', 'Trim, grey 2m'), option('TR-BL', 'Trim, black 2m'), option('TR-OLD', 'Trim, old', false)];
// 6 free: a line of 10 is 4 short.
const TR_GR: StockPicture = { onHand: 9, available: 8, frozen: 1, damaged: 0, quarantine: 0, allocated: 2, free: 6 };

function setup(overrides: Partial<LineEntryProps> = {}) {
  const props = {
    searchItems: vi.fn(async (query: string) => ITEMS.filter((item) => item.sku.toLowerCase().includes(query.toLowerCase()))),
    stockOf: vi.fn(async (sku: string) => (sku === 'TR-GR' ? TR_GR : undefined)),
    onAdd: vi.fn(async (): Promise<AddLineResult> => ({ ok: true })),
    ...overrides,
  };
  const user = userEvent.setup();
  render(<LineEntry {...props} />);
  return {
    user,
    props,
    sku: screen.getByRole('combobox', { name: 'SKU' }),
    qty: screen.getByRole('textbox', { name: 'Qty' }),
    status: screen.getByRole('combobox', { name: 'Status' }),
  };
}

/** A promise resolved from outside, to decide which search answer lands first. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('the add-a-line row', () => {
  it('adds a line from the keyboard alone: sku by completion, Tab, qty with a live preview, Tab, Enter', async () => {
    const { user, props, sku, qty, status } = setup();
    await user.tab();
    expect(sku).toHaveFocus();
    await user.keyboard('tr');

    expect(await screen.findByRole('option', { name: /TR-GR — Trim, grey 2m/ })).toBeInTheDocument();
    expect(sku).toHaveAttribute('aria-expanded', 'true');
    expect(sku).toHaveAttribute('aria-controls', screen.getByRole('listbox').id);
    expect(screen.getByRole('option', { name: /TR-OLD/ })).toHaveTextContent('inactive');
    expect(props.searchItems).toHaveBeenCalledTimes(1); // debounced: one search for "tr"

    await user.keyboard('{ArrowDown}');
    const highlighted = screen.getByRole('option', { name: /TR-GR/ });
    expect(highlighted).toHaveAttribute('aria-selected', 'true');
    expect(sku).toHaveAttribute('aria-activedescendant', highlighted.id);

    // Enter with the list open picks; it does not submit.
    await user.keyboard('{Enter}');
    expect(sku).toHaveValue('TR-GR');
    expect(sku).toHaveAttribute('aria-expanded', 'false');
    expect(props.onAdd).not.toHaveBeenCalled();
    await waitFor(() => expect(props.stockOf).toHaveBeenCalledWith('TR-GR'));
    expect(await screen.findByText('6 free now')).toBeInTheDocument();

    await user.tab();
    expect(qty).toHaveFocus();
    await user.keyboard('10');
    const words = screen.getByText(/needs 10/);
    expect(words).toHaveTextContent('4 short');
    expect(words).toHaveTextContent('9 on hand · 2 to others · 6 free · needs 10 · 4 short · 1 frozen');
    expect(screen.getByText('◐ Part covered')).toBeInTheDocument();
    // The picture was fetched once; typing the quantity asks nothing more.
    expect(props.stockOf).toHaveBeenCalledTimes(1);

    await user.tab();
    expect(status).toHaveFocus();
    expect(status).toHaveValue('Warehouse Pick');
    await user.keyboard('{Enter}');

    expect(props.onAdd).toHaveBeenCalledExactlyOnceWith({ sku: 'TR-GR', qty: 10, status: 'Warehouse Pick' });
    await waitFor(() => expect(sku).toHaveFocus());
    expect(sku).toHaveValue('');
    expect(qty).toHaveValue('');
    expect(status).toHaveValue('Warehouse Pick');
    expect(screen.queryByText(/needs 10/)).not.toBeInTheDocument();
  });

  it('accepts the highlighted sku with Tab and moves on to Qty; Escape closes the list', async () => {
    const { user, props, sku, qty } = setup();
    await user.click(sku);
    await user.keyboard('tr');
    await screen.findByRole('option', { name: /TR-BL/ });
    await user.keyboard('{Escape}');
    expect(sku).toHaveAttribute('aria-expanded', 'false');
    expect(sku).toHaveValue('tr');

    // The arrows reopen the list; two steps down is the second option.
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(screen.getByRole('option', { name: /TR-BL/ })).toHaveAttribute('aria-selected', 'true');
    await user.tab();
    expect(sku).toHaveValue('TR-BL');
    expect(qty).toHaveFocus();
    expect(props.stockOf).toHaveBeenCalledExactlyOnceWith('TR-BL');
  });

  it('loads the stock of a sku typed exactly, in any case, and submits on Enter in Qty', async () => {
    const { user, props, sku } = setup();
    await user.click(sku);
    await user.keyboard('tr-gr');
    await waitFor(() => expect(props.stockOf).toHaveBeenCalledExactlyOnceWith('TR-GR'));
    await user.keyboard('{Escape}{Tab}5');
    expect(screen.getByText('✓ Covered')).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(props.onAdd).toHaveBeenCalledExactlyOnceWith({ sku: 'tr-gr', qty: 5, status: 'Warehouse Pick' });
  });

  it('shows a refusal on the refused field, keeps what was typed, and focuses it', async () => {
    const onAdd = vi.fn(async (): Promise<AddLineResult> => ({ ok: false, field: 'qty', message: 'qty must be a whole number above 0' }));
    const { user, sku, qty, status } = setup({ onAdd });
    await user.click(sku);
    await user.keyboard('TR-GR{Tab}7{Tab}');
    await user.selectOptions(status, 'Vendor Order');
    await user.keyboard('{Enter}');

    await waitFor(() => expect(qty).toHaveAttribute('aria-invalid', 'true'));
    expect(qty).toHaveAccessibleDescription('qty must be a whole number above 0');
    expect(screen.getByRole('alert')).toHaveTextContent('qty must be a whole number above 0');
    expect(qty).toHaveFocus();
    expect(sku).toHaveValue('TR-GR');
    expect(qty).toHaveValue('7');
    expect(status).toHaveValue('Vendor Order');
    expect(sku).toHaveAttribute('aria-invalid', 'false');

    // Typing in the field clears its refusal.
    await user.keyboard('0');
    expect(qty).toHaveAttribute('aria-invalid', 'false');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('refuses a quantity that is not a whole number above 0 without asking the engine', async () => {
    const { user, props, sku, qty } = setup();
    await user.click(sku);
    await user.keyboard('TR-GR{Escape}{Tab}0{Enter}');
    expect(qty).toHaveAttribute('aria-invalid', 'true');
    expect(qty).toHaveAccessibleDescription('qty must be a whole number above 0');
    await user.clear(qty);
    await user.keyboard('{Enter}');
    expect(qty).toHaveAccessibleDescription('qty must be a whole number above 0');
    await user.keyboard('2.5{Enter}');
    expect(qty).toHaveAttribute('aria-invalid', 'true');
    expect(props.onAdd).not.toHaveBeenCalled();
  });

  it('lets the engine refuse the sku, and shows a refusal without a field in the hint', async () => {
    const onAdd = vi
      .fn<LineEntryProps['onAdd']>()
      .mockResolvedValueOnce({ ok: false, field: 'sku', message: 'sku must not be empty' })
      .mockResolvedValueOnce({ ok: false, message: 'order 1040 is not a Draft' });
    const { user, sku, qty } = setup({ onAdd });
    await user.click(qty);
    await user.keyboard('3{Enter}');
    expect(onAdd).toHaveBeenLastCalledWith({ sku: '', qty: 3, status: 'Warehouse Pick' });
    await waitFor(() => expect(sku).toHaveFocus());
    expect(sku).toHaveAttribute('aria-invalid', 'true');
    expect(sku).toHaveAccessibleDescription('sku must not be empty');

    await user.click(qty);
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent('order 1040 is not a Draft');
    expect(sku).toHaveAttribute('aria-invalid', 'false');
  });

  it('drops a stale search answer: the newer query wins even when the older answers last', async () => {
    const answers = new Map<string, ReturnType<typeof deferred<ItemOption[]>>>();
    const searchItems = vi.fn((query: string) => {
      const answer = deferred<ItemOption[]>();
      answers.set(query, answer);
      return answer.promise;
    });
    const { user, sku } = setup({ searchItems });
    await user.click(sku);
    await user.keyboard('tr');
    await waitFor(() => expect(searchItems).toHaveBeenCalledWith('tr'));
    await user.keyboard('-b');
    await waitFor(() => expect(searchItems).toHaveBeenCalledWith('tr-b'));

    answers.get('tr-b')!.resolve([option('TR-BL', 'Trim, black 2m')]);
    expect(await screen.findByRole('option', { name: /TR-BL/ })).toBeInTheDocument();
    answers.get('tr')!.resolve(ITEMS);
    // Let the older answer land; it must change nothing.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(within(screen.getByRole('listbox')).getAllByRole('option').map((el) => el.textContent)).toEqual(['TR-BL — Trim, black 2m']);
  });

  it('shows at most 8 options', async () => {
    const many = Array.from({ length: 12 }, (_, i) => option(`BOLT-${i + 1}`, `Bolt ${i + 1}`));
    const { user, sku } = setup({ searchItems: vi.fn(async () => many) });
    await user.click(sku);
    await user.keyboard('bolt');
    await screen.findByRole('option', { name: /BOLT-1 —/ });
    expect(within(screen.getByRole('listbox')).getAllByRole('option')).toHaveLength(8);
  });

  it('renders its inputs disabled', () => {
    render(<LineEntry searchItems={vi.fn()} stockOf={vi.fn()} onAdd={vi.fn()} disabled />);
    expect(screen.getByRole('combobox', { name: 'SKU' })).toBeDisabled();
    expect(screen.getByRole('textbox', { name: 'Qty' })).toBeDisabled();
    expect(screen.getByRole('combobox', { name: 'Status' })).toBeDisabled();
  });
});
