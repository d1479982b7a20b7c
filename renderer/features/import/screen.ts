import type { ScreenDef } from '../../app/screen';
import { ImportScreen } from './ImportScreen';

export const importScreen: ScreenDef = { id: 'import', label: 'Import', path: 'import', nav: { section: 'Import' }, component: ImportScreen };
