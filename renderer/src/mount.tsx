import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter } from 'react-router';
import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import idID from 'antd/locale/id_ID';
import dayjs from 'dayjs';
import 'dayjs/locale/id';
import { App } from './App';
import { queryClient } from './api/queryClient';
import { AuthGate } from './components/auth/AuthGate';
import { DashboardPage } from './pages/lazyPages';
import { theme } from './theme';

dayjs.locale('id');

const THEME = { ...theme, zeroRuntime: true };

// The app opens on the dashboard: its code and the charts load meanwhile, not after the sign-in check.
if (['', '#', '#/'].includes(window.location.hash)) void DashboardPage.preload();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ConfigProvider locale={idID} theme={THEME}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <HashRouter>
            <AuthGate>
              <App />
            </AuthGate>
          </HashRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
