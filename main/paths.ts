import { homedir } from 'node:os';
import { join } from 'node:path';

export const DATABASE_FILE = 'stockdesk.db';

/**
 * The per-user data folder, the same one Electron's `app.getPath('userData')` gives for an app
 * named Stockdesk, so that the desktop app and browser mode share one database.
 */
export function userDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  const name = 'Stockdesk';
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), name);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', name);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), name);
}

export const defaultDatabasePath = (): string => join(userDataDir(), DATABASE_FILE);
