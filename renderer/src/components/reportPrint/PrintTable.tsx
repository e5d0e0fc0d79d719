import type { ReactNode } from 'react';

export interface PrintColumn<T> {
  title: string;
  value: (row: T, index: number) => ReactNode;
  /** Right-aligned figures that never wrap (counts, rupiah). */
  num?: boolean;
  date?: boolean;
  width?: string;
}

/**
 * A printed table: its header row repeats on every page it runs over (thead as a header group),
 * rows never split across pages, and the total closes it once, at its end.
 */
export function PrintTable<T>({
  columns,
  rows,
  rowKey,
  total,
  totalSpan = 1,
  caption,
  testId,
}: {
  columns: Array<PrintColumn<T>>;
  rows: readonly T[];
  rowKey: (row: T, index: number) => string | number;
  /** The total row's cells; the first (its label) spans `totalSpan` columns. */
  total?: ReactNode[];
  totalSpan?: number;
  /** A title above the header row, repeated with it on every page the table runs over. */
  caption?: string;
  testId?: string;
}) {
  const cls = (c: PrintColumn<T>) => (c.num ? 'num' : c.date ? 'date' : undefined);
  return (
    <table data-testid={testId}>
      <colgroup>
        {columns.map((c, i) => (
          <col key={i} style={c.width ? { width: c.width } : undefined} />
        ))}
      </colgroup>
      <thead>
        {caption ? (
          <tr>
            <th className="rp-caption" colSpan={columns.length}>
              {caption}
            </th>
          </tr>
        ) : null}
        <tr>
          {columns.map((c, i) => (
            <th key={i} className={c.num ? 'num' : undefined}>
              {c.title}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, r) => (
          <tr key={rowKey(row, r)}>
            {columns.map((c, i) => (
              <td key={i} className={cls(c)}>
                {c.value(row, r)}
              </td>
            ))}
          </tr>
        ))}
        {total ? (
          <tr className="rp-total">
            {total.map((cell, i) => (
              <td key={i} colSpan={i === 0 ? totalSpan : undefined} className={i > 0 && columns[i + totalSpan - 1]?.num ? 'num' : undefined}>
                {cell}
              </td>
            ))}
          </tr>
        ) : null}
      </tbody>
    </table>
  );
}
