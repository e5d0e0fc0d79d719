import { useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import { useAppEvent } from '../../api/events';
import { AUTH_STATUS_KEY } from './authStatusKey';

export { AUTH_STATUS_KEY };

// Main pushes 'auth:changed' when it locks the session for inactivity: the lock screen shows without a click.
export const useAuthStatus = () => {
  const client = useQueryClient();
  useAppEvent('auth:changed', () => void client.invalidateQueries({ queryKey: AUTH_STATUS_KEY }));
  return useQuery({ queryKey: AUTH_STATUS_KEY, queryFn: () => call('auth:status', {}), staleTime: 0 });
};
