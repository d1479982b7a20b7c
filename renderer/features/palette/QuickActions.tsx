import { Command } from 'cmdk';
import { useMemo, useState } from 'react';
import { orderNumber } from '../../../shared/domain/orders';
import { activeCommands, useCommands, type CommandDef } from '../../app/commands';
import { navigate } from '../../app/router';
import { screens } from '../../app/screens';
import './QuickActions.css';

interface Entry {
  id: string;
  group: string;
  name: string;
  hotkey?: string;
  run(): void;
}

/** The tables of the app: every screen listed in the sidebar, as "go to" entries. */
const tableEntries = (): Entry[] =>
  screens
    .filter((s) => s.nav)
    .map((s) => ({ id: `go.${s.id}`, group: 'Tables', name: s.label, run: () => navigate(s.navPath ?? s.path) }));

/** The actions in force on the current screen (and the window's own), innermost first, each once. */
function actionEntries(): Entry[] {
  const seen = new Set<string>();
  const entries: Entry[] = [];
  for (const command of activeCommands()) {
    if (command.hidden || seen.has(command.name) || (command.when && !command.when())) continue;
    seen.add(command.name);
    entries.push({ id: command.id, group: 'Actions', name: command.name, hotkey: command.hotkey, run: command.run });
  }
  return entries;
}

/** Asks for an order number in the palette itself (handled in `run`). */
const findOrderEntry: Entry = { id: 'palette.find-order', group: 'Actions', name: 'Find order by number', run: () => undefined };

const hotkeyLabel = (hotkey: string) => hotkey.split('+').map((k) => (k.length === 1 ? k.toUpperCase() : k[0]!.toUpperCase() + k.slice(1))).join('+');

/**
 * Quick Actions: `.` anywhere outside a text field opens a palette over every table and every action
 * that applies now, filtered as the clerk types; Enter runs, Esc closes. Typing an order number
 * offers to open that order. Every entry is also reachable from a menu, a button or the sidebar.
 */
export function QuickActions() {
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState('');
  const [entries, setEntries] = useState<Entry[]>([]);
  // `order`: after "Find order by number", the palette asks only for the number.
  const [mode, setMode] = useState<'all' | 'order'>('all');

  const windowCommands: CommandDef[] = useMemo(
    () => [
      {
        id: 'palette.open',
        name: 'Quick Actions',
        hotkey: '.',
        hidden: true,
        run: () => {
          // What applies is read when the palette opens, from the screen the clerk is on.
          setEntries([...actionEntries(), findOrderEntry, ...tableEntries()]);
          setSearch('');
          setMode('all');
          setOpen(true);
        },
      },
      { id: 'order.new.anywhere', name: 'New order', group: 'Orders', run: () => navigate('orders/new') },
    ],
    [],
  );
  useCommands(windowCommands);

  // Typed text with a digit in it may be an order number (`1040`, `SO-000123`): offer to open it.
  // Words without digits (`Frozen`) are names of tables and actions, never taken for an order.
  const asOrder = mode === 'order' || /\d/.test(search) ? orderNumber.safeParse(search.trim()) : ({ success: false } as const);
  const run = (entry: { id?: string; run(): void }) => {
    if (entry.id === findOrderEntry.id) {
      setMode('order');
      setSearch('');
      return;
    }
    setOpen(false);
    // Let the palette close and give focus back before the action opens a dialog or moves focus.
    requestAnimationFrame(() => entry.run());
  };

  return (
    <Command.Dialog
      open={open}
      onOpenChange={setOpen}
      label="Quick Actions"
      overlayClassName="dialog-overlay"
      contentClassName="quick-actions"
      loop
    >
      <Command.Input
        className="quick-actions__input"
        value={search}
        onValueChange={setSearch}
        aria-label={mode === 'order' ? 'Order number' : 'Quick Actions'}
        placeholder={mode === 'order' ? 'Order number, then Enter' : 'Type an action, a table or an order number…'}
      />
      <Command.List className="quick-actions__list">
        <Command.Empty className="quick-actions__empty">{mode === 'order' ? 'Type the order number.' : `Nothing matches “${search}”.`}</Command.Empty>
        {(mode === 'order' ? [] : ['Actions', 'Tables']).map((group) => (
          <Command.Group key={group} heading={group}>
            {entries
              .filter((e) => e.group === group)
              .map((entry) => (
                <Command.Item key={entry.id} value={`${entry.group} ${entry.name}`} onSelect={() => run(entry)} className="quick-actions__item">
                  <span>{entry.name}</span>
                  {entry.hotkey ? <kbd>{hotkeyLabel(entry.hotkey)}</kbd> : null}
                </Command.Item>
              ))}
          </Command.Group>
        ))}
        {asOrder.success && search.trim() !== '' ? (
          <Command.Group heading="Find order by number">
            <Command.Item value={`open order ${asOrder.data}`} keywords={[asOrder.data]} onSelect={() => run({ run: () => navigate(`orders/${asOrder.data}`) })} className="quick-actions__item">
              Open order {asOrder.data}
            </Command.Item>
          </Command.Group>
        ) : null}
      </Command.List>
    </Command.Dialog>
  );
}
