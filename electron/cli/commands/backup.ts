import os from 'node:os';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupEntry, BackupList, DbCheck, RestoreResult, Result } from '../../../shared/contract';
import { formatDateTime } from '../../../shared/format/date';
import { fill, messages } from '../../../shared/i18n';
import { checkReport } from '../../core/backup/checkReport';
import { writeBackup } from '../../core/backup/createBackup';
import { isDiskFull, removeQuietly, writeError } from '../../core/backup/diskError';
import { manifestPath } from '../../core/backup/manifest';
import { inspectDatabase } from '../../core/backup/inspectDatabase';
import { schemaChanges } from '../../core/backup/schemaCheck';
import { fileAuditChain, NOT_WALKED } from '../../core/backup/chainCheck';
import { pruneBackups } from '../../core/backup/pruneBackups';
import { recordRecovery, recoverDamaged } from '../../core/backup/recoverDamaged';
import { recordRestore } from '../../core/backup/restoreAudit';
import { carryTrail } from '../../core/backup/carryTrail';
import { OFFLINE_ADMIN_CALLER } from '../../core/auth/caller';
import { authorize } from '../../core/auth/guard';
import { recordDatabaseCopy } from '../../core/audit/disclosure';
import { restoreBackup } from '../../core/backup/restoreBackup';
import { Core } from '../../core/core';
import { openDatabase } from '../../core/db/openDatabase';
import { AppError, busyError, isBusy } from '../../core/errors';
import { backupsDirOf } from '../../core/paths';
import { openPostgres } from '../../core/db/postgres/openPostgres';
import { writeServerBackup } from '../../core/backup/serverBackup';
import { restoreServer } from '../../core/backup/serverRestore';
import { whereIs } from '../../core/db/database';
import { APP_VERSION } from '../../core/version';
import type { CommandSpec } from '../commands';
import { UsageError } from '../io';
import { intOption } from './args';

const t = messages.cliBackup;
const tc = messages.cli.backup;
const mb = (bytes: number) => fill(tc.megabytes, { n: (bytes / 1024 / 1024).toLocaleString('id-ID', { maximumFractionDigits: 1 }) });

type BackupOut = BackupEntry & { file: string; pruned: string[] };

async function refusedAsResult<T>(work: () => Promise<Result<T> & { exit?: number }>): Promise<Result<T> & { exit?: number }> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof AppError) return { ok: false, error: err.toData() };
    throw err;
  }
}

const backupListCommand: CommandSpec = {
  name: 'backup list',
  usage: tc.usage.list,
  request: async () => ({ channel: 'backup:list', payload: {} }),
  text: (v: BackupList) =>
    v.backups.length === 0
      ? `${fill(t.listEmpty, { dir: v.dir })}\n`
      : `${v.backups
          .map((e) => fill(tc.listLine, { name: e.name, date: formatDateTime(e.createdAt), size: mb(e.size), n: e.umkmCount ?? '?', state: messages.backupState[e.state] }))
          .join('\n')}\n`,
};

const backupCommand: CommandSpec = {
  name: 'backup',
  usage: tc.usage.backup,
  request: async (_rest, values) => {
    if (values.out !== undefined && typeof values.out !== 'string') throw new UsageError(tc.outName);
    return { channel: 'backup:create', payload: {} };
  },
  run: async (request, { call, core, session }, values) => {
    const keep = intOption(values, 'keep');
    if (keep !== undefined && keep < 1) return { ok: false, error: { code: 'VALIDATION', message: messages.errors.validation, fields: { keep: '≥ 1' } } };
    const dir = backupsDirOf(core.db);
    if (typeof values.out === 'string') {
      const file = path.resolve(values.out);
      return refusedAsResult(async () => {
        // A copy of the whole database (password hashes included) outside the backups folder: the
        // app's permission for that (backup:save, admin only), and a line in the audit trail.
        const caller = authorize('backup:save', core.auth, session);
        const m = await core.exclusive(async (s) => {
          const meta = { appVersion: core.appVersion, kind: 'manual' as const };
          const written = s.db.kind === 'postgres' ? await writeServerBackup(s.db, file, meta) : await writeBackup(s.db.raw, file, meta);
          try {
            await recordDatabaseCopy(s.audit, caller, { file, umkmCount: written.umkmCount, size: written.size });
          } catch (err) {
            // No copy without its line: the file and its manifest go again.
            removeQuietly(file, manifestPath(file));
            throw isBusy(err) ? busyError() : isDiskFull(err) ? writeError(err, whereIs(s.db)) : err;
          }
          return written;
        });
        const { sha256, size, createdAt, appVersion, schemaVersion, umkmCount, kind } = m;
        const value: BackupOut = { name: path.basename(file), file, sha256, size, createdAt, appVersion, schemaVersion, umkmCount, kind, state: 'verified', pruned: [] };
        return { ok: true, value };
      });
    }
    if (keep !== undefined) {
      const set = await call('backup:setKeep', { keep });
      if (!set.ok) return set;
    }
    const made = await call(request.channel, request.payload);
    if (!made.ok) return made;
    const entry = made.value as BackupEntry;
    const pruned = keep !== undefined ? pruneBackups(dir, keep).map((b) => b.name) : [];
    return { ok: true, value: { ...entry, file: path.join(dir, entry.name), pruned } satisfies BackupOut };
  },
  text: (v: BackupOut) => `${fill(t.created, { file: v.file, size: mb(v.size), n: v.umkmCount ?? '?', sha: v.sha256 ?? '?' })}\n`,
};

