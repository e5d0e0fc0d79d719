// Attachments (lampiran) through their channels, on a real database (SQLite, or PostgreSQL under
// integration-pg): a real PNG and a real PDF on a UMKM, their bytes in the engine's store checked
// by SHA-256 (SQLite: the folder beside the file; PostgreSQL: lampiran_isi), the refusals (too
// large, not an image or PDF, a record that is not there) storing nothing, thumbnails, opening
// (a file to download without a shell, the shell's viewer with one), damaged bytes named, roles,
// audit, the recycle bin, and backups that carry the attachments and restores that bring them back.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackupEntry, Lampiran, RestoreResult, TrashPage } from '../../shared/contract';
import { LAMPIRAN_MAX_BYTES } from '../../shared/domain/lampiran';
import { fill, messages } from '../../shared/i18n';
import { dispatch } from '../../electron/core/dispatch/dispatch';
import { SYSTEM_CALLER } from '../../electron/core/auth/caller';
import { backupsDirOf } from '../../electron/core/paths';
import { lampiranFilePath, lampiranFolderOf } from '../../electron/core/db/sqlite/lampiranFiles';
import { sha256Of } from '../../electron/core/db/lampiranStore';
import type { Scope } from '../../electron/core/scope';
import { adminSession, sessionAs, signedIn } from '../support/auth';
import { call } from '../support/call';
import { countRows, queryRows } from '../support/dbQuery';
import { addMitra, addUmkm, thrown } from '../support/partnerships';
import { makePdf } from '../support/pdf';
import { makePng } from '../support/png';
import { makeExifJpeg } from '../support/jpeg';
import { tempContext } from '../support/tempDb';

const e = messages.lampiran.errors;
let t: Awaited<ReturnType<typeof tempContext>>;
let ctx: Scope;
const previousDataDir = process.env.KEMITRAAN_DATA_DIR;

beforeEach(async () => {
  t = await tempContext();
  ctx = t.ctx;
  // This PC's data folder (a PostgreSQL registry's backups and key) inside the test's own folder.
  process.env.KEMITRAAN_DATA_DIR = path.join(t.dir, 'data');
});
afterEach(async () => {
  await t.cleanup();
  if (previousDataDir === undefined) delete process.env.KEMITRAAN_DATA_DIR;
  else process.env.KEMITRAAN_DATA_DIR = previousDataDir;
});

/** A file the clerk chose (as the open dialog or an upload hands it to main). */
function chosen(name: string, bytes: Buffer): string {
  const file = path.join(t.dir, name);
  fs.writeFileSync(file, bytes);
  return ctx.files.register(file).fileId;
}

/** Where a backup made on this registry lies (beside a SQLite file; this PC's data folder for a server's). */
const backupFile = (b: BackupEntry) => path.join(backupsDirOf(ctx.db.kind === 'sqlite' ? { kind: 'sqlite', file: ctx.db.file } : { kind: 'postgres' }), b.name);

const png = makePng(80, 60, [200, 30, 30]);
const pdf = makePdf('Nomor Induk Berusaha');

/** The stored bytes of one attachment as the engine keeps them, read past the app. */
async function storedBytes(sha: string): Promise<Buffer | null> {
  if (ctx.db.kind === 'sqlite') {
    const file = lampiranFilePath(lampiranFolderOf(t.file), sha);
    return fs.existsSync(file) ? fs.readFileSync(file) : null;
  }
  const rows = await queryRows<{ bytes: Buffer }>(ctx.db, 'SELECT bytes FROM lampiran_isi WHERE sha256 = ?', [sha]);
  return rows[0]?.bytes ?? null;
}

/** Damages the stored bytes of one attachment (a disk error, someone editing the folder or the table). */
async function damage(sha: string): Promise<void> {
  const bad = Buffer.concat([png.subarray(0, 40), Buffer.from('rusak')]);
  if (ctx.db.kind === 'sqlite') fs.writeFileSync(lampiranFilePath(lampiranFolderOf(t.file), sha), bad);
  else await queryRows(ctx.db, 'UPDATE lampiran_isi SET bytes = ? WHERE sha256 = ?', [bad, sha]);
}

async function attachBoth(umkmId: number): Promise<{ photo: Lampiran; letter: Lampiran }> {
  const photo = await call(ctx, 'lampiran:add', { owner: 'umkm', ownerId: umkmId, fileId: chosen('foto produk.png', png), category: 'foto_produk', caption: ' Amplang di rak ' });
  const letter = await call(ctx, 'lampiran:add', { owner: 'umkm', ownerId: umkmId, fileId: chosen('NIB.pdf', pdf), category: 'nib', caption: '' });
  return { photo, letter };
}

