import * as RadixTabs from '@radix-ui/react-tabs';
import type { ReactNode } from 'react';

export interface TabDef {
  id: string;
  label: string;
  /** A count beside the label (`Attachments (2)`). */
  count?: number;
  content: ReactNode;
}

/** Tabs (Radix: arrow keys between tabs, the panel labelled by its tab). The value is the address's. */
export function Tabs({ tabs, value, onValueChange, label }: { tabs: TabDef[]; value: string; onValueChange(id: string): void; label: string }) {
  return (
    <RadixTabs.Root className="tabs" value={value} onValueChange={onValueChange} activationMode="manual">
      <RadixTabs.List className="tabs__list" aria-label={label}>
        {tabs.map((tab) => (
          <RadixTabs.Trigger key={tab.id} value={tab.id} className="tabs__trigger">
            {tab.label}
            {tab.count !== undefined ? <span className="tabs__count">({tab.count})</span> : null}
          </RadixTabs.Trigger>
        ))}
      </RadixTabs.List>
      {tabs.map((tab) => (
        <RadixTabs.Content key={tab.id} value={tab.id} className="tabs__content">
          {tab.content}
        </RadixTabs.Content>
      ))}
    </RadixTabs.Root>
  );
}
