import type { ScreenDef } from '../../app/screen';
import { parsePrintParams } from './printJob';
import { PrintView } from './PrintView';

export const printScreen: ScreenDef = {
  id: 'print',
  label: 'Print',
  path: 'print/:paper/:documents/:start?',
  component: PrintView,
  crumbs: (params) => {
    const { documents } = parsePrintParams(params);
    return [{ label: 'Print' }, { label: documents.length === 1 ? documents[0]! : `${documents.length} sheets` }];
  },
};
