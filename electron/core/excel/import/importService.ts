import crypto from 'node:crypto';
import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type { z } from 'zod';
import type {
  ExportResult,
  ImportCommitInput,
  ImportOpenInput,
  ImportPreview,
  ImportPreviewInput,
  ImportProgress,
  ImportSheetInput,
  ImportSummary,
  ImportWorkbook,
  SheetLayout,
  ImportChoicesInput,
  ImportTarget,
} from '../../../../shared/contract/excel';
import { todayIso } from '../../../../shared/format/date';
import { messages } from '../../../../shared/i18n';
import type { Caller } from '../../auth/caller';
import type { Scope } from '../../scope';
import { writeOutgoing } from '../../files/writeOutgoing';
import { cellText } from '../read/cellText';
import { readWorkbook } from '../read/readWorkbook';
import { writeTemplate } from '../template/writeTemplate';
import { columnLetter } from './columns';
import { matchColumns } from './columnMatch';
import { commitImport } from './commit';
import { choicesKey, evaluate, findSheet, present, type Choices, type Evaluation } from './evaluate';
import { cellSpans, detectHeaderRow, headerTexts } from './headerRow';
import { recallMapping, rememberMapping } from './mappingMemory';
import { writeRefusedFile } from './refusedFile';
import type { ImportSession } from './sessions';
import { IMPORT_TARGET_DEFS } from './targets';

const TOP_ROWS = 25;
const SAMPLES = 3;
const m = messages.importEngine;

/** The wizard's steps over the handler table: open, sheet, preview, commit, and their files. */
export async function openImport(ctx: Scope, input: z.output<typeof ImportOpenInput>): Promise<ImportWorkbook> {
  const held = ctx.files.get(input.fileId);
  const workbook = await readWorkbook(held.path);
  const session = ctx.imports.open(held.name, input.target, workbook);
  session.checksum = await sha256(held.path);
  const withData = workbook.sheets.filter((s) => s.rows.length > 0);
  const first = withData.find((s) => !s.hidden) ?? withData[0] ?? workbook.sheets[0];
  return {
    sessionId: session.id,
    fileName: held.name,
    target: input.target,
    sheets: workbook.sheets.map((s) => ({ name: s.name, rows: s.rows.length, hidden: s.hidden })),
    defaultSheet: bestSheet(session) ?? first?.name ?? '',
  };
}

/** The file's SHA-256 (hex), read as a stream: the audit trail names the exact file an import read. */
async function sha256(file: string): Promise<string> {
  const hash = crypto.createHash('sha256');
  await pipeline(fs.createReadStream(file), hash);
  return hash.digest('hex');
}

/** The visible sheet whose detected header matches most fields: a "Rekap" before the data loses. */
function bestSheet(session: ImportSession): string | undefined {
  const def = IMPORT_TARGET_DEFS[session.target];
  let best: { name: string; score: number } | undefined;
  for (const s of session.workbook.sheets) {
    if (s.hidden || s.rows.length === 0) continue;
    const headers = headerTexts(s, detectHeaderRow(s, def));
    const score = Object.keys(matchColumns(headers, def).mapping).length;
    if (!best || score > best.score) best = { name: s.name, score };
  }
  return best?.name;
}

export async function sheetLayout(ctx: Scope, input: z.output<typeof ImportSheetInput>): Promise<SheetLayout> {
  const session = ctx.imports.get(input.sessionId);
  const def = IMPORT_TARGET_DEFS[session.target];
  const sheet = findSheet(session, input.sheet);
  const detected = detectHeaderRow(sheet, def);
  const headerRow = input.headerRow ?? detected;
  const headers = headerTexts(sheet, headerRow);
  const remembered = await recallMapping(ctx, session.target, headers);
  const guessed = matchColumns(headers, def);
  const mapping = remembered ?? guessed.mapping;
  const matchedBy: SheetLayout['matchedBy'] = remembered ? Object.fromEntries(Object.keys(remembered).map((k) => [k, 'remembered' as const])) : guessed.matchedBy;
  const below = sheet.rows.filter((r) => r.row > headerRow).slice(0, 200);
  const columns = headers.map((header, index) => ({
    index,
    letter: columnLetter(index),
    header,
    samples: below
      .map((r) => cellText(r.cells[index] ?? null))
      .filter(Boolean)
      .slice(0, SAMPLES),
  }));
  return {
    sheet: sheet.name,
    headerRow,
    detectedHeaderRow: detected,
    topRows: sheet.rows.slice(0, TOP_ROWS).map((r) => ({ row: r.row, cells: r.cells.map(cellText), spans: cellSpans(r.cells, r.row <= Math.max(headerRow, detected)) })),
    columns,
    fields: def.fields.map((f) => ({ key: f.key, label: f.label, required: f.required, kind: f.kind })),
    mapping,
    matchedBy,
    remembered: remembered !== null,
  };
}

