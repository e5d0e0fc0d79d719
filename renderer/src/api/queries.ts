import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Channel, InputOf } from '../../../shared/contract';
import { CORE_READ_CHANNELS } from '../../../shared/contract/channels';
import { call } from './client';

export const keys = {
  appInfo: ['app:info'] as const,
  stats: ['stats:summary'] as const,
  umkmList: (q: InputOf<'umkm:list'>) => ['umkm:list', q] as const,
  umkm: (id: number) => ['umkm:get', id] as const,
  komunitasList: (q: InputOf<'komunitas:list'>) => ['komunitas:list', q] as const,
  komunitas: (id: number) => ['komunitas:get', id] as const,
  mitraList: (q: InputOf<'mitra:list'>) => ['mitra:list', q] as const,
  mitra: (id: number) => ['mitra:get', id] as const,
  suggest: (q: InputOf<'mitra:suggest'>) => ['mitra:suggest', q] as const,
  kemitraanList: (q: InputOf<'kemitraan:list'>) => ['kemitraan:list', q] as const,
  kemitraan: (id: number) => ['kemitraan:get', id] as const,
  kegiatanList: ['kegiatan:list'] as const,
  kegiatan: (id: number) => ['kegiatan:get', id] as const,
  timeline: (umkmId: number) => ['progress:timeline', umkmId] as const,
  report: (q: InputOf<'progress:report'>) => ['progress:report', q] as const,
  reportList: (q: InputOf<'progress:reportList'>) => ['progress:reportList', q] as const,
  overview: ['progress:overview'] as const,
};

export const useAppInfo = () => useQuery({ queryKey: keys.appInfo, queryFn: () => call('app:info', {}) });
export const useStats = () => useQuery({ queryKey: keys.stats, queryFn: () => call('stats:summary', {}) });

/** The previous page stays on screen while the next answer comes, so typing never flickers. */
export const useUmkmList = (q: InputOf<'umkm:list'>, enabled = true) =>
  useQuery({ queryKey: keys.umkmList(q), queryFn: () => call('umkm:list', q), placeholderData: keepPreviousData, enabled });

export const useUmkm = (id: number) => useQuery({ queryKey: keys.umkm(id), queryFn: () => call('umkm:get', { id }), enabled: id > 0 });

export const useKomunitasList = (q: InputOf<'komunitas:list'>) =>
  useQuery({ queryKey: keys.komunitasList(q), queryFn: () => call('komunitas:list', q), placeholderData: keepPreviousData });
export const useKomunitas = (id: number) =>
  useQuery({ queryKey: keys.komunitas(id), queryFn: () => call('komunitas:get', { id }), enabled: id > 0 });

export const useMitraList = (q: InputOf<'mitra:list'>) =>
  useQuery({ queryKey: keys.mitraList(q), queryFn: () => call('mitra:list', q), placeholderData: keepPreviousData });
export const useMitra = (id: number) => useQuery({ queryKey: keys.mitra(id), queryFn: () => call('mitra:get', { id }), enabled: id > 0 });
export const useSuggestions = (q: InputOf<'mitra:suggest'>, enabled: boolean) =>
  useQuery({ queryKey: keys.suggest(q), queryFn: () => call('mitra:suggest', q), enabled });

export const useKemitraanList = (q: InputOf<'kemitraan:list'>, enabled = true) =>
  useQuery({ queryKey: keys.kemitraanList(q), queryFn: () => call('kemitraan:list', q), placeholderData: keepPreviousData, enabled });
export const useKemitraan = (id: number) =>
  useQuery({ queryKey: keys.kemitraan(id), queryFn: () => call('kemitraan:get', { id }), enabled: id > 0 });

export const useKegiatanList = () => useQuery({ queryKey: keys.kegiatanList, queryFn: () => call('kegiatan:list', {}) });
export const useKegiatan = (id: number) => useQuery({ queryKey: keys.kegiatan(id), queryFn: () => call('kegiatan:get', { id }), enabled: id > 0 });

export const useTimeline = (umkmId: number) =>
  useQuery({ queryKey: keys.timeline(umkmId), queryFn: () => call('progress:timeline', { id: umkmId }), enabled: umkmId > 0 });
export const useProgressReport = (q: InputOf<'progress:report'>) =>
  useQuery({ queryKey: keys.report(q), queryFn: () => call('progress:report', q), placeholderData: keepPreviousData });
export const useProgressList = (q: InputOf<'progress:reportList'>, enabled = true) =>
  useQuery({ queryKey: keys.reportList(q), queryFn: () => call('progress:reportList', q), placeholderData: keepPreviousData, enabled });
export const useProgressOverview = () => useQuery({ queryKey: keys.overview, queryFn: () => call('progress:overview', {}) });

/**
 * Every read a write can change: a member added changes the community, its counts, the meeting's
 * expected attendance and the suggestions; an agreement changes the partner's counts and the stats.
 * A class record changes the UMKM's class (and so the registry, the stats and the suggestions),
 * its timeline and every progress figure; an agreement changes the support shown under a move.
 */
const READS: readonly Channel[] = CORE_READ_CHANNELS;

/** Any write may change lists, counts and the record itself. */
export function useInvalidateRegistry() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ predicate: (q) => (READS as readonly string[]).includes(String(q.queryKey[0])) });
}

export function useRegistryMutation<I, O>(fn: (input: I) => Promise<O>) {
  const invalidate = useInvalidateRegistry();
  return useMutation({ mutationFn: fn, onSuccess: () => invalidate() });
}