describe('lampiran: attaching and reading back', () => {
  it('keeps a real PNG and a real PDF on a UMKM with their type read from the bytes, checksums and the clerk', async () => {
    const u = await addUmkm(ctx);
    const { photo, letter } = await attachBoth(u.id);
    expect(photo).toMatchObject({ owner: 'umkm', ownerId: u.id, category: 'foto_produk', fileName: 'foto produk.png', mime: 'image/png', size: png.length, sha256: sha256Of(png), caption: 'Amplang di rak', hasThumbnail: true, createdBy: SYSTEM_CALLER.username });
    expect(letter).toMatchObject({ category: 'nib', fileName: 'NIB.pdf', mime: 'application/pdf', size: pdf.length, sha256: sha256Of(pdf), caption: null, hasThumbnail: false });
    // Newest first, only this record's.
    const other = await addUmkm(ctx, { nik: '6471054506880009', businessName: 'Keripik Lain' });
    expect((await call(ctx, 'lampiran:list', { owner: 'umkm', ownerId: u.id })).map((l) => l.id)).toEqual([letter.id, photo.id]);
    expect(await call(ctx, 'lampiran:list', { owner: 'umkm', ownerId: other.id })).toEqual([]);
    // The bytes are in the engine's store, exactly.
    expect((await storedBytes(photo.sha256))?.equals(png)).toBe(true);
    expect((await storedBytes(letter.sha256))?.equals(pdf)).toBe(true);
    // A file whose name lies about its type is named for what it is.
    const renamed = await call(ctx, 'lampiran:add', { owner: 'umkm', ownerId: u.id, fileId: chosen('scan.jpg', png), category: 'ktp' });
    expect(renamed).toMatchObject({ fileName: 'scan.png', mime: 'image/png' });
    // The same content twice is stored once.
    if (ctx.db.kind === 'postgres') expect(await countRows(ctx.db, 'lampiran_isi')).toBe(2);
    else expect(fs.readdirSync(lampiranFolderOf(t.file)).flatMap((d) => fs.readdirSync(path.join(lampiranFolderOf(t.file), d)))).toHaveLength(2);
  });

  it('goes on partners too, and shows a thumbnail of a small image only', async () => {
    const m = await addMitra(ctx);
    const photo = await call(ctx, 'lampiran:add', { owner: 'mitra', ownerId: m.id, fileId: chosen('toko.png', png), category: 'lainnya' });
    const thumb = await call(ctx, 'lampiran:thumbnail', { id: photo.id });
    expect(thumb.dataUrl).toBe(`data:image/png;base64,${png.toString('base64')}`);
    const letter = await call(ctx, 'lampiran:add', { owner: 'mitra', ownerId: m.id, fileId: chosen('mou.pdf', pdf), category: 'mou' });
    expect(await call(ctx, 'lampiran:thumbnail', { id: letter.id })).toEqual({ dataUrl: null });
    // A 3 MB camera photo: not sent whole, but the small copy in its EXIF block.
    const small = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xdb]), Buffer.alloc(500, 9), Buffer.from([0xff, 0xd9])]);
    const camera = await call(ctx, 'lampiran:add', { owner: 'mitra', ownerId: m.id, fileId: chosen('IMG_2041.JPG', makeExifJpeg(small, 3 * 1024 * 1024)), category: 'foto_kunjungan' });
    expect(camera).toMatchObject({ mime: 'image/jpeg', fileName: 'IMG_2041.JPG', hasThumbnail: true });
    expect(await call(ctx, 'lampiran:thumbnail', { id: camera.id })).toEqual({ dataUrl: `data:image/jpeg;base64,${small.toString('base64')}` });
    // A large PNG has no such copy: an icon stands for it.
    const bigPng = await call(ctx, 'lampiran:add', { owner: 'mitra', ownerId: m.id, fileId: chosen('denah.png', Buffer.concat([png, Buffer.alloc(3 * 1024 * 1024)])), category: 'lainnya' });
    expect(bigPng.hasThumbnail).toBe(false);
  });

  it('refuses a file too large, one that is no image or PDF, an empty one and a record that is not there, storing nothing', async () => {
    const u = await addUmkm(ctx);
    const big = Buffer.concat([png, Buffer.alloc(LAMPIRAN_MAX_BYTES / 2 + LAMPIRAN_MAX_BYTES)]).subarray(0, Math.round(LAMPIRAN_MAX_BYTES * 1.05));
    const tooLarge = await thrown(() => call(ctx, 'lampiran:add', { owner: 'umkm', ownerId: u.id, fileId: chosen('foto besar.png', big), category: 'foto_produk' }));
    expect(tooLarge.code).toBe('FILE_TOO_LARGE');
    expect(tooLarge.message).toBe(fill(e.tooLarge, { name: 'foto besar.png', size: '10,5 MB' }));
    const exe = await thrown(() => call(ctx, 'lampiran:add', { owner: 'umkm', ownerId: u.id, fileId: chosen('ktp.jpg', Buffer.from('MZ\x90\x00 this is a program')), category: 'ktp' }));
    expect(exe.code).toBe('BAD_FILE');
    expect(exe.message).toBe(fill(e.badType, { name: 'ktp.jpg' }));
    const empty = await thrown(() => call(ctx, 'lampiran:add', { owner: 'umkm', ownerId: u.id, fileId: chosen('kosong.pdf', Buffer.alloc(0)), category: 'nib' }));
    expect(empty.message).toBe(fill(e.empty, { name: 'kosong.pdf' }));
    const missing = await thrown(() => call(ctx, 'lampiran:add', { owner: 'kemitraan', ownerId: 424_242, fileId: chosen('mou.pdf', pdf), category: 'mou' }));
    expect(missing.code).toBe('NOT_FOUND');
    expect(missing.message).toBe(fill(e.ownerMissing, { owner: messages.lampiran.owners.kemitraan }));
    const badCategory = await thrown(() => call(ctx, 'lampiran:add', { owner: 'umkm', ownerId: u.id, fileId: chosen('a.png', png), category: 'video' as never }));
    expect(badCategory.code).toBe('VALIDATION');
    expect(await countRows(ctx.db, 'lampiran')).toBe(0);
    expect(await countRows(ctx.db, 'audit_log', 'entity = ?', ['lampiran'])).toBe(0);
  });
});

