import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { StockPicture } from '../../../shared/domain/inventory';
import { LINE_STATUSES, type LineStatus } from '../../../shared/domain/orders';
import { previewBar, StockBar } from './StockBar';
import './LineEntry.css';

export interface ItemOption {
  sku: string;
  description: string;
  unit: string;
  active: boolean;
}

export type LineEntryField = 'sku' | 'qty' | 'status';

export type AddLineResult = { ok: true } | { ok: false; field?: LineEntryField; message: string };

export interface LineEntryProps {
  /** Completion source over sku and description. */
  searchItems(query: string): Promise<ItemOption[]>;
  /** Fetched once when a sku is chosen or typed exactly; never per keystroke of the quantity. */
  stockOf(sku: string): Promise<StockPicture | undefined>;
  onAdd(line: { sku: string; qty: number; status: LineStatus }): Promise<AddLineResult>;
  disabled?: boolean;
}

/** Long enough to skip the keystrokes of a typing clerk, short enough to feel immediate. */
export const SEARCH_DEBOUNCE_MS = 120;
const MAX_OPTIONS = 8;
const DEFAULT_STATUS: LineStatus = 'Warehouse Pick';
/** The engine's own words for a bad quantity, so the clerk reads the same refusal either way. */
export const QTY_REFUSAL = 'qty must be a whole number above 0';

/** A whole number above 0, or null. Digits only: `1e3`, `2.0` and `-1` are not what a clerk means. */
function parseQty(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d+$/.test(trimmed)) return null;
  const qty = Number(trimmed);
  return qty > 0 && Number.isSafeInteger(qty) ? qty : null;
}

const sameSku = (a: string, b: string) => a.trim().toUpperCase() === b.trim().toUpperCase();

interface Refusal {
  field?: LineEntryField;
  message: string;
}

/**
 * The keyboard-first "add a line" row under the bill of material: SKU (with completion), Tab, Qty,
 * Tab, Status, Enter. While the quantity is typed, a preview status bar shows whether stock covers it.
 */
