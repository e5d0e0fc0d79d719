import { monevFilterText } from '../excel/export/monevExport';
import { lampiranDisclosure } from '../services/lampiran/lampiranAudit';
import { bantuanFilterText } from '../excel/export/bantuanExport';
import { sertifikatFilterText } from '../excel/export/sertifikatExport';
import fs from 'node:fs';
import os from 'node:os';
import type { AuditAction, AuditChanges, AuditEntity, Channel, OutputOf, ParsedInputOf } from '../../../shared/contract';
import { formatDate } from '../../../shared/format/date';
import { fill, messages } from '../../../shared/i18n';
import type { Caller } from '../auth/caller';
import { backupInfo } from '../backup/listBackups';
import type { Core } from '../core';
import { retryWhenBusy } from '../dispatch/busyRetry';
import { kemitraanFilterText } from '../excel/export/kemitraanExport';
import { mitraFilterText } from '../excel/export/mitraExport';
import { progressFilterText } from '../excel/export/progressExport';
import { umkmFilterText } from '../excel/export/umkmExport';
import { backupsDirOf } from '../paths';
import type { Scope } from '../scope';
import type { AuditLog } from './auditLog';

const s = messages.auditSummary;

type Disclosed = 'export:list' | 'export:report' | 'report:pdf' | 'backup:save' | 'riwayat:export' | 'lampiran:open';

/** One disclosure's line: what left, how much of it, under which file name. */
interface Disclosure {
  action: AuditAction;
  /** The kind of record the file lists (null: the report, which spans every kind). */
  entity: AuditEntity | null;
  summary: string;
  changes: AuditChanges;
}

const LIST_ENTITY = { umkm: 'umkm', mitra: 'mitra', kemitraan: 'kemitraan', progress: 'umkm', bantuan: 'bantuan', sertifikat: 'sertifikat', monev: 'monev_kunjungan' } as const;
const added = (fields: Record<string, unknown>): AuditChanges => Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, [null, v]]));
const period = (q: { from: string; to: string }) => `${formatDate(q.from)} – ${formatDate(q.to)}`;

function listWhat(input: ParsedInputOf<'export:list'>): { list: string; filters: string } {
  switch (input.list) {
    case 'umkm':
      return { list: messages.auditExportLists.umkm, filters: umkmFilterText(input.query) };
    case 'mitra':
      return { list: messages.auditExportLists.mitra, filters: mitraFilterText(input.query) };
    case 'kemitraan':
      return { list: messages.auditExportLists.kemitraan, filters: kemitraanFilterText(input.query) };
    case 'progress':
      return { list: fill(messages.auditExportLists.progress, { title: messages.naikKelas.listTitles[input.query.outcome] }), filters: progressFilterText(input.query) };
    case 'bantuan':
      return { list: messages.bantuanExport.list, filters: bantuanFilterText(input.query) };
    case 'sertifikat':
      return { list: messages.auditExportLists.sertifikat, filters: sertifikatFilterText(input.query) };
    case 'monev':
      return { list: messages.monevExport.list, filters: monevFilterText(input.query) };
  }
}

