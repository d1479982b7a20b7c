import { useRef } from 'react';
import { useCommands } from '../app/commands';

/**
 * A list screen's search box: `/` focuses it (registered as the screen's command), Esc clears it.
 * The list follows the typed text through `useDeferredValue` in the screen, so typing never waits.
 */
export function SearchBox({ label, placeholder, value, onChange }: { label: string; placeholder: string; value: string; onChange(value: string): void }) {
  const input = useRef<HTMLInputElement>(null);
  useCommands([{ id: `search:${label}`, name: label, hotkey: '/', hidden: true, run: () => input.current?.focus() }]);
  return (
    <div className="search">
      <input
        ref={input}
        className="input"
        type="search"
        aria-label={label}
        placeholder={placeholder}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => e.key === 'Escape' && value !== '' && (e.stopPropagation(), onChange(''))}
      />
      <kbd>/</kbd>
    </div>
  );
}

/** A list screen's title with its count (`5 orders · 1 selected`), read out when it changes. */
export function ListTitle({ title, count }: { title: string; count: string }) {
  return (
    <div className="screen__title">
      <h1>{title}</h1>
      <p className="screen__sub" aria-live="polite">
        {count}
      </p>
    </div>
  );
}

/** `1,204 orders matching “acme”`, or `Loading…` before the first page. */
export const countLabel = (loaded: boolean, total: number, one: string, many: string, search: string): string =>
  loaded ? `${total.toLocaleString()} ${total === 1 ? one : many}${search ? ` matching “${search}”` : ''}` : 'Loading…';