describe('lampiran: opening', () => {
  it('hands the checked file over as a file, its line in the trail first; the shell\'s viewer shows only such files', async () => {
    const u = await addUmkm(ctx);
    const { letter } = await attachBoth(u.id);
    const res = await dispatch('lampiran:open', { id: letter.id }, t.core, sessionAs(ctx, 'pimpinan'));
    if (!res.ok) throw new Error(res.error.message);
    const file = (res.value as { file: { fileId: string; name: string } }).file;
    expect(file.name).toBe('NIB.pdf');
    expect(fs.readFileSync(ctx.files.get(file.fileId).path).equals(pdf)).toBe(true);
    const line = await queryRows<{ action: string; username: string; summary: string }>(ctx.db, `SELECT action, username, summary FROM audit_log WHERE entity = 'lampiran' AND action = 'export'`);
    expect(line).toEqual([{ action: 'export', username: 'uji-pimpinan', summary: fill(messages.lampiran.opened, { id: letter.id, file: 'NIB.pdf' }) }]);

    // No shell (the browser preview, the command line): the viewer is the desktop app's only.
    expect((await thrown(() => call(ctx, 'lampiran:view', { fileId: file.fileId }))).code).toBe('UNAVAILABLE');
    const asked: string[] = [];
    t.core.dialogs = { chooseOpen: async () => null, chooseSave: async () => null, openWithViewer: async (f) => (asked.push(f), { opened: true }) };
    expect(await call(ctx, 'lampiran:view', { fileId: file.fileId })).toEqual({ opened: true });
    expect(asked).toEqual([ctx.files.get(file.fileId).path]);
    // A file the clerk chose (not one main wrote) is never handed to the OS.
    const chosenFile = chosen('program.pdf', pdf);
    expect((await thrown(() => call(ctx, 'lampiran:view', { fileId: chosenFile }))).code).toBe('NOT_FOUND');
    expect(asked).toHaveLength(1);
    // The OS has no viewer: the clerk reads why, in Indonesian around the OS's words.
    t.core.dialogs = { chooseOpen: async () => null, chooseSave: async () => null, openWithViewer: async () => ({ opened: false, reason: 'No application is associated' }) };
    const refused = await thrown(() => call(ctx, 'lampiran:view', { fileId: file.fileId }));
    expect(refused.message).toBe(fill(e.viewerFailed, { name: 'NIB.pdf', reason: 'No application is associated' }));
  });

  it('never shows damaged bytes as the attachment: thumbnail and opening name the file', async () => {
    const u = await addUmkm(ctx);
    const { photo } = await attachBoth(u.id);
    await damage(photo.sha256);
    for (const channel of ['lampiran:thumbnail', 'lampiran:open'] as const) {
      const err = await thrown(() => call(ctx, channel, { id: photo.id }));
      expect(err.code).toBe('BAD_FILE');
      expect(err.message).toBe(fill(e.damaged, { name: 'foto produk.png' }));
    }
  });
});

