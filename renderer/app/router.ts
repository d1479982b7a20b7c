import { useSyncExternalStore } from 'react';
import type { ScreenDef } from './screen';

/**
 * Hash routes: every screen has an address (`#orders/1040/attachments`), so a screen can be
 * reopened, linked from another and reached with Back/Forward (the browser's own history).
 */
export const currentPath = (): string => decodeURIComponent(window.location.hash.replace(/^#\/?/, ''));

const subscribe = (onChange: () => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

export const usePath = (): string => useSyncExternalStore(subscribe, currentPath);

/** The address of a path, for links: `href={hrefOf('orders/1040')}`. */
export const hrefOf = (path: string): string => `#${path.split('/').map(encodeURIComponent).join('/')}`;

export function navigate(path: string): void {
  const next = hrefOf(path);
  if (window.location.hash !== next) window.location.hash = next;
}

export interface RouteMatch {
  screen: ScreenDef;
  params: Record<string, string>;
}

/** `orders/:order/:tab?` against `orders/1040`: `{ order: '1040' }`. */
export function matchPath(pattern: string, path: string): Record<string, string> | undefined {
  const want = pattern.split('/');
  const got = path === '' ? [] : path.split('/');
  if (got.length > want.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const part = want[i]!;
    const value = got[i];
    const optional = part.endsWith('?');
    if (value === undefined) {
      if (optional) continue;
      return undefined;
    }
    if (part.startsWith(':')) params[part.slice(1).replace(/\?$/, '')] = value;
    else if (part !== value) return undefined;
  }
  return params;
}

export function matchRoute(screens: readonly ScreenDef[], path: string): RouteMatch | undefined {
  for (const screen of screens) {
    const params = matchPath(screen.path, path);
    if (params) return { screen, params };
  }
  return undefined;
}
