/** A cell's top-left corner: 0-based column and row. */
export interface Anchor {
  col: number;
  row: number;
}

/**
 * A native Excel bar/column chart over cells of the workbook. `categories` and each series'
 * `values` are absolute range references such as "'Ringkasan'!$A$10:$A$15"; the chart caches the
 * cells' current values (read from the sheet XML), so viewers that do not recalculate show them.
 */
export interface ChartSpec {
  title: string;
  /** The chart spans from the top-left of `from` to the top-left of `to`. */
  from: Anchor;
  to: Anchor;
  /** 'column': vertical bars; 'bar': horizontal bars. */
  kind: 'column' | 'bar';
  categories: string;
  series: Array<{ name: string; values: string; color?: string /* 'RRGGBB' */ }>;
}

/** A picture (e.g. the city's emblem) stretched over the cells from `from` to `to`. */
export interface PictureSpec {
  from: Anchor;
  to: Anchor;
  data: Buffer;
  ext: 'png' | 'jpeg';
}

export interface Drawings {
  charts: ChartSpec[];
  pictures: PictureSpec[];
}