describe('lampiran: roles, audit and the recycle bin', () => {
  it('lets clerks attach and delete, the pimpinan only read; every write is in the trail', async () => {
    const u = await addUmkm(ctx);
    const fileId = chosen('ktp.png', png);
    const pimpinan = await dispatch('lampiran:add', { owner: 'umkm', ownerId: u.id, fileId, category: 'ktp' }, t.core, sessionAs(ctx, 'pimpinan'));
    expect(pimpinan.ok || pimpinan.error.code).toBe('FORBIDDEN');
    const added = await dispatch('lampiran:add', { owner: 'umkm', ownerId: u.id, fileId, category: 'ktp' }, t.core, sessionAs(ctx, 'operator'));
    expect(added.ok).toBe(true);
    const id = (added as { value: Lampiran }).value.id;
    expect((await dispatch('lampiran:list', { owner: 'umkm', ownerId: u.id }, t.core, sessionAs(ctx, 'pimpinan'))).ok).toBe(true);
    expect((await dispatch('lampiran:delete', { id }, t.core, sessionAs(ctx, 'pimpinan'))).ok).toBe(false);
    expect((await dispatch('lampiran:delete', { id }, t.core, sessionAs(ctx, 'operator'))).ok).toBe(true);

    const trail = await queryRows<{ action: string; username: string; summary: string }>(ctx.db, `SELECT action, username, summary FROM audit_log WHERE entity = 'lampiran' AND entity_id = ? ORDER BY id`, [id]);
    expect(trail.map((r) => [r.action, r.username])).toEqual([
      ['create', 'uji-operator'],
      ['delete', 'uji-operator'],
    ]);
    expect(trail[0]!.summary).toContain('ktp.png');
    const entries = await call(ctx, 'audit:entity', { entity: 'lampiran', id });
    expect(entries[0]!.recordName).toBe(fill(messages.lampiran.recordName, { file: 'ktp.png', owner: `${messages.lampiran.owners.umkm} #${u.id}` }));
  });

  it('deletes into the recycle bin; the admin restores it with its bytes, or purges it', async () => {
    const u = await addUmkm(ctx);
    const { photo, letter } = await attachBoth(u.id);
    await call(ctx, 'lampiran:delete', { id: photo.id });
    expect((await call(ctx, 'lampiran:list', { owner: 'umkm', ownerId: u.id })).map((l) => l.id)).toEqual([letter.id]);
    expect((await thrown(() => call(ctx, 'lampiran:thumbnail', { id: photo.id }))).code).toBe('NOT_FOUND');
    const bin = await dispatch('trash:list', { kind: 'lampiran' }, t.core, adminSession(ctx));
    const page = (bin as { value: TrashPage }).value;
    expect(page.items.map((i) => [i.id, i.name, i.detail])).toEqual([[photo.id, 'foto produk.png', 'foto_produk']]);
    expect(page.counts.lampiran).toBe(1);
    expect((await dispatch('trash:restore', { kind: 'lampiran', id: photo.id }, t.core, adminSession(ctx))).ok).toBe(true);
    expect((await call(ctx, 'lampiran:thumbnail', { id: photo.id })).dataUrl).toContain('base64,');
    await call(ctx, 'lampiran:delete', { id: letter.id });
    expect((await dispatch('trash:purge', { kind: 'lampiran', id: letter.id }, t.core, adminSession(ctx))).ok).toBe(true);
    expect(await countRows(ctx.db, 'lampiran')).toBe(1);
  });
});

describe('lampiran: the record it is on', () => {
  it('goes with a UMKM purged for good, counted in the purge\'s line; a UMKM in the bin keeps them', async () => {
    const u = await addUmkm(ctx);
    const keep = await addUmkm(ctx, { nik: '6471054506880009', businessName: 'Keripik Lain' });
    await attachBoth(u.id);
    await call(ctx, 'lampiran:add', { owner: 'umkm', ownerId: keep.id, fileId: chosen('lain.png', png), category: 'ktp' });
    await call(ctx, 'umkm:delete', { id: u.id });
    expect(await countRows(ctx.db, 'lampiran', 'owner_id = ?', [u.id])).toBe(2);
    const purged = await dispatch('trash:purge', { kind: 'umkm', id: u.id }, t.core, adminSession(ctx));
    expect(purged.ok).toBe(true);
    expect(await countRows(ctx.db, 'lampiran', 'owner_id = ?', [u.id])).toBe(0);
    expect(await countRows(ctx.db, 'lampiran', 'owner_id = ?', [keep.id])).toBe(1);
    const [line] = await queryRows<{ changes: string }>(ctx.db, `SELECT changes FROM audit_log WHERE action = 'purge' AND entity = 'umkm'`);
    expect(JSON.parse(line!.changes).attachments).toEqual([2, null]);
  });
});

