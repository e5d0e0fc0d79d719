import { useEffect, type ReactNode } from 'react';
import { Flex, Spin } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { onAuthError } from '../../api/client';
import { LoadError } from '../LoadError';
import { LoginPage } from '../../pages/LoginPage';
import { SetupPage } from '../../pages/SetupPage';
import { AUTH_STATUS_KEY, useAuthStatus } from './authStatus';
import { LockScreen } from './LockScreen';

/**
 * Nothing of the app shows before someone is signed in: first start asks for the admin, then the
 * sign-in, and a locked session shows the lock screen. Main refuses the calls anyway.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const qc = useQueryClient();
  const status = useAuthStatus();
  // Any call main refused for the session (ended, locked) brings the right screen at once.
  useEffect(() => onAuthError(() => void qc.invalidateQueries({ queryKey: AUTH_STATUS_KEY })), [qc]);

  if (status.isPending) {
    return (
      <Flex justify="center" align="center" style={{ minHeight: '100vh' }}>
        <Spin />
      </Flex>
    );
  }
  if (status.isError) return <LoadError error={status.error} onRetry={() => void status.refetch()} />;
  const s = status.data;
  if (s.needsSetup) return <SetupPage />;
  if (!s.user) return <LoginPage />;
  if (s.locked) return <LockScreen user={s.user} />;
  return <>{children}</>;
}
