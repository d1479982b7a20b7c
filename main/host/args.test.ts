import { describe, expect, it } from 'vitest';
import { parseBrowserModeArgs } from './args';

describe('browser mode arguments', () => {
  it('reads --db, --port and --no-open', () => {
    expect(parseBrowserModeArgs(['--db', '/tmp/x.db', '--port', '0', '--no-open'])).toEqual({ db: '/tmp/x.db', port: 0, open: false });
    expect(parseBrowserModeArgs([])).toEqual({ db: undefined, port: 0, open: true });
  });

  it('refuses a bad port and unknown flags, saying which', () => {
    expect(() => parseBrowserModeArgs(['--port', '70000'])).toThrow('--port must be a whole number from 0 to 65535, not 70000');
    expect(() => parseBrowserModeArgs(['--colour'])).toThrow(/colour/);
  });
});
