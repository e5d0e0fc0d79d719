// `lampiran list|add|get` on the real command-line tool: a PNG and a PDF attached to a UMKM by
// path, listed as JSON, copied out with their checksums checked; refusals (a program renamed .jpg,
// a kind of record that does not exist, a reader without an account writing) exit 1 or 2 with the
// Indonesian message.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UmkmInput, type Lampiran } from '../../shared/contract';
import { fill, messages } from '../../shared/i18n';
import { openDatabase } from '../../electron/core/db/openDatabase';
import { sha256Of } from '../../electron/core/db/lampiranStore';
import { lampiranFilePath, lampiranFolderOf } from '../../electron/core/db/sqlite/lampiranFiles';
import { runCli, type CliRun } from '../support/cli';
import { makePdf } from '../support/pdf';
import { makePng } from '../support/png';
import { contextFor, validUmkm } from '../support/tempDb';
import { tempDir } from '../support/tempDir';

let tmp: ReturnType<typeof tempDir>;
let dataDir: string;
let db: string;
let umkmId: number;
const ADMIN = { KEMITRAAN_PASSWORD: 'sandi-admin-kantor' };
const png = makePng(50, 30);
const pdf = makePdf('MoU');

const cli = (args: string[], env: Record<string, string> = {}) => runCli([...args, '--db', db], { dataDir, env, timeoutMs: 60_000 });
const asAdmin = (args: string[]) => cli([...args, '--user', 'admin'], ADMIN);
const ok = <T>(r: CliRun): T => {
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as T;
};
const write = (name: string, bytes: Buffer) => {
  const file = path.join(tmp.dir, name);
  fs.writeFileSync(file, bytes);
  return file;
};

beforeAll(async () => {
  tmp = tempDir('kemitraan-cli-lampiran-');
  dataDir = path.join(tmp.dir, 'userdata');
  db = path.join(tmp.dir, 'kantor.sqlite');
  const d = await openDatabase({ file: db });
  const ctx = contextFor(d);
  await ctx.auth.accounts(d.dataSource.manager).setupFirstAdmin({ username: 'admin', fullName: 'Admin Kantor', password: ADMIN.KEMITRAAN_PASSWORD });
  umkmId = (await ctx.umkm.create(UmkmInput.parse(validUmkm()))).id;
  await d.close();
});
afterAll(() => tmp.remove());

describe('lampiran on the command line', () => {
  it('adds a PNG and a PDF by path, lists them and copies one out, checked', async () => {
    const photo = ok<Lampiran>(await asAdmin(['lampiran', 'add', 'umkm', String(umkmId), write('produk.png', png), '--category', 'foto_produk', '--caption', 'Kemasan baru', '--json']));
    expect(photo).toMatchObject({ owner: 'umkm', ownerId: umkmId, category: 'foto_produk', mime: 'image/png', sha256: sha256Of(png), caption: 'Kemasan baru', createdBy: 'admin' });
    expect(fs.readFileSync(lampiranFilePath(lampiranFolderOf(db), photo.sha256)).equals(png)).toBe(true);
    const letter = ok<Lampiran>(await asAdmin(['lampiran', 'add', 'umkm', String(umkmId), write('mou.pdf', pdf), '--json']));
    expect(letter).toMatchObject({ category: 'lainnya', mime: 'application/pdf', size: pdf.length });

    const listed = ok<Lampiran[]>(await cli(['lampiran', 'list', 'umkm', String(umkmId), '--json']));
    expect(listed.map((l) => l.fileName)).toEqual(['mou.pdf', 'produk.png']);
    const plain = await cli(['lampiran', 'list', 'umkm', String(umkmId)]);
    expect(plain.stdout).toContain(messages.lampiran.categories.foto_produk);
    expect(plain.stdout).toContain(fill(messages.lampiranCli.listFooter, { n: 2 }));

    const out = path.join(tmp.dir, 'salinan.pdf');
    const got = await cli(['lampiran', 'get', String(letter.id), '--out', out]);
    expect(got.code).toBe(0);
    expect(got.stdout).toBe(`${fill(messages.lampiranCli.written, { file: out })}\n`);
    expect(fs.readFileSync(out).equals(pdf)).toBe(true);
  });

  it('refuses a program renamed .jpg (exit 1, the message in Indonesian) and bad words (exit 2)', async () => {
    const exe = await asAdmin(['lampiran', 'add', 'umkm', String(umkmId), write('ktp.jpg', Buffer.from('MZ\x90\x00program')), '--category', 'ktp', '--json']);
    expect(exe.code).toBe(1);
    expect(JSON.parse(exe.stdout)).toMatchObject({ ok: false, error: { code: 'BAD_FILE', message: fill(messages.lampiran.errors.badType, { name: 'ktp.jpg' }) } });
    const owner = await cli(['lampiran', 'list', 'toko', '3']);
    expect(owner.code).toBe(2);
    expect(owner.stderr).toContain(fill(messages.lampiranCli.badOwner, { value: 'toko', owners: 'umkm, sertifikat, bantuan, kegiatan, kemitraan, monev_kunjungan, mitra, komunitas' }));
    const category = await asAdmin(['lampiran', 'add', 'umkm', String(umkmId), write('x.png', png), '--category', 'video']);
    expect(category.code).toBe(2);
    // Writing needs an account.
    const anonymous = await cli(['lampiran', 'add', 'umkm', String(umkmId), write('y.png', png), '--json']);
    expect(anonymous.code).not.toBe(0);
    expect(ok<Lampiran[]>(await cli(['lampiran', 'list', 'umkm', String(umkmId), '--json']))).toHaveLength(2);
  });
});
