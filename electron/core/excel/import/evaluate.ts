import type { z } from 'zod';
import type { ImportChoicesInput, ImportCounts, ImportIssue, PreviewRow } from '../../../../shared/contract/excel';
import { fieldErrors } from '../../../../shared/contract/zodMessages';
import { fill, messages } from '../../../../shared/i18n';
import type { Scope } from '../../scope';
import { AppError } from '../../errors';
import { cellText } from '../read/cellText';
import type { CellValue, SheetData } from '../read/types';
import { headerTexts } from './headerRow';
import { TARGET_OPS } from './ops';
import { rowKinds } from './rowKind';
import type { ImportSession } from './sessions';
import { IMPORT_TARGET_DEFS } from './targets';
import { nextTurn } from '../../turns';

export type Choices = z.output<typeof ImportChoicesInput>;

/**
 * A row's verdict, with what the writer needs to store it. Its display texts are made only for
 * the rows a preview page shows (present()): at 50,000 rows they would double the memory.
 */
export interface EvaluatedRow extends Omit<PreviewRow, 'values' | 'original'> {
  /**
   * The record as the schema accepted it, merged over the stored one, kept for an update (and for
   * a target whose rows resolve references while checked). Any other row's is read again from its
   * cells when wanted (Evaluation.dataOf): kept for every row it was half of the check's memory.
   */
  parsed: Record<string, unknown> | null;
  /** For an update, the parsed fields it changes: those the file brings and what they imply. */
  changes: Record<string, unknown> | null;
  /** For an update, the stored values of the fields in `changes` that differ: the audit's "before". */
  before: Record<string, unknown> | null;
  /** Every cell of the row as it was read (the sheet's own array), for the file of refused rows. */
  cells: CellValue[];
}

export interface Evaluation {
  rows: EvaluatedRow[];
  counts: ImportCounts;
  skippedRows: Array<{ row: number; reason: 'total' | 'header' }>;
  headers: string[];
  mapping: Record<string, number>;
  /** What matching read of the database when the check began (TargetOps.version). */
  version: string;
  /** The row's record as the schema accepts it (what a new row stores), or null when it does not. */
  dataOf(r: EvaluatedRow): Record<string, unknown> | null;
}

const m = messages.importEngine;
const NO_EDITS: string[] = [];
const YIELD_EVERY = 2000;
/** Rows matched together (one query for what matching needs, where a target needs one). */
const JUDGE_CHUNK = 500;
const JUDGE_TURN = 100;

export function findSheet(session: ImportSession, name: string): SheetData {
  const sheet = session.workbook.sheets.find((s) => s.name === name);
  if (!sheet) throw new AppError('VALIDATION', fill(m.sheetUnknown, { sheet: name }), { sheet: fill(m.sheetUnknown, { sheet: name }) });
  return sheet;
}

/**
 * Reads every row of the chosen sheet as the clerk mapped it, checks it against the contract's
 * schema, and decides what will happen to it. The same function serves the preview and the
 * write, so what the clerk saw is what is stored.
 */
