import path from 'node:path';
import fs from 'node:fs';
import { IMPORT_TARGETS, type ImportSummary, type ImportTarget, type ImportWorkbook, type SheetLayout, type ExportResult } from '../../../shared/contract/excel';
import type { Result } from '../../../shared/contract/errors';
import { fill, messages } from '../../../shared/i18n';
import { AppError, fsError } from '../../core/errors';
import { copyAtomically } from '../../core/files/copyAtomically';
import type { CliApi, CommandSpec, Values } from '../commands';
import { UsageError } from '../io';
import { intOption } from './args';

const c = messages.cli.import;

function target(values: Values): ImportTarget {
  const t = values.target ?? 'umkm';
  if (typeof t !== 'string' || !(IMPORT_TARGETS as readonly string[]).includes(t)) throw new UsageError(fill(c.badTarget, { targets: IMPORT_TARGETS.join(', ') }));
  return t as ImportTarget;
}

function summaryText(s: ImportSummary): string {
  const head = fill(s.dryRun ? c.dryRunSummary : s.cancelled ? c.cancelledSummary : c.summary, {
    imported: s.imported,
    updated: s.updated,
    skipped: s.skipped,
    refused: s.refused,
  });
  const lines = s.errors.slice(0, 50).map((e) => `  ${e.sheet}!${e.column ?? '?'}${e.row}: ${e.message}${e.value ? ` (${e.value})` : ''}`);
  const more = s.errors.length > 50 ? [fill(c.moreErrors, { n: s.errors.length - 50 })] : [];
  return `${[head, ...lines, ...more].join('\n')}\n`;
}

/** Opens the file, takes the detected (or given) sheet, header row and column mapping, and commits. */
async function runImport(request: { payload: unknown }, api: CliApi, values: Values): Promise<Result<unknown> & { exit?: number }> {
  const { file, target: t } = request.payload as { file: string; target: ImportTarget };
  if (!fs.existsSync(file)) return { ok: false, error: { code: 'NOT_FOUND', message: fill(messages.errors.fileMissing, { file }) } };
  const ref = api.core.files.register(path.resolve(file));
  const opened = await api.call('import:open', { fileId: ref.fileId, target: t });
  if (!opened.ok) return opened;
  const wb = opened.value as ImportWorkbook;
  const sheet = typeof values.sheet === 'string' ? values.sheet : wb.defaultSheet;
  const headerRow = intOption(values, 'header-row');
  const layout = await api.call('import:sheet', { sessionId: wb.sessionId, sheet, ...(headerRow ? { headerRow } : {}) });
  if (!layout.ok) return layout;
  const l = layout.value as SheetLayout;
  const choices = { sessionId: wb.sessionId, sheet, headerRow: l.headerRow, mapping: l.mapping };
  const committed = await api.call('import:commit', { ...choices, dryRun: values['dry-run'] === true });
  if (!committed.ok) return committed;
  const summary = committed.value as ImportSummary;
  if (typeof values.errors === 'string' && summary.refused > 0) {
    const refused = await api.call('import:refusedFile', choices);
    if (!refused.ok) return refused;
    const target = path.resolve(values.errors);
    try {
      copyAtomically(api.core.files.get((refused.value as ExportResult).file.fileId).path, target);
    } catch (err) {
      return { ok: false, error: (err instanceof AppError ? err : fsError(err, target)).toData() };
    }
  }
  const { imported, updated, skipped, refused, errors, dryRun, cancelled } = summary;
  return { ok: true, value: { imported, updated, skipped, refused, errors, dryRun, cancelled }, exit: refused > 0 ? 1 : 0 };
}

export const importCommands: CommandSpec[] = [
  {
    name: 'import',
    usage: c.usage.import,
    positionals: 1,
    request: async (rest, values) => {
      const file = rest[0];
      if (!file) throw new UsageError(c.fileNeeded);
      return { channel: 'import:commit', payload: { file, target: target(values) } };
    },
    run: runImport,
    text: summaryText,
  },
  {
    name: 'export template',
    usage: c.usage.template,
    writesOut: true,
    request: async (_rest, values) => {
      if (typeof values.out !== 'string') throw new UsageError(c.outNeeded);
      return { channel: 'import:template', payload: { target: target(values) } };
    },
    text: (r: ExportResult & { file: { path?: string } }) => `${fill(c.templateWritten, { file: r.file.path ?? r.file.name })}\n`,
  },
];