/** Restore over the database: through the open context when it is sound, as a file swap when it is damaged or missing. */
async function restoreOffline(source: string, dbFile: string, trustSource: boolean): Promise<Result<RestoreResult>> {
  return refusedAsResult(async () => {
    const current = fs.existsSync(dbFile) ? inspectDatabase(dbFile, { mode: 'quick' }) : null;
    if (current?.intact) {
      const core = new Core(await openDatabase({ file: dbFile, integrity: 'quick' }), { appVersion: APP_VERSION });
      try {
        const value = await core.exclusive((s) => restoreBackup(s, { file: source, trustSource }));
        await core.write(async (s) => recordRestore(s.audit, OFFLINE_ADMIN_CALLER, value, null, await carryTrail(s, value.safetyCopy)));
        return { ok: true, value };
      } finally {
        await core.close();
      }
    }
    const rec = await recoverDamaged(dbFile, source, { trustSource });
    // Opened once here so an older backup is migrated forward now, not at the next start.
    const db = await openDatabase({ file: dbFile, integrity: 'quick' });
    try {
      return { ok: true, value: await recordRecovery(db, rec, OFFLINE_ADMIN_CALLER) };
    } finally {
      await db.close();
    }
  });
}

/** Restore over the office's PostgreSQL registry (--pg): its tables replaced in one transaction there. */
async function restoreOnServer(source: string, url: string, trustSource: boolean): Promise<Result<RestoreResult>> {
  return refusedAsResult(async () => {
    const db = await openPostgres({ url, poolSize: 2, applicationName: `kemitraan-umkm-cli@${os.hostname()}` });
    const core = new Core(db, { appVersion: APP_VERSION });
    try {
      const value = await core.exclusive(() => restoreServer(core, db, { file: source, trustSource }, OFFLINE_ADMIN_CALLER));
      return { ok: true, value };
    } finally {
      await core.close();
    }
  });
}

const restoreCommand: CommandSpec = {
  name: 'restore',
  usage: tc.usage.restore,
  positionals: 1,
  request: async (rest, values) => {
    // It also runs on a damaged file, where no account can be checked: the explicit admin flag only.
    if (values['as-admin-offline'] !== true) throw new UsageError(t.restoreNeedsAdmin);
    if (!rest[0]) throw new UsageError(tc.fileNeeded);
    return { channel: 'backup:restore', payload: { file: path.resolve(rest[0]), trustSource: values['trust-source'] === true } };
  },
  offline: (request, dbFile, _values, pgUrl) => {
    const p = request.payload as { file: string; trustSource: boolean };
    return pgUrl !== undefined ? restoreOnServer(p.file, pgUrl, p.trustSource) : restoreOffline(p.file, dbFile, p.trustSource);
  },
  offlinePg: true,
  text: (v: RestoreResult) => `${fill(t.restored, { file: v.restoredFrom, n: v.umkmCount, schema: v.schemaVersion, safety: v.safetyCopy || t.none })}\n`,
};

const checkCommand: CommandSpec = {
  name: 'check',
  usage: tc.usage.check,
  request: async () => ({ channel: 'db:check', payload: {} }),
  // Read-only and never migrating: it must answer on a damaged file too.
  offline: (_request, dbFile) =>
    refusedAsResult(async () => {
      const file = path.resolve(dbFile);
      const ins = inspectDatabase(file, { mode: 'full' });
      const report = checkReport(file, ins.size, ins, ins.intact ? await schemaChanges(file, ins.schemaVersion) : [], ins.intact ? fileAuditChain(file, ins) : NOT_WALKED);
      return { ok: true, value: report, exit: report.ok ? 0 : 1 };
    }),
  text: (v: DbCheck) =>
    `${
      v.ok
        ? fill(t.checkOk, { file: v.file, schema: v.schemaVersion ?? t.none, applied: v.applied.length, pending: v.pending.length, backups: v.backups, latest: v.latestBackup ?? t.none })
        : fill(t.checkBad, { file: v.file, detail: badDetail(v), latest: v.latestGoodBackup ?? t.none })
    }\n`,
};

/** Why `check` says a file is not sound: its integrity, a schema this app does not know, or one changed by hand. */
function badDetail(v: DbCheck): string {
  if (v.integrity[0] !== 'ok') return v.integrity.join('\n  ');
  if (v.unknown.length > 0) return fill(messages.errors.dbTooNew, { names: v.unknown.join(', ') });
  if (!v.auditChain.ok && v.schemaChanges.length === 0) return v.auditChain.problem ?? '';
  return fill(messages.backupErrors.schemaChanged, { details: v.schemaChanges.join('; ') });
}

// `backup list` before `backup`: the first command whose words match is the one run.
export const backupCommands: CommandSpec[] = [backupListCommand, backupCommand, restoreCommand, checkCommand];