export async function evaluate(ctx: Scope, session: ImportSession, choices: Choices, onProgress?: (done: number) => void): Promise<Evaluation> {
  const def = IMPORT_TARGET_DEFS[session.target];
  const ops = TARGET_OPS[session.target];
  const sheet = findSheet(session, choices.sheet);
  const known = new Set(def.fields.map((f) => f.key));
  const unknown = Object.keys(choices.mapping).filter((k) => !known.has(k));
  if (unknown.length) throw new AppError('VALIDATION', fill(m.fieldUnknown, { fields: unknown.join(', ') }));

  const headers = headerTexts(sheet, choices.headerRow);
  const edits = new Map<number, Map<string, string>>();
  for (const e of choices.edits) {
    if (!edits.has(e.row)) edits.set(e.row, new Map());
    edits.get(e.row)!.set(e.field, e.value);
  }
  const dropped = new Set(choices.dropped);
  // Before what it versions is read: a write in between then shows as a newer version, never an older one.
  const version = await ops.version(ctx);
  const lookup = await ops.load(ctx);
  const kindOf = rowKinds(headers, choices.mapping);
  const seen = new Map<string, number>();
  const counts: ImportCounts = { rows: 0, new: 0, update: 0, duplicate: 0, refuse: 0, dropped: 0, structural: 0, warnings: 0 };
  const skippedRows: Evaluation['skippedRows'] = [];
  const rows: EvaluatedRow[] = [];
  const mapped = Object.entries(choices.mapping);
  const opts = { date1904: session.workbook.date1904 };

  /** A row's mapped cells (or only `fields` of them), with the clerk's fixes over them, as the target's input. */
  function readRow(row: number, cells: CellValue[], fields?: ReadonlySet<string>): Pick<ReadRow, 'edited' | 'read'> {
    const byField: Record<string, CellValue> = {};
    for (const [field, col] of mapped) if (!fields || fields.has(field)) byField[field] = cells[col] ?? null;
    const rowEdits = edits.get(row);
    // Most rows have no fix: they share one empty list (never added to).
    const edited: string[] = rowEdits ? [] : NO_EDITS;
    for (const [field, value] of rowEdits ?? []) {
      if (!known.has(field) || (fields && !fields.has(field))) continue;
      byField[field] = value.trim() === '' ? null : value;
      edited.push(field);
    }
    return { edited, read: def.toInput(byField, opts) };
  }
  // Without references to resolve, a row's record is its cells read again: the same pure steps.
  const keepsData = (action: PreviewRow['action']) => action === 'update' || lookup.resolve !== undefined;
  const dataOf = (r: EvaluatedRow): Record<string, unknown> | null => {
    if (r.parsed || keepsData(r.action)) return r.parsed;
    const again = ops.schema.safeParse(readRow(r.row, r.cells).read.input);
    return again.success ? (again.data as Record<string, unknown>) : null;
  };

  /** Decides one read row, in file order (an earlier row of the same key makes it a duplicate). */
  async function judge({ row, cells, read, edited }: ReadRow): Promise<EvaluatedRow> {
    // The row's own list from its reading: the check adds to it, no copy a row.
    const issues: ImportIssue[] = read.issues;
    const match = lookup.match(read.input);
    if (match.problem) issues.push({ field: match.problem.field, level: 'error', message: match.problem.message });
    const input = lookup.resolve ? lookup.resolve(read.input) : read.input;
    const stored = match.id !== null ? await lookup.stored(match.id) : null;
    const parsed = ops.schema.safeParse(stored ? { ...stored, ...input } : input);
    if (!parsed.success) {
      for (const [path, message] of Object.entries(fieldErrors(parsed.error))) {
        const field = path.split('.')[0] ?? null;
        // The reader already explained a cell it could not read; the schema would only repeat it.
        if (field && issues.some((i) => i.field === field && i.level === 'error')) continue;
        issues.push({ field: field || null, level: 'error', message });
      }
    }
    const failed = issues.some((i) => i.level === 'error');
    const keys = failed ? [] : lookup.keys(read.input);
    const firstRow = keys.map((k) => seen.get(k)).find((r) => r !== undefined) ?? null;
    const isDropped = dropped.has(row);
    let action: PreviewRow['action'];
    if (failed) action = 'refuse';
    else if (firstRow !== null) action = 'duplicate';
    else action = match.id !== null ? 'update' : 'new';
    if (!isDropped && (action === 'new' || action === 'update')) for (const k of keys) seen.set(k, row);
    if (isDropped) counts.dropped++;
    else counts[action]++;
    if (issues.some((i) => i.level === 'warning')) counts.warnings++;
    const data = parsed.success ? (parsed.data as Record<string, unknown>) : null;
    const changes = action === 'update' && data && stored ? changedFields(stored, data, input) : null;
    return {
      row,
      action,
      dropped: isDropped,
      parsed: keepsData(action) ? data : null,
      changes,
      before: changes && stored ? storedBefore(stored, changes) : null,
      issues,
      matchId: action === 'update' ? match.id : null,
      duplicateOfRow: action === 'duplicate' ? firstRow : null,
      edited,
      cells,
    };
  }

  // Rows are matched a chunk at a time, so what matching needs for the chunk is one query, read
  // from the few fields it needs. A row is read whole just before it is checked: a chunk of read
  // rows held across the query taught V8 that what reading makes lives long, and it then put the
  // write's rows straight into the old generation (about 80 MB more at 50,000 rows).
  let pending: Array<{ row: number; cells: CellValue[] }> = [];
  const judgePending = async () => {
    if (pending.length === 0) return;
    if (lookup.prefetch) await lookup.prefetch(pending.map((p) => readRow(p.row, p.cells, prefetchFields).read.input));
    // Checking a row costs about 0.2 ms: a turn of the event loop every JUDGE_TURN rows keeps the
    // core answering the window while a chunk is checked.
    for (let i = 0; i < pending.length; i++) {
      const { row, cells } = pending[i]!;
      rows.push(await judge({ row, cells, ...readRow(row, cells) }));
      if ((i + 1) % JUDGE_TURN === 0) await nextTurn();
    }
    pending = [];
  };
  const prefetchFields = new Set(lookup.prefetchFields ?? []);
  let n = 0;
  for (const { row, cells } of sheet.rows) {
    if (row <= choices.headerRow) continue;
    if (++n % YIELD_EVERY === 0) {
      onProgress?.(n);
      await nextTurn();
      if (session.cancelRequested) throw new AppError('CANCELLED', m.cancelled);
    }
    const kind = kindOf(cells);
    if (kind === 'blank') continue;
    if (kind === 'total' || kind === 'header') {
      skippedRows.push({ row, reason: kind });
      counts.structural++;
      continue;
    }
    counts.rows++;
    pending.push({ row, cells });
    if (pending.length === (lookup.prefetch ? JUDGE_CHUNK : 1)) await judgePending();
  }
  await judgePending();
  onProgress?.(n);
  return { rows, counts, skippedRows, headers, mapping: choices.mapping, version, dataOf };
}

