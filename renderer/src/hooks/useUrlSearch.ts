import { useEffect, useState } from 'react';
import { useDebounced } from './useDebounced';
import { useUrlParams } from './useUrlParams';

/** A list's search box: the clerk types freely; the URL (and so the query) follows once typing pauses. */
export function useUrlSearch(key = 'q') {
  const { get, update } = useUrlParams();
  const [text, setText] = useState(get(key) ?? '');
  const debounced = useDebounced(text.trim(), 200);
  useEffect(() => {
    if ((get(key) ?? '') !== debounced) update({ [key]: debounced || undefined });
    // Only the debounced text drives the URL.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);
  return [text, setText] as const;
}
