import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { InputOf } from '../../../shared/contract';
import { call } from './client';

export const keys = {
  appInfo: ['app:info'] as const,
  stats: ['stats:summary'] as const,
  umkmList: (q: InputOf<'umkm:list'>) => ['umkm:list', q] as const,
  umkm: (id: number) => ['umkm:get', id] as const,
};

export const useAppInfo = () => useQuery({ queryKey: keys.appInfo, queryFn: () => call('app:info', {}) });
export const useStats = () => useQuery({ queryKey: keys.stats, queryFn: () => call('stats:summary', {}) });

/** The previous page stays on screen while the next answer comes, so typing never flickers. */
export const useUmkmList = (q: InputOf<'umkm:list'>) =>
  useQuery({ queryKey: keys.umkmList(q), queryFn: () => call('umkm:list', q), placeholderData: keepPreviousData });

export const useUmkm = (id: number) => useQuery({ queryKey: keys.umkm(id), queryFn: () => call('umkm:get', { id }), enabled: id > 0 });

/** Any write may change lists, counts and the record itself. */
export function useInvalidateRegistry() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ predicate: (q) => ['umkm:list', 'umkm:get', 'stats:summary', 'app:info'].includes(String(q.queryKey[0])) });
}

export function useRegistryMutation<I, O>(fn: (input: I) => Promise<O>) {
  const invalidate = useInvalidateRegistry();
  return useMutation({ mutationFn: fn, onSuccess: () => invalidate() });
}
