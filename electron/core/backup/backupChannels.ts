import fs from 'node:fs';
import path from 'node:path';
import type { BackupEntry, DbCheck } from '../../../shared/contract/backup';
import { fill, messages } from '../../../shared/i18n';
import type { BACKUP_CHANNELS } from '../../../shared/contract/areaChannels';
import { backupKeep, setBackupKeep } from './backupSettings';
import { createBackup } from './createBackup';
import { inspectConnection } from './inspectDatabase';
import { checkReport } from './checkReport';
import { connectionSchemaChanges } from './schemaCheck';
import { auditChainOf } from './chainCheck';
import { backupInfo, listBackups, type BackupInfo } from './listBackups';
import { recordRestore } from './restoreAudit';
import { carryTrail } from './carryTrail';
import { restoreBackup } from './restoreBackup';
import { createServerBackup } from './serverBackup';
import { restoreServer } from './serverRestore';
import type { Scope } from '../scope';
import { AppError } from '../errors';
import { verifyPassword } from '../auth/password';
import type { Caller } from '../auth/caller';
import { backupsDirOf } from '../paths';
import { sqliteOnly } from '../db/sqliteOnly';
import { AccountEntity } from '../db/entities/account';
import type { ChannelBindings } from '../dispatch/binding';

const dirOf = (ctx: Scope) => backupsDirOf(ctx.db);

// The renderer never sees a path inside the backups folder, only names.
function entry(b: BackupInfo): BackupEntry {
  const { file: _file, ...rest } = b;
  void _file;
  return rest;
}

function named(ctx: Scope, name: string): BackupInfo {
  const found = backupInfo(dirOf(ctx), name);
  if (!found) throw new AppError('NOT_FOUND', fill(messages.backupErrors.unknownBackup, { name }));
  return found;
}

/** The open database checked through its own connection (integrity_check, schema, backups). */
export async function checkOpenDatabase(ctx: Scope): Promise<DbCheck> {
  const db = sqliteOnly(ctx.db, messages.backupEngine.checkWhat);
  const ins = inspectConnection(db.raw, 'full');
  const schema = await connectionSchemaChanges(db.raw, ins.schemaVersion, ctx.core.config.nativeBinding);
  return checkReport(db.file, fs.statSync(db.file).size, ins, schema, auditChainOf(db.raw, db.file, ins));
}

/** The acting admin's own password, checked against their account (no sign-in is made). */
async function confirmPassword(ctx: Scope, caller: Caller, password: string): Promise<void> {
  const row = caller.userId === null ? null : await ctx.tx.em.findOne(AccountEntity, { where: { id: caller.userId, active: true }, select: { id: true, passwordHash: true } });
  if (!row || !(await verifyPassword(password, row.passwordHash))) {
    // VALIDATION, not UNAUTHENTICATED: a mistyped password must not sign the admin's window out.
    throw new AppError('VALIDATION', messages.backupErrors.trustPasswordWrong, { trustPassword: messages.backupErrors.trustPasswordWrong });
  }
}

export const backupChannels: ChannelBindings<(typeof BACKUP_CHANNELS)[number]> = {
  'backup:list': async (_input, ctx) => ({ backups: listBackups(dirOf(ctx)).map(entry), dir: dirOf(ctx), keep: await backupKeep(ctx.settings) }),
  'backup:create': async (_input, ctx) => {
    const meta = { appVersion: ctx.appVersion, kind: 'manual' as const };
    // The server's registry: the same portable file, built from a snapshot of it (serverBackup.ts).
    const created =
      ctx.db.kind === 'postgres'
        ? await createServerBackup(ctx.db, dirOf(ctx), meta, { nativeBinding: ctx.core.config.nativeBinding })
        : await createBackup(ctx.db.raw, dirOf(ctx), meta);
    return entry(named(ctx, created.name));
  },
  // The backup itself is handed over (not copied to a temp folder): file:save copies it out.
  'backup:save': (input, ctx) => ({ file: ctx.files.register(named(ctx, input.name).file) }),
  'backup:restore': async (input, ctx, caller) => {
    let source: { file: string; label: string };
    if ('name' in input) source = { file: named(ctx, input.name).file, label: input.name };
    else {
      const held = ctx.files.get(input.fileId);
      source = { file: held.path, label: path.basename(held.name) };
    }
    // A backup this installation did not sign needs the acting admin's own password.
    if (input.trustPassword !== undefined) await confirmPassword(ctx, caller, input.trustPassword);
    // The server's registry is emptied and filled in one transaction there, its audit line inside it.
    if (ctx.db.kind === 'postgres') return restoreServer(ctx.core, ctx.db, { ...source, trustSource: input.trustPassword !== undefined }, caller);
    const result = await restoreBackup(ctx, { ...source, trustSource: input.trustPassword !== undefined });
    // Into the database restored: this call's scope still names the one it replaced.
    await ctx.core.write(async (restored) => recordRestore(restored.audit, caller, result, null, await carryTrail(restored, result.safetyCopy)));
    return result;
  },
  'backup:setKeep': async (input, ctx) => {
    await setBackupKeep(ctx.settings, input.keep);
    return { keep: input.keep };
  },
  'db:check': (_input, ctx) => checkOpenDatabase(ctx),
};
