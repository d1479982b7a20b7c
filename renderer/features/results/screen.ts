import type { ScreenDef } from '../../app/screen';
import { ResultsScreen } from './ResultsScreen';

export const resultsScreen: ScreenDef = {
  id: 'results',
  label: 'Fulfillment Results',
  path: 'results',
  nav: { section: 'Orders', sub: true },
  component: ResultsScreen,
  crumbs: () => [{ label: 'Orders', path: 'orders' }, { label: 'Fulfillment Results' }],
};
