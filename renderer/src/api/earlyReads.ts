import type { QueryClient } from '@tanstack/react-query';
import type { OutputOf } from '../../../shared/contract';
import { AUTH_STATUS_KEY } from '../components/auth/authStatusKey';
import { registryQuery } from '../pages/registryQuery';
import { ApiError, call } from './client';
import { readKey } from './readKey';
import { invoke } from './transport';

/**
 * The first screen's questions to main, asked before React and the UI library have loaded (this
 * module and what it imports are all the page evaluates first, see main.tsx): who is signed in,
 * and, when the app opens on the registry, its first page. The answers wait in the query cache
 * under the keys the sign-in gate and the registry ask with, so the registry's first drawing has
 * its rows, or they are on their way.
 */
export function startEarlyReads(client: QueryClient, hash: string): void {
  const status = client.prefetchQuery({ queryKey: AUTH_STATUS_KEY, queryFn: () => call('auth:status', {}) });
  const input = registryAt(hash);
  if (!input) return;
  const key = readKey('umkm:list', input);
  // Beside auth:status, not after it: in a browser the page's files would otherwise hold the
  // connections. Main refuses it to a tab nobody is signed in on (or one locked); that refusal is
  // dropped quietly, not reported as an ended session, and the registry asks again once it shows.
  const answer = invoke('umkm:list', input);
  void client.prefetchQuery({
    queryKey: key,
    queryFn: async () => {
      const result = await answer;
      if (!result.ok) throw new ApiError(result.error);
      return result.value as OutputOf<'umkm:list'>;
    },
  });
  void status.then(() => {
    const s = client.getQueryData<OutputOf<'auth:status'>>(AUTH_STATUS_KEY);
    if (!s?.user || s.locked || s.needsSetup) client.removeQueries({ queryKey: key, exact: true });
  });
}

/**
 * The registry's first question when the app opens on it (#/umkm, with or without filters), else
 * none. A sort in the URL is left to the page: it checks it against the contract's list, whose
 * schemas are not loaded yet.
 */
function registryAt(hash: string) {
  const [path, search] = hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(search);
  return path === '/umkm' && !params.has('sort') ? registryQuery(params, undefined) : undefined;
}
