import { useCallback, useLayoutEffect, useRef } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { fill, messages } from '../../../shared/i18n';
import { isValidIsoDate } from '../../../shared/format/date';
import { groupThousands } from '../../../shared/format/rupiah';
import { PAGE_SIZES, pageOf, pageSizeOf } from './urlPaging';

/** A table's paging, as kept in the URL: page 1 and the first size are left out of it. */
export const pageChange = (p: { current?: number; pageSize?: number }) => ({
  page: p.current && p.current > 1 ? p.current : undefined,
  size: p.pageSize && p.pageSize !== PAGE_SIZES[0] ? p.pageSize : undefined,
});

/** A server-paged table's pagination at `page` of `pageSize`. */
export const tablePagination = (page: number, pageSize: number, total: number) => ({
  current: page,
  pageSize,
  total,
  showSizeChanger: true,
  pageSizeOptions: PAGE_SIZES,
  showTotal: (t: number, [a, b]: [number, number]) => fill(messages.pc.pageRange, { from: a, to: b, total: groupThousands(t) }),
});

/** The app's current route (HashRouter) is no longer `pathname`. */
function leftPage(pathname: string): boolean {
  const now = window.location.hash.replace(/^#/, '').split('?')[0] || '/';
  return now !== pathname;
}

/**
 * List filters kept in the URL, so Back returns to the same view. Changing a filter goes back to
 * page 1 unless the change is the page itself. What the URL holds is read back only if it is a
 * value the filter can take: a hand-edited or stale link shows no filter, never an error.
 */
export function useUrlParams() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  // `update` merges onto the URL as it is when called, not as the render that made it saw it: a
  // table drawn before the search last changed (see RegistryPage) must not drop the newer search.
  const latest = useRef(params);
  useLayoutEffect(() => {
    latest.current = params;
  }, [params]);
  const update = useCallback(
    (changes: Record<string, string | number | boolean | undefined>) => {
      // The clerk has left for another page whose code is still loading (this page stays drawn
      // meanwhile): a late change here, such as the search box's pause, must not bring them back.
      if (leftPage(pathname)) return;
      const next = new URLSearchParams(latest.current);
      for (const [k, v] of Object.entries(changes)) {
        if (v === undefined || v === '' || v === false) next.delete(k);
        else next.set(k, String(v));
      }
      if (!('page' in changes)) next.delete('page');
      latest.current = next;
      navigate(`?${next.toString()}`, { replace: true });
    },
    [navigate, pathname],
  );
  const get = (key: string) => params.get(key) || undefined;
  const page = pageOf(params);
  const pageSize = pageSizeOf(params);
  return {
    params,
    get,
    update,
    page,
    pageSize,
    oneOf: <T extends string>(key: string, list: readonly T[]) => ((list as readonly string[]).includes(get(key) ?? '') ? (get(key) as T) : undefined),
    date: (key: string) => {
      const v = get(key);
      return v && isValidIsoDate(v) ? v : undefined;
    },
    id: (key: string) => Number(get(key)) || undefined,
    pageChange,
    pagination: (total: number) => tablePagination(page, pageSize, total),
  };
}
