import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { HashRouter } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import idID from 'antd/locale/id_ID';
import dayjs from 'dayjs';
import 'dayjs/locale/id';
// antd's own stylesheet, read once, instead of styles computed in the page for every component at
// first use (zeroRuntime below); the theme's colours still reach it through CSS variables.
import 'antd/dist/antd.css';
import { App } from './App';
import { call } from './api/client';
import { AuthGate } from './components/auth/AuthGate';
import { AUTH_STATUS_KEY } from './components/auth/authStatus';
import { DashboardPage } from './pages/lazyPages';
import { theme } from './theme';

dayjs.locale('id');

const THEME = { ...theme, zeroRuntime: true };

// Desktop app on one machine: data changes only through this window, so no refetch on focus.
const queryClient = new QueryClient({ defaultOptions: { queries: { refetchOnWindowFocus: false, retry: false, staleTime: 30_000 } } });
// Who is signed in is asked before React draws anything: the answer comes while the page renders,
// and the sign-in gate (same key) waits for this call rather than making its own.
void queryClient.prefetchQuery({ queryKey: AUTH_STATUS_KEY, queryFn: () => call('auth:status', {}) });
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
