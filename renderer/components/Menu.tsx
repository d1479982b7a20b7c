import * as RadixMenu from '@radix-ui/react-dropdown-menu';
import type { ReactNode } from 'react';

export interface MenuAction {
  label: string;
  /** The key shown beside the action. */
  hotkey?: string;
  disabled?: boolean;
  /** Why it is disabled, read beside it. */
  hint?: string;
  run(): void;
}

/** A menu button (Radix: arrow keys, type-ahead, Esc) such as the list's **Actions** menu. */
export function Menu({ label, actions, children }: { label: string; actions: MenuAction[]; children?: ReactNode }) {
  return (
    <RadixMenu.Root>
      <RadixMenu.Trigger className="button">
        {children ?? label} <span aria-hidden="true">▾</span>
      </RadixMenu.Trigger>
      <RadixMenu.Portal>
        <RadixMenu.Content className="menu" align="end" sideOffset={4}>
          {actions.map((action) => (
            <RadixMenu.Item key={action.label} className="menu__item" disabled={action.disabled} onSelect={() => action.run()}>
              <span>{action.label}</span>
              {action.hint ? <span className="muted">{action.hint}</span> : action.hotkey ? <kbd>{action.hotkey}</kbd> : null}
            </RadixMenu.Item>
          ))}
        </RadixMenu.Content>
      </RadixMenu.Portal>
    </RadixMenu.Root>
  );
}