/** The session's evaluation for these choices; `afterWrite`: one the write used will do (the refused rows). */
async function cachedEvaluation(ctx: Scope, session: ImportSession, choices: Choices, afterWrite = false): Promise<Evaluation> {
  const key = choicesKey(choices);
  if (session.cached?.key === key && (afterWrite || !session.cached.written)) return session.cached.evaluation;
  const evaluation = await evaluate(ctx, session, choices);
  session.cached = { key, evaluation };
  return evaluation;
}

export async function previewImport(ctx: Scope, input: z.output<typeof ImportPreviewInput>): Promise<ImportPreview> {
  const { filter, page, pageSize, ...choices } = input;
  const session = ctx.imports.get(choices.sessionId);
  const ev = await session.turns.run(() => cachedEvaluation(ctx, session, choices));
  const shown = ev.rows.filter((r) => {
    if (filter === 'all') return true;
    if (filter === 'problems') return r.action === 'refuse' || r.issues.length > 0;
    return !r.dropped && r.action === filter;
  });
  const items = shown.slice((page - 1) * pageSize, page * pageSize).map((r) => present(r, ev, session, choices.edits));
  return { counts: ev.counts, skippedRows: ev.skippedRows, items, total: shown.length, page, pageSize };
}

export async function commit(ctx: Scope, input: z.output<typeof ImportCommitInput>, caller: Caller): Promise<ImportSummary> {
  const { dryRun, ...choices } = input;
  const session = ctx.imports.get(choices.sessionId);
  return session.turns.run(async () => {
    // The write takes the preview's check when the clerk's choices are the ones it checked; the
    // cache is the write's from now on (kept for the refused rows only if it succeeds).
    const checked = session.cached?.key === choicesKey(choices) && !session.cached.written ? session.cached.evaluation : undefined;
    session.cached = undefined;
    const result = await commitImport(ctx, session, choices, dryRun, caller, checked);
    // A dry run writes nothing at all, the remembered mapping included.
    if (!result.cancelled && !dryRun) {
      const headers = headerTexts(findSheet(session, choices.sheet), choices.headerRow);
      await rememberMapping(ctx, caller, { target: session.target, headers, mapping: choices.mapping, fileName: session.fileName });
    }
    return result;
  });
}

export function progress(ctx: Scope, sessionId: string): ImportProgress {
  return ctx.imports.peek(sessionId)?.progress ?? { phase: 'idle', done: 0, total: 0 };
}

export function cancel(ctx: Scope, sessionId: string): { cancelled: boolean } {
  const s = ctx.imports.peek(sessionId);
  if (!s || (s.progress.phase !== 'writing' && s.progress.phase !== 'checking')) return { cancelled: false };
  s.cancelRequested = true;
  return { cancelled: true };
}

export async function refusedFile(ctx: Scope, input: z.output<typeof ImportChoicesInput>): Promise<ExportResult> {
  const session = ctx.imports.get(input.sessionId);
  const ev = await session.turns.run(() => cachedEvaluation(ctx, session, input, true));
  const base = session.fileName.replace(/\.[^.]+$/, '');
  return writeOutgoing(ctx, `${base}-ditolak.xlsx`, (file) => writeRefusedFile(file, ev));
}

export async function template(ctx: Scope, target: ImportTarget): Promise<ExportResult> {
  return writeOutgoing(ctx, `${m.templateFilePrefix}-${target}-${todayIso()}.xlsx`, async (file) => {
    await writeTemplate(target, file);
    return 0;
  });
}
