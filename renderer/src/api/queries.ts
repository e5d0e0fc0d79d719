import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { REFRESHED_READS, type Channel, type InputOf } from '../../../shared/contract';
import { call } from './client';
import { readKey } from './readKey';

export { readKey };

/** Paged and filtered reads keep the previous answer on screen while the next comes, so typing never flickers. */
const KEEPS_PREVIOUS: readonly Channel[] = [
  'umkm:list',
  'komunitas:list',
  'mitra:list',
  'kemitraan:list',
  'progress:report',
  'progress:reportList',
  'audit:list',
  'trash:list',
  'bantuan:list',
];

/** One read of the contract, typed by its channel. */
export function useRead<C extends Channel>(channel: C, input: InputOf<C>, opts: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: readKey(channel, input),
    queryFn: () => call(channel, input),
    placeholderData: KEEPS_PREVIOUS.includes(channel) ? keepPreviousData : undefined,
    enabled: opts.enabled,
  });
}

/** The channels that read one record by its id. */
type ByIdChannel = Extract<Channel, `${string}:get` | 'progress:timeline'>;

/** A record's read by its id; an id from a bad URL (NaN, 0) is never asked for. */
export const useReadById = <C extends ByIdChannel>(channel: C, id: number) => useRead<ByIdChannel>(channel, { id }, { enabled: id > 0 }) as ReturnType<typeof useRead<C>>;

/**
 * Every read a write can change, as the contract's entries mark them: a member added changes the
 * community, its counts and the suggestions; a class record the UMKM's class, the registry, the
 * stats and every progress figure; any write the audit trail and the record's history.
 */
const READS: readonly Channel[] = REFRESHED_READS;

/** Any write may change lists, counts and the record itself. */
export function useInvalidateRegistry() {
  const qc = useQueryClient();
  return () => qc.invalidateQueries({ predicate: (q) => (READS as readonly string[]).includes(String(q.queryKey[0])) });
}

/** One write of the contract; it settles only once the reads it may change are fetched again. */
export function useWrite<C extends Channel>(channel: C) {
  const invalidate = useInvalidateRegistry();
  return useMutation({ mutationFn: (input: InputOf<C>) => call(channel, input), onSuccess: () => invalidate() });
}
