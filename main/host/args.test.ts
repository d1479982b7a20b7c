import { describe, expect, it } from 'vitest';
import { parseBrowserModeArgs } from './args';

describe('browser mode arguments', () => {
  it('reads --db, --port and --no-open', () => {
    expect(parseBrowserModeArgs(['--db', '/tmp/x.db', '--port', '0', '--no-open'])).toEqual({ db: '/tmp/x.db', port: 0, open: false, createFolder: false, demo: false });
    expect(parseBrowserModeArgs([])).toEqual({ db: undefined, port: 0, open: true, createFolder: true, demo: false });
  });

  it('reads --demo', () => {
    expect(parseBrowserModeArgs(['--db', '/tmp/x.db', '--demo']).demo).toBe(true);
  });

  it('creates a missing folder for the per-user default, but for a given --db only when asked', () => {
    expect(parseBrowserModeArgs(['--db', '/tmp/new/x.db']).createFolder).toBe(false);
    expect(parseBrowserModeArgs(['--db', '/tmp/new/x.db', '--create-folder']).createFolder).toBe(true);
  });

  it('refuses a bad port and unknown flags, saying which', () => {
    expect(() => parseBrowserModeArgs(['--port', '70000'])).toThrow('--port must be a whole number from 0 to 65535, not 70000');
    expect(() => parseBrowserModeArgs(['--colour'])).toThrow(/colour/);
  });
});
