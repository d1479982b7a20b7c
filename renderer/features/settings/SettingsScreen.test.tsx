import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Settings } from '../../../shared/domain/fulfillment';
import { invalid } from '../../../shared/errors';
import { fakeApi } from '../../../test/helpers/fake-api';
import { renderWindow } from '../../../test/helpers/render-window';
import { SettingsScreen } from './SettingsScreen';

describe('the Settings screen', () => {
  it('turns auto-release on receipt off and on, saved at once, with a sentence saying what it does', async () => {
    const user = userEvent.setup();
    let stored: Settings = { autoRelease: true, siteName: '', paperSize: 'letter' };
    const api = fakeApi({
      'settings:get': () => stored,
      'settings:update': (patch) => (stored = { ...stored, ...patch }),
    });
    const { store } = renderWindow(<SettingsScreen />, api);
    const box = await screen.findByRole('checkbox', { name: /Auto-release on receipt/ });
    expect(box).toBeChecked();
    expect(box).toHaveAccessibleName(expect.stringContaining('release the backorders waiting for it'));

    // From the keyboard: Space toggles the focused box.
    box.focus();
    await user.keyboard(' ');
    await waitFor(() => expect(stored.autoRelease).toBe(false));
    // The screen shows what main now says, not just what was clicked.
    await waitFor(() => expect(screen.getByRole('checkbox', { name: /Auto-release on receipt/ })).not.toBeChecked());
    expect(store.getState().toasts.map((t) => t.text)).toEqual(['Auto-release on receipt is off']);
    expect(api.calls.filter((c) => c.channel === 'settings:update').map((c) => c.input)).toEqual([{ autoRelease: false }]);

    await user.click(screen.getByRole('checkbox', { name: /Auto-release on receipt/ }));
    await waitFor(() => expect(screen.getByRole('checkbox', { name: /Auto-release on receipt/ })).toBeChecked());
    expect(stored.autoRelease).toBe(true);
  });

  it('shows a refusal in main’s words and keeps the box as main has it', async () => {
    const user = userEvent.setup();
    const api = fakeApi({
      'settings:get': () => ({ autoRelease: true, siteName: '', paperSize: 'letter' }),
      'settings:update': () => {
        throw new Error('the database is read-only');
      },
    });
    renderWindow(<SettingsScreen />, api);
    await user.click(await screen.findByRole('checkbox', { name: /Auto-release on receipt/ }));
    expect(await screen.findByRole('alert')).toHaveTextContent('the database is read-only');
    expect(screen.getByRole('checkbox', { name: /Auto-release on receipt/ })).toBeChecked();
  });

  it('saves the site name with Enter, shows a refusal under it keeping the text, and the paper size at once', async () => {
    const user = userEvent.setup();
    let stored: Settings = { autoRelease: true, siteName: '', paperSize: 'letter' };
    const api = fakeApi({
      'settings:get': () => stored,
      'settings:update': (patch) => {
        if ((patch.siteName ?? '').length > 80) throw invalid('siteName', 'must be at most 80 characters');
        return (stored = { ...stored, ...patch });
      },
    });
    renderWindow(<SettingsScreen />, api);
    const site = await screen.findByRole('textbox', { name: 'Site name' });
    await user.type(site, 'x'.repeat(81));
    await user.keyboard('{Enter}');
    await waitFor(() => expect(site).toHaveAccessibleDescription('siteName must be at most 80 characters'));
    expect(site).toHaveValue('x'.repeat(81));

    await user.clear(site);
    await user.type(site, 'Harbour Street{Enter}');
    await waitFor(() => expect(stored.siteName).toBe('Harbour Street'));
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Paper size' }), 'a4');
    await waitFor(() => expect(stored.paperSize).toBe('a4'));
    expect(api.calls.filter((c) => c.channel === 'settings:update').map((c) => c.input)).toEqual([
      { siteName: 'x'.repeat(81) },
      { siteName: 'Harbour Street' },
      { paperSize: 'a4' },
    ]);
  });
});
