import type { ScreenDef } from '../../app/screen';
import { SettingsScreen } from './SettingsScreen';

export const settingsScreen: ScreenDef = { id: 'settings', label: 'Settings', path: 'settings', nav: { section: 'Settings' }, component: SettingsScreen };
