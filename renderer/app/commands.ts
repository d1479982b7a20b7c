import { useEffect, useRef, useSyncExternalStore } from 'react';

/**
 * Everything a clerk can do by key or from the `.` palette, in one registry: screens register their
 * commands while they are shown, the shell listens for keys once and runs the matching command.
 */
export interface CommandDef {
  id: string;
  /** The name in menus and the palette (the articles' words: `Run Fulfillment`). */
  name: string;
  /** `n`, `/`, `ctrl+p`, `alt+arrowleft`, `escape`. */
  hotkey?: string;
  /** Also fires while the clerk is typing in a field (for keys with a modifier). */
  inFields?: boolean;
  /** Hidden from the palette (a key binding only). */
  hidden?: boolean;
  group?: string;
  when?(): boolean;
  run(): void;
}

const registered = new Map<number, CommandDef[]>();
let nextId = 1;
let version = 0;
const listeners = new Set<() => void>();
const changed = () => {
  version++;
  for (const listener of listeners) listener();
};

/** The commands in force, innermost (latest registered) first. */
export function activeCommands(): CommandDef[] {
  return [...registered.entries()].sort((a, b) => b[0] - a[0]).flatMap(([, defs]) => defs);
}

export function registerCommands(defs: CommandDef[]): () => void {
  const id = nextId++;
  registered.set(id, defs);
  changed();
  return () => {
    registered.delete(id);
    changed();
  };
}

/** Registers a screen's commands while it is mounted; the latest `defs` are always the ones run. */
export function useCommands(defs: CommandDef[]): void {
  const latest = useRef(defs);
  latest.current = defs;
  const ids = defs.map((d) => `${d.id}:${d.hotkey ?? ''}`).join('|');
  useEffect(() => {
    const proxies = latest.current.map((def, i) => ({
      ...def,
      when: () => latest.current[i]?.when?.() ?? true,
      run: () => latest.current[i]?.run(),
      get name() {
        return latest.current[i]?.name ?? def.name;
      },
    }));
    return registerCommands(proxies);
  }, [ids]);
}

export function useActiveCommands(): CommandDef[] {
  useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => version,
  );
  return activeCommands();
}

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** `ctrl+p`, `alt+arrowleft`, `n` */
export function hotkeyOf(event: KeyboardEvent): string {
  const parts: string[] = [];
  if (event.ctrlKey || event.metaKey) parts.push('ctrl');
  if (event.altKey) parts.push('alt');
  if (event.shiftKey && event.key.length > 1) parts.push('shift');
  parts.push(event.key.toLowerCase());
  return parts.join('+');
}

/** The shell's one key listener: the innermost command bound to the key runs. */
export function dispatchKey(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.isComposing) return false;
  const key = hotkeyOf(event);
  const typing = isTyping(event.target);
  // An open dialog (Radix renders one only while open) owns the keyboard: only commands meant to work
  // in fields (with a modifier) still run, so a single key typed in a dialog never acts behind it.
  const modalOpen = document.querySelector('[role="dialog"], [role="alertdialog"]') !== null;
  for (const command of activeCommands()) {
    if (command.hotkey !== key) continue;
    if (typing && !command.inFields) continue;
    if (modalOpen && !command.inFields) continue;
    if (command.when && !command.when()) continue;
    event.preventDefault();
    command.run();
    return true;
  }
  return false;
}

/** The window's one key listener (mounted by the shell): the innermost command bound to a key runs. */
export function useKeyDispatcher(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => void dispatchKey(event);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
