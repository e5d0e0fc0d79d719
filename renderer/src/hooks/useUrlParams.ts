import { useSearchParams } from 'react-router';

/**
 * List filters kept in the URL, so Back returns to the same view. Changing a filter goes back to
 * page 1 unless the change is the page itself.
 */
export function useUrlParams() {
  const [params, setParams] = useSearchParams();
  const get = (key: string) => params.get(key) || undefined;
  const update = (changes: Record<string, string | number | boolean | undefined>) => {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(changes)) {
          if (v === undefined || v === '' || v === false) next.delete(k);
          else next.set(k, String(v));
        }
        if (!('page' in changes)) next.delete('page');
        return next;
      },
      { replace: true },
    );
  };
  const page = Math.max(1, Number(params.get('page')) || 1);
  const pageSize = [50, 100, 200].includes(Number(params.get('size'))) ? Number(params.get('size')) : 50;
  return { params, get, update, page, pageSize };
}
