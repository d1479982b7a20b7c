import type { ScreenDef } from '../../app/screen';
import { DocumentScreen } from './DocumentScreen';
import { orderOf } from './lines';

export const documentScreen: ScreenDef = {
  id: 'document',
  label: 'Document',
  path: 'docs/:doc',
  component: DocumentScreen,
  crumbs: (p) => {
    const doc = p.doc ?? '';
    return [{ label: 'Orders', path: 'orders' }, { label: orderOf(doc), path: `orders/${orderOf(doc)}/attachments` }, { label: doc }];
  },
};
