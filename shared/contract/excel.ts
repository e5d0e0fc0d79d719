import { MonevListQuery } from './monev';
import { z } from 'zod';
import { messages } from '../i18n';
import { disclosed, entry, roles, step, writeAs } from './entry';
import { isoDate } from './fields';
import { fileId, type FileRef } from './files';
import { KemitraanListQuery } from './kemitraan';
import { MitraListQuery } from './mitra';
import { PeriodListQuery } from './progress';
import { UmkmListQuery } from './umkm';
import { BantuanListQuery } from './bantuan';
import { SertifikatExportInput } from './sertifikat';

/** What a workbook can be imported into. */
export const IMPORT_TARGETS = ['umkm', 'mitra', 'komunitas', 'progress', 'monev', 'bantuan', 'sertifikat'] as const;
export type ImportTarget = (typeof IMPORT_TARGETS)[number];

export const IMPORT_ACTIONS = ['new', 'update', 'duplicate', 'refuse'] as const;
/** new: stored as a new record; update: overwrites the record matched by NIK/NIB (or name);
 *  duplicate: an earlier row of the same file has the same key, skipped; refuse: has errors. */
export type ImportAction = (typeof IMPORT_ACTIONS)[number];

const sessionId = z.string().regex(/^[a-f0-9]{32}$/);
const sheetName = z.string().min(1).max(200);
const fieldKey = z.string().regex(/^[a-zA-Z]{1,40}$/);
const sheetRow = z.number().int().min(1).max(1_100_000);
const columnIndex = z.number().int().min(0).max(16_383);

export const ImportOpenInput = z.strictObject({ fileId, target: z.enum(IMPORT_TARGETS) });
export const ImportSheetInput = z.strictObject({
  sessionId,
  sheet: sheetName,
  /** 1-based; detected when absent. */
  headerRow: sheetRow.optional(),
});

/** The clerk's choices: sheet, header row, which column feeds which field, cell fixes, dropped rows. */
const choices = {
  sessionId,
  sheet: sheetName,
  headerRow: sheetRow,
  /** Field key to 0-based column index. */
  mapping: z.record(fieldKey, columnIndex).refine((m) => new Set(Object.values(m)).size === Object.values(m).length, messages.excelValidation.columnTwice),
  edits: z
    .array(z.strictObject({ row: sheetRow, field: fieldKey, value: z.string().max(4000) }))
    .max(10_000)
    .default([]),
  dropped: z.array(sheetRow).max(1_100_000).default([]),
};
export const ImportChoicesInput = z.strictObject(choices);
export type ImportChoices = z.input<typeof ImportChoicesInput>;

export const PREVIEW_FILTERS = ['all', 'problems', ...IMPORT_ACTIONS] as const;
export const ImportPreviewInput = z.strictObject({
  ...choices,
  filter: z.enum(PREVIEW_FILTERS).default('all'),
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(500).default(50),
});
export type ImportPreviewInput = z.input<typeof ImportPreviewInput>;

export const ImportSessionInput = z.strictObject({ sessionId });

export interface ImportSheetInfo {
  name: string;
  /** Rows holding any value. */
  rows: number;
  hidden: boolean;
}

export interface ImportWorkbook {
  sessionId: string;
  fileName: string;
  target: ImportTarget;
  sheets: ImportSheetInfo[];
  /** The first visible sheet with data. */
  defaultSheet: string;
}

export interface ImportFieldInfo {
  key: string;
  label: string;
  required: boolean;
  /** How the cell is read: shown as a hint beside the field. */
  kind: 'text' | 'money' | 'date' | 'integer' | 'nik' | 'phone' | 'choice' | 'list';
}

export interface ImportColumn {
  index: number;
  /** A, B, … AA. */
  letter: string;
  header: string;
  samples: string[];
}

export interface SheetLayout {
  sheet: string;
  headerRow: number;
  /** Detected header row (the clerk may pick another). */
  detectedHeaderRow: number;
  /** The first rows as shown, for picking the header row; spans[i]: the columns cell i covers
   *  (a merged title shows once across them; 0 for a cell covered by the one before). */
  topRows: Array<{ row: number; cells: string[]; spans: number[] }>;
  columns: ImportColumn[];
  fields: ImportFieldInfo[];
  /** Suggested field → column, and how each was found. */
  mapping: Record<string, number>;
  matchedBy: Record<string, 'remembered' | 'exact' | 'synonym' | 'fuzzy'>;
  /** True when a mapping saved from an earlier file of the same shape was applied. */
  remembered: boolean;
}

