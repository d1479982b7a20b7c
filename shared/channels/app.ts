import { z } from 'zod';
import { query } from './define';

export interface AppInfo {
  name: string;
  version: string;
  /** `electron` for the desktop shell, `browser` for browser mode. */
  mode: 'electron' | 'browser';
  databasePath: string;
  schemaVersion: number;
  /** The database file may not be written by this user: it is shown, and every command is refused. */
  readOnly: boolean;
}

export const appChannels = {
  'app:info': query<AppInfo>()(z.strictObject({})),
};