/** A row as read from its cells, before it is matched and checked. */
interface ReadRow {
  row: number;
  cells: CellValue[];
  edited: string[];
  read: { input: Record<string, unknown>; issues: ImportIssue[] };
}

/**
 * The changes of an update: every field the row brings, and any other the schema derived
 * differently from the stored record (a KBLI's version follows its code), as parsed.
 */
function changedFields(stored: Record<string, unknown>, parsed: Record<string, unknown>, input: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of new Set([...Object.keys(parsed), ...Object.keys(stored)])) {
    if (k in input || JSON.stringify(parsed[k]) !== JSON.stringify(stored[k])) out[k] = parsed[k];
  }
  return out;
}

/** The stored values the changes replace, where they differ (what an update's audit line shows before). */
function storedBefore(stored: Record<string, unknown>, changes: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(changes)) if (JSON.stringify(v ?? null) !== JSON.stringify(stored[k] ?? null)) out[k] = stored[k] ?? null;
  return out;
}

/** The cell of a mapped field as the clerk typed it (an edit) or as the file holds it. */
export function originalText(r: EvaluatedRow, field: string, ev: Evaluation, edits: Choices['edits']): string {
  const edit = r.edited.includes(field) ? edits.find((e) => e.row === r.row && e.field === field) : undefined;
  if (edit) return edit.value;
  const col = ev.mapping[field];
  return col === undefined ? '' : cellText(r.cells[col] ?? null);
}

/** A row as the preview shows it: each field as it will be stored, and as the file had it. */
export function present(r: EvaluatedRow, ev: Evaluation, session: ImportSession, edits: Choices['edits']): PreviewRow {
  const { parsed: _p, changes: _changes, before: _b, cells: _c, ...rest } = r;
  const parsed = ev.dataOf(r);
  const fields = Object.keys(ev.mapping);
  const original = Object.fromEntries(fields.map((f) => [f, originalText(r, f, ev, edits)]));
  const shown = parsed ? IMPORT_TARGET_DEFS[session.target].display(parsed) : original;
  return { ...rest, values: Object.fromEntries(fields.map((f) => [f, shown[f] ?? ''])), original };
}

/** The cache key of an evaluation: everything but paging and the filter. */
export function choicesKey(c: Choices): string {
  return JSON.stringify([c.sheet, c.headerRow, Object.entries(c.mapping).sort(), c.edits, [...c.dropped].sort((a, b) => a - b)]);
}
