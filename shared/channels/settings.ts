import { z } from 'zod';
import type { Settings } from '../domain/fulfillment';
import { SettingsInput } from '../domain/fulfillment';
import { command, query } from './define';

export const settingsChannels = {
  'settings:get': query<Settings>('settings')(z.strictObject({})),
  'settings:update': command<Settings>('settings')(SettingsInput),
};
