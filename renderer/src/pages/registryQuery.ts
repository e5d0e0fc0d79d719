import type { InputOf, UmkmSortField } from '../../../shared/contract';
import { pageOf, pageSizeOf } from '../hooks/urlPaging';

export const REGISTRY_FILTERS = ['kecamatan', 'kelurahan', 'sector', 'class', 'status'] as const;

/**
 * The registry's umkm:list question as its URL asks it: the page (RegistryPage) and the read made
 * at start (api/earlyReads) build the same question, so the page finds the early answer under its
 * key. `sort`: the URL's sort once checked against the contract's list, or none.
 */
export function registryQuery(params: URLSearchParams, sort: UmkmSortField | undefined): InputOf<'umkm:list'> {
  const get = (key: string) => params.get(key) || undefined;
  return {
    search: get('q'),
    ...Object.fromEntries(REGISTRY_FILTERS.map((k) => [k, get(k)])),
    sort: sort ?? 'businessName',
    order: get('order') === 'desc' ? 'desc' : 'asc',
    page: pageOf(params),
    pageSize: pageSizeOf(params),
  };
}
