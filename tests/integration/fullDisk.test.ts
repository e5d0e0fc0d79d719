// A full disk, for real: a 2 MB tmpfs mounted for the test (a full USB stick, a full data disk).
// A backup onto it fails with DISK_FULL and an Indonesian message, leaves no partial file, and the
// database passes integrity_check with its data intact; a database on the full disk refuses the
// write clearly and loses nothing it had committed. Skipped, with the reason printed, only where
// a file system cannot be mounted (not root, no tmpfs).
import { rawOf } from '../support/sqliteOf';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Result } from '../../shared/contract';
import { fill, messages } from '../../shared/i18n';
import { createBackup, writeBackup } from '../../electron/core/backup/createBackup';
import { contextFor } from '../support/tempDb';
import type { Scope } from '../../electron/core/scope';
import { openDatabase } from '../../electron/core/db/openDatabase';
import { AppError } from '../../electron/core/errors';
import { dispatch } from '../../electron/core/dispatch/dispatch';
import { seedDemo } from '../../electron/core/services/demo/seedDemo';
import { adminSession } from '../support/auth';
import { integrityOf } from '../support/crashFiles';
import { tempDir, openHandlesTo } from '../support/tempDir';
import { validUmkm } from '../support/tempDb';
import { crashNik } from '../support/crashWriter';

let tmp: ReturnType<typeof tempDir>;
let mountDir = '';
let skipReason = '';

beforeAll(() => {
  tmp = tempDir('kemitraan-fulldisk-');
  mountDir = path.join(tmp.dir, 'kecil');
  fs.mkdirSync(mountDir);
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m,mode=0777', 'tmpfs', mountDir], { stdio: 'pipe' });
  } catch (err) {
    skipReason = `cannot mount a 2 MB tmpfs here (${String((err as { stderr?: Buffer }).stderr ?? err).trim()}); run as root on Linux`;
    console.log(`fullDisk: skipped: ${skipReason}`);
  }
});

afterAll(() => {
  if (!skipReason) execFileSync('umount', ['-l', mountDir]);
  tmp.remove();
});

/** Fills the file system holding `dir` to the last byte, then frees `headroom` bytes. */
function fillUp(dir: string, headroom: number): string {
  const filler = path.join(dir, 'pengisi.bin');
  const fd = fs.openSync(filler, 'w');
  const chunk = Buffer.alloc(64 * 1024, 7);
  try {
    for (;;) fs.writeSync(fd, chunk);
  } catch (err) {
    expect((err as NodeJS.ErrnoException).code).toBe('ENOSPC');
    // The last pages, in smaller pieces, until not one more fits.
    try {
      for (;;) fs.writeSync(fd, Buffer.alloc(4096, 7));
    } catch {
      // Full.
    }
  } finally {
    fs.closeSync(fd);
  }
  fs.truncateSync(filler, Math.max(0, fs.statSync(filler).size - headroom));
  return filler;
}

const umkmNames = (ctx: Scope) =>
  (rawOf(ctx.db).prepare(`SELECT id, business_name AS n FROM umkm WHERE deleted_at IS NULL ORDER BY id`).all() as Array<{ id: number; n: string }>).map((r) => `${r.id}:${r.n}`);

describe('a full disk', () => {
  it('a backup to a full USB stick fails with DISK_FULL in Indonesian, leaves no partial file, the database intact', async (t) => {
    if (skipReason) return t.skip(skipReason);
    const file = path.join(tmp.dir, 'registri.sqlite');
    const ctx = contextFor(await openDatabase({ file }), 'test');
    await seedDemo(ctx.db, 300);
    const before = umkmNames(ctx);
    const stick = path.join(mountDir, 'usb');
    fs.mkdirSync(stick);
    const filler = fillUp(mountDir, 128 * 1024);
    const target = path.join(stick, 'cadangan.sqlite');

    const err = await writeBackup(rawOf(ctx.db), target, { appVersion: 'test', kind: 'manual' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('DISK_FULL');
    expect((err as AppError).message).toBe(fill(messages.errors.diskFull, { file: target }));
    expect(fs.readdirSync(stick)).toEqual([]);

    // The database still answers, and backs up where there is room.
    const viaDispatch = (await dispatch('backup:create', {}, ctx.core, adminSession(ctx))) as Result<unknown>;
    expect(viaDispatch.ok).toBe(true);
    expect(umkmNames(ctx)).toEqual(before);
    expect(integrityOf(file)).toEqual(['ok']);
    await ctx.db.close();
    fs.rmSync(filler);
  });

  it('a database on the full disk refuses the write with DISK_FULL and keeps every earlier commit', async (t) => {
    if (skipReason) return t.skip(skipReason);
    const dataDir = path.join(mountDir, 'data');
    fs.mkdirSync(dataDir);
    const file = path.join(dataDir, 'registri.sqlite');
    let ctx = contextFor(await openDatabase({ file }), 'test');
    await seedDemo(ctx.db, 60);
    const session = adminSession(ctx);
    // A backup kept elsewhere (the USB stick had room), to try restoring onto the full disk.
    const elsewhere = await createBackup(rawOf(ctx.db), path.join(tmp.dir, 'usb'), { appVersion: 'test', kind: 'manual' });
    const filler = fillUp(mountDir, 256 * 1024);

    // Its own daily backup cannot be written beside it either.
    const backupErr = await createBackup(rawOf(ctx.db), path.join(dataDir, 'backups'), { appVersion: 'test', kind: 'daily' }).catch((e: AppError) => e);
    expect(backupErr).toMatchObject({ code: 'DISK_FULL' });
    expect(fs.readdirSync(path.join(dataDir, 'backups'))).toEqual([]);

    const committed: string[] = [];
    let refused: Result<unknown> | undefined;
    for (let i = 0; i < 2000 && !refused; i++) {
      const r = await dispatch('umkm:create', validUmkm({ businessName: `Penuh ${i}`, nik: crashNik(i + 7) }), ctx.core, session);
      if (r.ok) committed.push(`Penuh ${i}`);
      else refused = r;
    }
    console.log(`fullDisk: ${committed.length} UMKM committed before the disk was full; then ${refused && !refused.ok ? refused.error.code : 'no refusal'}`);
    expect(committed.length).toBeGreaterThan(0);
    expect(refused, 'the disk never filled').toBeDefined();
    if (!refused!.ok) {
      expect(refused!.error.code).toBe('DISK_FULL');
      expect(refused!.error.message).toMatch(/^Disk penuh: /);
    }
    const before = umkmNames(ctx);

    // A restore cannot even stage its copy beside the database: refused, nothing swapped.
    const restore = await dispatch('backup:restore', { fileId: ctx.files.register(elsewhere.file).fileId }, ctx.core, session);
    expect(restore).toMatchObject({ ok: false, error: { code: 'DISK_FULL' } });
    expect(fs.readdirSync(dataDir).filter((n) => n.includes('.part'))).toEqual([]);
    expect(umkmNames(ctx)).toEqual(before);
    await ctx.db.close();
    const handles = openHandlesTo(file);
    if (handles) expect(handles).toEqual([]);

    // Space again: the file opens, passes the check and holds exactly what was committed.
    fs.rmSync(filler);
    expect(integrityOf(file)).toEqual(['ok']);
    ctx = contextFor(await openDatabase({ file, integrity: 'full' }), 'test');
    expect(umkmNames(ctx)).toEqual(before);
    for (const name of committed) expect(before.some((b) => b.endsWith(`:${name}`))).toBe(true);
    await ctx.db.close();
  });
});
