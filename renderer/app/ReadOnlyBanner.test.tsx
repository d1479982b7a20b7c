import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AppInfo } from '../../shared/channels/app';
import { fakeApi } from '../../test/helpers/fake-api';
import { renderWindow } from '../../test/helpers/render-window';
import { ReadOnlyBanner } from './ReadOnlyBanner';

const info = (readOnly: boolean): AppInfo => ({
  name: 'Stockdesk',
  version: '0.1.0',
  mode: 'browser',
  databasePath: '/srv/desk/stockdesk.db',
  schemaVersion: 6,
  readOnly,
});

/** The banner in a window whose app:info (loaded as the shell loads it) says `readOnly`. */
async function renderBanner(readOnly: boolean) {
  const { store } = renderWindow(<ReadOnlyBanner />, fakeApi({ 'app:info': () => info(readOnly) }));
  await act(() => store.getState().loadAppInfo());
}

describe('the read-only banner', () => {
  it('says the database is read-only, which file, and what to do', async () => {
    await renderBanner(true);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Read only. You can look at everything, but nothing can be saved: this user may not write to /srv/desk/stockdesk.db. Ask for write access to it, then start Stockdesk again.',
    );
  });

  it('is not there when the database can be written', async () => {
    await renderBanner(false);
    expect(screen.queryByRole('status')).toBeNull();
  });
});
