import { useQuery } from '@tanstack/react-query';
import { call } from '../../api/client';

export const AUTH_STATUS_KEY = ['auth:status'] as const;

// Polled so that a session main locked for inactivity shows the lock screen without a click.
export const useAuthStatus = () =>
  useQuery({ queryKey: AUTH_STATUS_KEY, queryFn: () => call('auth:status', {}), refetchInterval: 30_000, staleTime: 0 });