export function LineEntry({ searchItems, stockOf, onAdd, disabled = false }: LineEntryProps) {
  const id = useId();
  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const noteId = (field: LineEntryField | 'row') => `${id}-${field}-note`;

  const [sku, setSku] = useState('');
  const [qty, setQty] = useState('');
  const [status, setStatus] = useState<LineStatus>(DEFAULT_STATUS);
  const [options, setOptions] = useState<ItemOption[]>([]);
  const [open, setOpen] = useState(false);
  /** The highlighted option; -1 until the clerk moves into the list (ARIA list autocomplete). */
  const [active, setActive] = useState(-1);
  /** The item the typed sku names, once picked or matched exactly. */
  const [chosen, setChosen] = useState<ItemOption | null>(null);
  const [picture, setPicture] = useState<StockPicture | undefined>(undefined);
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  const skuRef = useRef<HTMLInputElement>(null);
  const qtyRef = useRef<HTMLInputElement>(null);
  const statusRef = useRef<HTMLSelectElement>(null);
  const searchTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  // Every search and stock request takes a ticket; only the answer to the latest ticket is used,
  // so a slow older answer never replaces a newer one.
  const searchTicket = useRef(0);
  const stockTicket = useRef(0);
  /** The sku whose stock picture is loaded or loading, upper case; avoids fetching it twice. */
  const stockFor = useRef<string | null>(null);
  const submitting = useRef(false);

  // Unmounting drops pending timers and answers.
  useEffect(
    () => () => {
      clearTimeout(searchTimer.current);
      searchTicket.current++;
      stockTicket.current++;
    },
    [],
  );

  function loadStock(item: string) {
    const key = item.trim().toUpperCase();
    if (stockFor.current === key) return;
    stockFor.current = key;
    const ticket = ++stockTicket.current;
    setPicture(undefined);
    stockOf(item).then(
      (found) => ticket === stockTicket.current && setPicture(found),
      () => ticket === stockTicket.current && setPicture(undefined),
    );
  }

  function forgetStock() {
    stockFor.current = null;
    stockTicket.current++;
    setPicture(undefined);
  }

  function cancelSearch() {
    clearTimeout(searchTimer.current);
    searchTicket.current++;
  }

  function closeList() {
    setOpen(false);
    setActive(-1);
  }

  function scheduleSearch(text: string) {
    cancelSearch();
    const query = text.trim();
    if (!query) {
      setOptions([]);
      closeList();
      return;
    }
    const ticket = searchTicket.current;
    searchTimer.current = setTimeout(() => {
      searchItems(query).then(
        (found) => {
          if (ticket !== searchTicket.current) return;
          const shown = found.slice(0, MAX_OPTIONS);
          setOptions(shown);
          setActive(-1);
          // An answer that lands after the clerk has tabbed on must not pop a list over the next cell.
          setOpen(shown.length > 0 && document.activeElement === skuRef.current);
          const exact = shown.find((option) => sameSku(option.sku, query));
          if (exact) {
            setChosen(exact);
            loadStock(exact.sku);
          }
        },
        () => ticket === searchTicket.current && closeList(),
      );
    }, SEARCH_DEBOUNCE_MS);
  }

  function pick(option: ItemOption) {
    cancelSearch();
    setSku(option.sku);
    setChosen(option);
    closeList();
    clearRefusal('sku');
    loadStock(option.sku);
  }

  function clearRefusal(field: LineEntryField) {
    setRefusal((current) => (current && (current.field === field || !current.field) ? null : current));
  }

  function changeSku(text: string) {
    setSku(text);
    clearRefusal('sku');
    // A different sku than the one whose stock is shown: the picture no longer applies.
    if (stockFor.current !== null && !sameSku(stockFor.current, text)) {
      forgetStock();
      setChosen(null);
    }
    scheduleSearch(text);
  }

  function focusField(field: LineEntryField) {
    const ref = field === 'sku' ? skuRef : field === 'qty' ? qtyRef : statusRef;
    ref.current?.focus();
  }

  async function submit() {
    if (submitting.current) return;
    const amount = parseQty(qty);
    if (amount === null) {
      // The one check made here: the line's type needs a number, so a non-number never reaches the engine.
      setRefusal({ field: 'qty', message: QTY_REFUSAL });
      focusField('qty');
      return;
    }
    submitting.current = true;
    cancelSearch();
    closeList();
    try {
      const result = await onAdd({ sku: sku.trim(), qty: amount, status });
      if (result.ok) {
        reset();
        focusField('sku');
      } else {
        // Keep what was typed: the clerk corrects the refused field and presses Enter again.
        setRefusal({ field: result.field, message: result.message });
        focusField(result.field ?? 'sku');
      }
    } catch (error) {
      setRefusal({ message: error instanceof Error ? error.message : String(error) });
    } finally {
      submitting.current = false;
    }
  }

  function reset() {
    setSku('');
    setQty('');
    setStatus(DEFAULT_STATUS);
    setOptions([]);
    closeList();
    setChosen(null);
    setRefusal(null);
    forgetStock();
  }

  function onSkuKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = options.length;
    switch (event.key) {
      case 'ArrowDown':
        if (count === 0) return;
        event.preventDefault();
        setOpen(true);
        setActive((index) => (open ? (index + 1) % count : 0));
        return;
      case 'ArrowUp':
        if (count === 0) return;
        event.preventDefault();
        setOpen(true);
        setActive((index) => (open && index > 0 ? index - 1 : count - 1));
        return;
      case 'Enter': {
        event.preventDefault();
        if (!open) {
          void submit();
          return;
        }
        // With the list open, Enter chooses and never submits: the clerk still has a quantity to type.
        const choice = options[active] ?? options.find((option) => sameSku(option.sku, sku));
        if (choice) pick(choice);
        else closeList();
        return;
      }
      case 'Tab': {
        // Tab accepts the highlighted sku and, not prevented, moves on to Qty.
        const choice = open ? options[active] : undefined;
        if (choice) pick(choice);
        else closeList();
        return;
      }
      case 'Escape':
        if (!open) return; // Let the screen use Esc (back) when there is no list to close.
        event.preventDefault();
        event.stopPropagation();
        closeList();
        return;
    }
  }

  function submitOnEnter(event: KeyboardEvent<HTMLElement>) {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    void submit();
  }

  const amount = parseQty(qty);
  const errorFor = (field: LineEntryField) => (refusal?.field === field ? refusal.message : undefined);
  const fieldProps = (field: LineEntryField) => ({
    'aria-invalid': errorFor(field) !== undefined,
    'aria-describedby': errorFor(field) !== undefined ? noteId(field) : undefined,
  });
  const note = (field: LineEntryField) =>
    errorFor(field) !== undefined ? (
      <p id={noteId(field)} className="line-entry__error" role="alert">
        {errorFor(field)}
      </p>
    ) : null;

  return (
    <div className="line-entry">
      <div className="line-entry__row">
        <span className="line-entry__marker" aria-hidden="true">
          +
        </span>

        <div className="line-entry__cell line-entry__cell--sku">
          <input
            ref={skuRef}
            className="line-entry__input"
            type="text"
            role="combobox"
            aria-label="SKU"
            aria-autocomplete="list"
            aria-expanded={open}
            aria-controls={listId}
            aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
            autoComplete="off"
            spellCheck={false}
            placeholder="sku"
            value={sku}
            disabled={disabled}
            onChange={(event) => changeSku(event.target.value)}
            onKeyDown={onSkuKeyDown}
            onBlur={closeList}
            {...fieldProps('sku')}
          />
          {/* Always in the DOM so aria-controls names a real element; hidden while closed. */}
          <ul id={listId} role="listbox" aria-label="Items" className="line-entry__list" hidden={!open}>
            {options.map((option, index) => (
              <li
                key={option.sku}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                className={`line-entry__option${index === active ? ' line-entry__option--active' : ''}${option.active ? '' : ' line-entry__option--inactive'}`}
                // Keep focus in the input when the mouse picks; the keyboard is the main road.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => pick(option)}
              >
                <span className="line-entry__option-sku">{option.sku}</span> — {option.description}
                {option.active ? null : <span className="line-entry__flag"> inactive</span>}
              </li>
            ))}
          </ul>
          {note('sku')}
        </div>

        <div className="line-entry__cell line-entry__cell--qty">
          {/* Text with a numeric keyboard, not type=number: that one hides what was typed when it is
              not a number, and its arrow keys change the quantity behind the clerk's back. */}
          <input
            ref={qtyRef}
            className="line-entry__input line-entry__input--qty"
            type="text"
            inputMode="numeric"
            aria-label="Qty"
            autoComplete="off"
            placeholder="qty"
            value={qty}
            disabled={disabled}
            onChange={(event) => {
              setQty(event.target.value);
              clearRefusal('qty');
            }}
            onKeyDown={submitOnEnter}
            {...fieldProps('qty')}
          />
          {note('qty')}
        </div>

        <div className="line-entry__cell line-entry__cell--status">
          <select
            ref={statusRef}
            className="line-entry__input"
            aria-label="Status"
            value={status}
            disabled={disabled}
            onChange={(event) => {
              setStatus(event.target.value as LineStatus);
              clearRefusal('status');
            }}
            onKeyDown={submitOnEnter}
            {...fieldProps('status')}
          >
            {LINE_STATUSES.map((value) => (
              <option key={value} value={value}>
                {value}
              </option>
            ))}
          </select>
          {note('status')}
        </div>

        <div className="line-entry__hint">
          {refusal && !refusal.field ? (
            <span className="line-entry__error" role="alert">
              {refusal.message}
            </span>
          ) : (
            <>
              {chosen && !chosen.active ? <span className="line-entry__flag">inactive item · </span> : null}
              {picture ? `${Math.max(picture.free, 0)} free now` : null}
            </>
          )}
        </div>
      </div>

      {/* Recomputed from the one picture on every keystroke of Qty: no call per keystroke. */}
      {picture && amount !== null ? (
        <div className="line-entry__preview">
          <StockBar stock={previewBar(picture, amount)} forThisLine={0} compact />
        </div>
      ) : null}
    </div>
  );
}
