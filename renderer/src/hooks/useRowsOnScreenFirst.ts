import { startTransition, useEffect, useState } from 'react';

/** The lowest a row of a size="small" table can be; rows with tags are taller. */
const ROW_PX = 32;

/**
 * A table's rows for its first drawing: as many as its body (`bodyPx` high) can show, and two
 * more; all of them right after, drawn in the background (a transition) once the first are on
 * screen. The first page of a long list is painted without waiting for the rows below its fold,
 * and there are always more rows than the body shows, so its scroll bar (and the columns' widths)
 * do not change when the rest come.
 */
export function useRowsOnScreenFirst<T>(rows: T[], bodyPx: number): T[] {
  const [all, setAll] = useState(false);
  useEffect(() => {
    if (rows.length > 0 && !all) startTransition(() => setAll(true));
  }, [rows.length, all]);
  return all ? rows : rows.slice(0, Math.max(0, Math.ceil(bodyPx / ROW_PX)) + 2);
}
