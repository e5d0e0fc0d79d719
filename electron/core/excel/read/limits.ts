/**
 * What a workbook may hold before the reader refuses it. Sized so the largest import the office
 * makes (about 200,000 rows × 25 columns, strings inline or shared) reads, with room to spare, and
 * nothing much bigger: every limit below is checked before the data is held, never after.
 */
const MB = 1024 * 1024;

export interface ReadLimits {
  /** The .xlsx file itself, compressed. */
  maxFileBytes: number;
  /** Worksheets plus the shared-strings table, uncompressed, as the zip directory states it (no part inflates past its stated size). */
  maxXmlBytes: number;
  /** Any other part the reader parses (workbook.xml, its relationships, styles.xml). */
  maxSmallPartBytes: number;
  /** An entry above ratioAboveBytes that inflates more than this many times its packed size is a zip bomb. */
  maxRatio: number;
  ratioAboveBytes: number;
  /** Excel's own sheet height. */
  maxRows: number;
  /** Columns read per row: a value beyond them refuses the file (no import has that many fields). */
  maxColumns: number;
  /** What the read rows may cost in memory, by the model in contentBudget.ts (≈ bytes held). */
  maxContentBytes: number;
  /** One cell's text (Excel allows 32,767 characters; escaped XML can be a few times longer). */
  maxCellChars: number;
  /** The parse worker's V8 heap: a file that slips past the checks above fails here, not the app. */
  workerHeapMb: number;
}

/** Rows of 25 columns the stated limits are sized for (the figure the clerk reads in the messages). */
export const ROWS_AT_25_COLUMNS = 300_000;

export const DEFAULT_LIMITS: ReadLimits = {
  maxFileBytes: 100 * MB,
  // 200,000 rows × 25 columns is about 180 MB with shared strings and 300 MB with inline strings.
  maxXmlBytes: 512 * MB,
  maxSmallPartBytes: 32 * MB,
  // A real sheet packs 5–15×: every row repeats its own row number in each cell's address.
  maxRatio: 100,
  ratioAboveBytes: 8 * MB,
  maxRows: 1_048_576,
  maxColumns: 200,
  maxContentBytes: 400 * MB,
  maxCellChars: 256 * 1024,
  workerHeapMb: 768,
};

export const DEFAULT_MAX_BYTES = DEFAULT_LIMITS.maxFileBytes;
export const DEFAULT_MAX_ROWS = DEFAULT_LIMITS.maxRows;
export const MAX_SHEET_XML_BYTES = DEFAULT_LIMITS.maxXmlBytes;
export const MAX_COLUMNS = DEFAULT_LIMITS.maxColumns;