export interface ImportIssue {
  field: string | null;
  level: 'error' | 'warning';
  message: string;
}

export interface PreviewRow {
  /** Row number in the sheet, as Excel shows it. */
  row: number;
  action: ImportAction;
  /** Each mapped field as it will be stored, as text. */
  values: Record<string, string>;
  /** The cell as it was in the file. */
  original: Record<string, string>;
  issues: ImportIssue[];
  /** The stored record an update overwrites, or the earlier row a duplicate repeats. */
  matchId: number | null;
  duplicateOfRow: number | null;
  edited: string[];
  /** The clerk dropped the row: it is shown, never written. */
  dropped: boolean;
}

export interface ImportCounts {
  rows: number;
  new: number;
  update: number;
  duplicate: number;
  refuse: number;
  dropped: number;
  /** Totals rows, repeated header rows (blank rows are not counted). */
  structural: number;
  warnings: number;
}

export interface ImportPreview {
  counts: ImportCounts;
  skippedRows: Array<{ row: number; reason: 'total' | 'header' }>;
  items: PreviewRow[];
  total: number;
  page: number;
  pageSize: number;
}

export interface ImportError {
  sheet: string;
  row: number;
  column: string | null;
  value: string | null;
  message: string;
}

/** The command line prints this as it is. */
export interface ImportSummary {
  imported: number;
  updated: number;
  skipped: number;
  refused: number;
  errors: ImportError[];
  dryRun: boolean;
  cancelled: boolean;
}

export interface ImportProgress {
  phase: 'idle' | 'checking' | 'writing' | 'done' | 'cancelled' | 'failed';
  done: number;
  total: number;
}

export const ImportCommitInput = z.strictObject({ ...choices, dryRun: z.boolean().default(false) });

export const TemplateInput = z.strictObject({ target: z.enum(IMPORT_TARGETS) });

/** Any list, exactly as filtered on screen (paging is ignored: the whole list is written). */
export const ExportListInput = z.discriminatedUnion('list', [
  z.strictObject({ list: z.literal('umkm'), query: UmkmListQuery }),
  z.strictObject({ list: z.literal('mitra'), query: MitraListQuery }),
  z.strictObject({ list: z.literal('kemitraan'), query: KemitraanListQuery }),
  z.strictObject({ list: z.literal('progress'), query: PeriodListQuery }),
  z.strictObject({ list: z.literal('bantuan'), query: BantuanListQuery }),
  z.strictObject({ list: z.literal('sertifikat'), query: SertifikatExportInput }),
  z.strictObject({ list: z.literal('monev'), query: MonevListQuery }),
]);
export type ExportListInput = z.input<typeof ExportListInput>;

export const ReportInput = z
  .strictObject({
    from: isoDate,
    to: isoDate,
    paper: z.enum(['A4', 'F4']).default('A4'),
  })
  .refine((q) => q.from <= q.to, { path: ['to'], message: messages.excelValidation.rangeReversed });
export type ReportInput = z.input<typeof ReportInput>;

export interface ExportResult {
  file: FileRef;
  rows: number;
}

export const excelEntries = {
  'import:open': entry<ImportWorkbook>()(ImportOpenInput, step(roles.writers)),
  'import:sheet': entry<SheetLayout>()(ImportSheetInput, step(roles.writers)),
  'import:preview': entry<ImportPreview>()(ImportPreviewInput, step(roles.writers)),
  'import:commit': entry<ImportSummary>()(ImportCommitInput, writeAs('self')),
  'import:progress': entry<ImportProgress>()(ImportSessionInput, step(roles.writers)),
  'import:cancel': entry<{ cancelled: boolean }>()(ImportSessionInput, step(roles.writers)),
  'import:refusedFile': entry<ExportResult>()(ImportChoicesInput, step(roles.writers)),
  'import:template': entry<ExportResult>()(TemplateInput, step()),
  // Personal data leaving as a file (NIK, phone, address): each export is one audit row.
  'export:list': entry<ExportResult>()(ExportListInput, disclosed()),
  'export:report': entry<ExportResult>()(ReportInput, disclosed()),
};
