import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { installationKey, signManifest } from './backupKey';
import { trailIsChained } from './chainHead';
import { fill, messages } from '../../../shared/i18n';
import { AppError } from '../errors';
import { freshName, type BackupKind } from './backupNames';
import { removeQuietly, writeError } from './diskError';
import { manifestPath, sha256File, type BackupManifest } from './manifest';
import { checkCopy, vacuumInto, type SnapshotFacts } from './snapshot';
import { carryLampiranInto } from './lampiranBackup';
import { lampiranFolderOf } from '../db/sqlite/lampiranFiles';

export interface CreatedBackup {
  file: string;
  name: string;
  manifest: BackupManifest;
}

export interface BackupMeta {
  appVersion: string;
  kind: BackupKind;
  now?: Date;
}

function writeFileAtomic(file: string, text: string): void {
  const part = `${file}.part`;
  try {
    fs.writeFileSync(part, text);
    fs.renameSync(part, file);
  } catch (err) {
    removeQuietly(part);
    throw err;
  }
}

/**
 * A checked backup of the open database at `dest`, with its manifest `<dest>.json`. Both are
 * written as `.part` files and renamed only when complete and checked, so a full disk or a crash
 * leaves no file under the real name; the database itself is only read. The manifest is signed
 * with the key beside `keyHome` (the database file's own by default; backupKey.ts).
 */
export async function writeBackup(raw: BetterSqlite3.Database, dest: string, meta: BackupMeta, keyHome: string = raw.name): Promise<BackupManifest> {
  const target = path.resolve(dest);
  const part = `${target}.part`;
  const manifestFile = manifestPath(target);
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    removeQuietly(part);
    vacuumInto(raw, part);
    carryLampiranInto(part, lampiranFolderOf(raw.name));
    const facts = checkCopy(raw, part);
    if (!facts.intact) throw new AppError('DB_DAMAGED', fill(messages.backupErrors.damaged, { file: raw.name, detail: facts.problems.join('; ') }));
    return await sealBackup(part, target, facts, meta, keyHome);
  } catch (err) {
    removeQuietly(part, manifestFile, `${manifestFile}.part`);
    throw writeError(err, target);
  }
}

/**
 * Makes the checked copy at `part` the backup `target`: its manifest (checksum, size, schema,
 * UMKM count, the trail's newest line) signed with the installation's key beside `keyHome` and
 * written first, then the copy renamed into place. The caller removes what is left on a failure.
 */
export async function sealBackup(part: string, target: string, facts: SnapshotFacts, meta: BackupMeta, keyHome: string): Promise<BackupManifest> {
  const head = copyHead(part);
  const unsigned: BackupManifest = {
    sha256: await sha256File(part),
    size: fs.statSync(part).size,
    createdAt: (meta.now ?? new Date()).toISOString(),
    appVersion: meta.appVersion,
    schemaVersion: facts.applied[facts.applied.length - 1] ?? 'none',
    umkmCount: facts.umkmCount,
    kind: meta.kind,
    auditId: head.id,
    auditHash: head.hash,
  };
  const manifest = signManifest(unsigned, installationKey(keyHome, true)!);
  // The manifest first: a backup under its real name always has its checksum beside it.
  writeFileAtomic(manifestPath(target), `${JSON.stringify(manifest, null, 2)}\n`);
  fs.renameSync(part, target);
  return manifest;
}

/** The newest line of a copy's audit trail (a file from before the chain has none). */
function copyHead(file: string): { id: number; hash: string } {
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    const last = trailIsChained(db) ? (db.prepare(`SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1`).get() as { id: number; hash: string } | undefined) : undefined;
    return { id: last?.id ?? 0, hash: last?.hash ?? '' };
  } finally {
    db.close();
  }
}

/** A new backup in `dir`, named by the date and time it was made. */
export async function createBackup(raw: BetterSqlite3.Database, dir: string, meta: BackupMeta): Promise<CreatedBackup> {
  return createBackupWith(dir, meta, (file, m) => writeBackup(raw, file, m));
}

/** A new backup in `dir` named by its time, written by `write` (from SQLite's file, or a server's copy). */
export async function createBackupWith(dir: string, meta: BackupMeta, write: (file: string, meta: BackupMeta) => Promise<BackupManifest>): Promise<CreatedBackup> {
  const now = meta.now ?? new Date();
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw writeError(err, dir);
  }
  const name = freshName(dir, meta.kind, now);
  const file = path.join(dir, name);
  const manifest = await write(file, { ...meta, now });
  return { file, name, manifest };
}