describe('lampiran: backups and restores', () => {
  it('carries the attachments in the backup file with their checksums, and a restore brings them back after they were lost', async () => {
    const u = await addUmkm(ctx);
    const { photo, letter } = await attachBoth(u.id);
    const admin = adminSession(ctx);
    const made = await dispatch('backup:create', {}, t.core, admin);
    if (!made.ok) throw new Error(made.error.message);
    const backup = made.value as BackupEntry;
    // Inside the one backup file, each under its SHA-256.
    const Database = (await import('better-sqlite3')).default;
    const file = new Database(backupFile(backup), { readonly: true });
    const carried = file.prepare('SELECT sha256, size, bytes FROM lampiran_isi ORDER BY size').all() as Array<{ sha256: string; size: number; bytes: Buffer }>;
    file.close();
    expect(carried.map((c) => [c.sha256, c.size, sha256Of(c.bytes)])).toEqual(
      [photo, letter].sort((a, b) => a.size - b.size).map((l) => [l.sha256, l.size, l.sha256]),
    );

    // The attachments are lost after the backup (the folder emptied, the server's table cleared).
    if (ctx.db.kind === 'sqlite') fs.rmSync(lampiranFolderOf(t.file), { recursive: true, force: true });
    else await queryRows(ctx.db, 'DELETE FROM lampiran_isi');
    expect((await thrown(() => call(ctx, 'lampiran:open', { id: letter.id }))).code).toBe('BAD_FILE');

    const restored = await dispatch('backup:restore', { name: backup.name }, t.core, admin);
    if (!restored.ok) throw new Error(restored.error.message);
    expect((restored.value as RestoreResult).restoredFrom).toBe(backup.name);
    const opened = await call(ctx, 'lampiran:open', { id: letter.id });
    expect(fs.readFileSync(ctx.files.get(opened.file!.fileId).path).equals(pdf)).toBe(true);
    expect((await call(ctx, 'lampiran:thumbnail', { id: photo.id })).dataUrl).toBe(`data:image/png;base64,${png.toString('base64')}`);
    // On SQLite the opened file is written back into the folder beside the database.
    if (ctx.db.kind === 'sqlite') expect(fs.readFileSync(lampiranFilePath(lampiranFolderOf(t.file), letter.sha256)).equals(pdf)).toBe(true);
  });

  it('refuses a backup whose carried attachment was changed, leaving the registry as it was', async () => {
    const u = await addUmkm(ctx);
    const { photo } = await attachBoth(u.id);
    const admin = adminSession(ctx);
    const made = await dispatch('backup:create', {}, t.core, admin);
    if (!made.ok) throw new Error(made.error.message);
    const backup = made.value as BackupEntry;
    // Someone changes a carried file inside the backup and recomputes the manifest: the restore is
    // refused as unsigned first; an admin who vouches for it still meets the attachment's checksum.
    const Database = (await import('better-sqlite3')).default;
    const file = new Database(backupFile(backup));
    file.prepare('UPDATE lampiran_isi SET bytes = ? WHERE sha256 = ?').run(Buffer.from('bukan foto'), photo.sha256);
    file.close();
    fs.rmSync(`${backupFile(backup)}.json`, { force: true });
    const unsigned = await dispatch('backup:restore', { name: backup.name }, t.core, admin);
    expect(unsigned.ok || unsigned.error.code).toBe('UNVERIFIED_BACKUP');
    const vouching = await signedIn(ctx, 'admin', 'admin-pemulih', 'kata-sandi-uji');
    await call(ctx, 'lampiran:delete', { id: photo.id });
    const refused = await dispatch('backup:restore', { name: backup.name, trustPassword: 'kata-sandi-uji' }, t.core, vouching);
    expect(refused.ok || refused.error.code).toBe('BAD_FILE');
    expect(refused.ok || refused.error.message).toBe(fill(e.backupDamaged, { n: 1, file: backup.name }));
    // Nothing was restored: the photo is still in the bin.
    expect(await countRows(ctx.db, 'lampiran', 'deleted_at IS NOT NULL')).toBe(1);
  });
});
