import type { ComponentType } from 'react';

/** One step of the breadcrumb: a label, and the address it links to (none for the current screen). */
export interface Crumb {
  label: string;
  path?: string;
}

/**
 * One screen of the app. The sidebar, the hash router, the breadcrumb and the window title are all
 * drawn from the list of these in `screens.ts`: a new screen is its folder plus one line there.
 */
export interface ScreenDef {
  id: string;
  /** The name in the sidebar and the first crumb. */
  label: string;
  /** Address pattern: `orders`, `orders/:order/:tab?`. */
  path: string;
  /** Where the screen sits in the sidebar: a section, or a view under a section. Absent: not listed. */
  nav?: { section: string; sub?: boolean };
  /** The address the sidebar opens (defaults to `path`). */
  navPath?: string;
  component: ComponentType<{ params: Record<string, string> }>;
  /** The breadcrumb (defaults to the label); the last crumb is the current screen. */
  crumbs?(params: Record<string, string>): Crumb[];
}
