/** One cell as the import reads it. A Date's UTC fields hold the wall-clock time Excel shows;
 *  rich text is joined, a formula is its result, a hyperlink its text, an error cell its code ('#N/A'). */
export type CellValue = string | number | boolean | Date | null;

/** A row holding at least one value; its array ends at its last value (index 0 = column A). */
export interface RowData {
  row: number /* 1-based Excel row */;
  cells: CellValue[];
}

export interface SheetData {
  name: string;
  hidden: boolean;
  /** Only rows holding a value, in row order. A merged range carries its top-left value in every
   *  cell, so merged and two-row headers read naturally. */
  rows: RowData[];
}

export interface WorkbookData {
  sheets: SheetData[];
  date1904: boolean;
}