/** What each disclosed channel's line says, from its parsed input and its result. */
const DESCRIBE: { [C in Disclosed]: (input: ParsedInputOf<C>, result: OutputOf<C>, ctx: Scope) => Disclosure } = {
  'export:list': (input, r) => {
    const { list, filters } = listWhat(input);
    return {
      action: 'export',
      entity: LIST_ENTITY[input.list],
      summary: fill(s.exportList, { list, n: r.rows, file: r.file.name }),
      changes: added({ exportList: list, exportFilters: filters || messages.auditNoFilter, exportRows: r.rows, exportFile: r.file.name }),
    };
  },
  'export:report': (input, r) => ({
    action: 'export',
    entity: null,
    summary: fill(s.exportReport, { period: period(input), paper: input.paper, n: r.rows, file: r.file.name }),
    changes: added({ exportList: messages.auditExportLists.report, exportPeriod: period(input), exportPaper: input.paper, exportRows: r.rows, exportFile: r.file.name }),
  }),
  // Its `rows` is the PDF's size: the lists in it are the report's own (naik, turun, agreements, support).
  'report:pdf': (input, r) => ({
    action: 'export',
    entity: null,
    summary: fill(s.exportReportPdf, { period: period(input), paper: input.paper, file: r.file.name }),
    changes: added({ exportList: messages.auditExportLists.reportPdf, exportPeriod: period(input), exportPaper: input.paper, exportSize: r.file.size, exportFile: r.file.name }),
  }),
  'riwayat:export': (input, r) => {
    const list = fill(messages.riwayatText.auditList, { id: input.umkmId });
    const kinds = (input.kinds ?? []).map((k) => messages.riwayatText.kinds[k]).join(', ');
    return { action: 'export', entity: 'umkm', summary: fill(s.exportList, { list, n: r.rows, file: r.file.name }), changes: added({ exportList: list, exportFilters: kinds || messages.auditNoFilter, exportRows: r.rows, exportFile: r.file.name }) };
  },
  'lampiran:open': lampiranDisclosure,
  'backup:save': (input, r, ctx) => {
    const umkm = backupInfo(backupsDirOf(ctx.db), input.name)?.umkmCount ?? null;
    return {
      action: 'backup_copy',
      entity: 'database',
      summary: fill(s.backupCopy, { name: input.name, n: umkm ?? '?' }),
      changes: added({ backupName: input.name, umkmCount: umkm, exportSize: r.file.size, exportFile: r.file.name }),
    };
  },
};

/** A command-line run without an account names no user: the computer's account says who ran it. */
function computerUser(caller: Caller): AuditChanges {
  if (caller.via !== 'cli' || caller.userId !== null) return {};
  try {
    return added({ exportComputerUser: os.userInfo().username });
  } catch {
    return {};
  }
}

/**
 * Records a disclosed channel's result in the audit trail, in a write of its own after the read
 * that made it, and only then lets the result out. If the line cannot be written (the database is
 * busy past a retry, the disk is full) the file is withdrawn and the call fails: personal data
 * never leaves without its line. The line is in the trail even if the clerk then closes the save
 * dialog: the file was handed to them.
 */
export async function disclose(core: Core, caller: Caller, channel: Channel, input: unknown, result: unknown): Promise<unknown> {
  const describe = DESCRIBE[channel as Disclosed] as ((i: unknown, r: unknown, ctx: Scope) => Disclosure) | undefined;
  if (!describe) return result;
  try {
    await retryWhenBusy(() =>
      core.write(async (ctx) => {
        const d = describe(input, result, ctx);
        await ctx.audit.record({ caller, ...d, changes: { ...d.changes, ...computerUser(caller) } });
      }),
    );
    return result;
  } catch (err) {
    withdraw(core, result);
    throw err;
  }
}

/** An export the trail could not record is deleted; a backup handed over as it is stays where it is. */
function withdraw(core: Core, result: unknown): void {
  const fileId = (result as { file?: { fileId?: string } }).file?.fileId;
  if (!fileId) return;
  try {
    const held = core.files.get(fileId);
    if (held.owned) fs.rmSync(held.path, { force: true });
  } catch {
    // Already gone: nothing to withdraw.
  }
}

/** The command line's `backup --out FILE`: a copy of the whole database written outside the app. */
export async function recordDatabaseCopy(audit: AuditLog, caller: Caller, copy: { file: string; umkmCount: number | null; size: number }): Promise<void> {
  await audit.record({
    caller,
    action: 'backup_copy',
    entity: 'database',
    summary: fill(s.backupCopyCli, { n: copy.umkmCount ?? '?', file: copy.file }),
    changes: { ...added({ exportFile: copy.file, umkmCount: copy.umkmCount, exportSize: copy.size }), ...computerUser(caller) },
  });
}
