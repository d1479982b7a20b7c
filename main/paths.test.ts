import { describe, expect, it } from 'vitest';
import { userDataDir } from './paths';

describe('the per-user data folder (Electron userData for an app named Stockdesk)', () => {
  it('follows each platform’s convention', () => {
    expect(userDataDir('linux', {}, '/home/ann')).toBe('/home/ann/.config/Stockdesk');
    expect(userDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/ann')).toBe('/cfg/Stockdesk');
    expect(userDataDir('darwin', {}, '/Users/ann')).toBe('/Users/ann/Library/Application Support/Stockdesk');
    expect(userDataDir('win32', { APPDATA: 'C:/Users/ann/AppData/Roaming' }, 'C:/Users/ann')).toMatch(/AppData[\\/]Roaming[\\/]Stockdesk$/);
  });
});
