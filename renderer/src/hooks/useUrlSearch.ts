import { useEffect, useState } from 'react';
import { useDebounced } from './useDebounced';
import { useUrlParams } from './useUrlParams';

/**
 * How long typing must pause before the URL (and so the query) follows. Short enough that results
 * show within 300 ms of the last key (the query answers in well under 100 ms), long enough that a
 * clerk typing at a normal pace sends one query per word rather than per letter.
 */
export const SEARCH_PAUSE_MS = 150;

/**
 * A list's search box: the clerk types freely; the URL (and so the query) follows once typing
 * pauses, and the box follows the URL when something else changes it (reset, Back). Call it in the
 * box's own component, not in the page: each key then re-renders the box alone, not the table.
 */
export function useUrlSearch(key = 'q') {
  const { get, update } = useUrlParams();
  const inUrl = get(key) ?? '';
  const [text, setText] = useState(inUrl);
  const debounced = useDebounced(text.trim(), SEARCH_PAUSE_MS);
  useEffect(() => {
    if (inUrl !== debounced) update({ [key]: debounced || undefined });
    // Only the debounced text drives the URL.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);
  // The URL changed from elsewhere (the menu's link, Back): the box shows what is searched.
  const [seen, setSeen] = useState(inUrl);
  if (inUrl !== seen) {
    setSeen(inUrl);
    if (inUrl !== debounced) setText(inUrl);
  }
  return [text, setText] as const;
}
