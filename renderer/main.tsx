import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectApi } from './api';
import { AppShell } from './features/shell/AppShell';
import { createAppStore, StoreProvider } from './store';
import './styles/app.css';

const api = connectApi();
const store = createAppStore(api);

// Another window changed data: refresh what this one shows. (Changes this window makes refresh it directly.)
api.on('data:changed', () => void store.getState().loadItems());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StoreProvider store={store}>
      <AppShell />
    </StoreProvider>
  </StrictMode>,
);
