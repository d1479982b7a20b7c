import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { ApiClient } from '../../renderer/api';
import { bootWindow } from '../../renderer/app/boot';
import { useKeyDispatcher } from '../../renderer/app/commands';
import { Providers } from '../../renderer/app/Providers';

function Keys() {
  useKeyDispatcher();
  return null;
}

/**
 * Renders a screen inside a window wired exactly as main.tsx wires one (api with local change
 * events, query cache, UI store, the one key listener), over a fake api.
 * `changes.publish` plays main's `data:changed` event from another window.
 */
export function renderWindow(ui: ReactNode, api: ApiClient) {
  const booted = bootWindow(api);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <Providers api={booted.api} queryClient={booted.queryClient} store={booted.store}>
      <Keys />
      {children}
    </Providers>
  );
  return { ...render(ui, { wrapper }), ...booted };
}
