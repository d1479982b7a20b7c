import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectApi } from './api';
import { AppShell } from './app/AppShell';
import { bootWindow } from './app/boot';
import { Providers } from './app/Providers';
import './styles/tokens.css';
import './styles/base.css';

const { api, queryClient, store } = bootWindow(connectApi());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Providers api={api} queryClient={queryClient} store={store}>
      <AppShell />
    </Providers>
  </StrictMode>,
);
