// `office show` and `office set` as a child process on a real database file: the admin sets the
// letterhead and signatory with real files (a PNG built byte by byte), only the named fields
// change, and every mistake is refused in Indonesian with the CLI's exit codes (1 refused, 2 usage).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_OFFICE, type OfficeSettings } from '../../shared/contract';
import { messages } from '../../shared/i18n';
import { openDatabase } from '../../electron/core/db/openDatabase';
import { runCli, type CliRun } from '../support/cli';
import { makePng } from '../support/png';
import { contextFor } from '../support/tempDb';
import { tempDir } from '../support/tempDir';

let tmp: ReturnType<typeof tempDir>;
let dataDir: string;
let db: string;
let png: Buffer;
let pngFile: string;
const ADMIN = { KEMITRAAN_PASSWORD: 'sandi-admin-kantor' };
const OPERATOR = { KEMITRAAN_PASSWORD: 'sandi-operator-1' };

const cli = (args: string[], env: Record<string, string> = {}) => runCli([...args, '--db', db], { dataDir, env, timeoutMs: 60_000 });
const asAdmin = (args: string[]) => cli([...args, '--user', 'admin'], ADMIN);
const ok = <T>(r: CliRun): T => {
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as T;
};
const show = async () => ok<OfficeSettings>(await cli(['office', 'show', '--json']));

beforeAll(async () => {
  tmp = tempDir('kemitraan-cli-office-');
  dataDir = path.join(tmp.dir, 'userdata');
  db = path.join(tmp.dir, 'kantor.sqlite');
  png = makePng(40, 40);
  pngFile = path.join(tmp.dir, 'lambang-balikpapan.png');
  fs.writeFileSync(pngFile, png);
  const d = await openDatabase({ file: db });
  const accounts = contextFor(d).auth.accounts(d.dataSource.manager);
  await accounts.setupFirstAdmin({ username: 'admin', fullName: 'Admin Kantor', password: ADMIN.KEMITRAAN_PASSWORD });
  await accounts.create({ username: 'operator', fullName: 'Operator Satu', role: 'operator', password: OPERATOR.KEMITRAAN_PASSWORD });
  await d.close();
});
afterAll(() => tmp.remove());

describe('office commands', () => {
  it('office show answers the defaults on a new database, without an account', async () => {
    expect(await show()).toEqual(JSON.parse(JSON.stringify(DEFAULT_OFFICE)));
  });

  it('office set stores every option, the emblem file byte for byte, and show prints them', async () => {
    const r = await asAdmin([
      'office', 'set', '--json',
      '--office-name', 'DINAS KOPERASI, UMKM DAN PERINDUSTRIAN',
      '--address', 'Jl. Jenderal Sudirman No. 1',
      '--address', 'Balikpapan 76114',
      '--phone', '(0542) 421 234',
      '--email', 'dkumkmp@balikpapan.go.id',
      '--city', 'Balikpapan',
      '--emblem', pngFile,
      '--position', 'Kepala Dinas',
      '--name', 'Dr. H. Nama Kepala, S.E., M.Si.',
      '--rank', 'Pembina Utama Muda (IV/c)',
      '--nip', '19700101 199503 1 001',
    ]);
    const saved = ok<OfficeSettings>(r);
    expect(saved).toMatchObject({ officeName: 'DINAS KOPERASI, UMKM DAN PERINDUSTRIAN', addressLines: ['Jl. Jenderal Sudirman No. 1', 'Balikpapan 76114'], signatoryNip: '197001011995031001' });
    const got = await show();
    expect(got).toEqual(saved);
    expect(Buffer.from(got.emblem!.base64, 'base64').equals(png)).toBe(true);
    expect(got.government).toBe(DEFAULT_OFFICE.government);

    const text = await cli(['office', 'show']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('19700101 199503 1 001');
    expect(text.stdout).toMatch(/Lambang kota\s+Gambar PNG, [\d,]+ KB/);
    expect(text.stdout).toMatch(/Alamat\s+Balikpapan 76114/);
  });

  it('changes only the fields it names; --no-emblem removes the emblem', async () => {
    const before = await show();
    ok(await asAdmin(['office', 'set', '--json', '--phone', '0542-999999']));
    expect(await show()).toEqual({ ...before, phone: '0542-999999' });
    const r = await asAdmin(['office', 'set', '--no-emblem']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(messages.office.cli.saved);
    expect(await show()).toEqual({ ...before, phone: '0542-999999', emblem: null });
  });

  it('refuses an operator (exit 1) and needs an account to write (exit 2)', async () => {
    const before = await show();
    const op = await cli(['office', 'set', '--phone', '1', '--user', 'operator'], OPERATOR);
    expect(op.code).toBe(1);
    expect(op.stderr).toContain('Ditolak: Peran Operator tidak diizinkan untuk tindakan ini.');
    const none = await cli(['office', 'set', '--phone', '1']);
    expect(none.code).toBe(2);
    expect(await show()).toEqual(before);
  });

  it('refuses a text file renamed .png at --emblem, and a bad NIP at --nip (exit 1)', async () => {
    const fake = path.join(tmp.dir, 'bukan-gambar.png');
    fs.writeFileSync(fake, 'Ini hanya teks, bukan lambang.');
    const r = await asAdmin(['office', 'set', '--emblem', fake]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`--emblem: ${messages.office.emblemUnreadable}`);
    const nip = await asAdmin(['office', 'set', '--nip', '1970 0101']);
    expect(nip.code).toBe(1);
    expect(nip.stderr).toContain(`--nip: ${messages.office.nipInvalid}`);
    expect((await show()).signatoryNip).toBe('197001011995031001');
  });

  // Each a usage mistake (exit 2), said before the database is opened.
  it.each([
    ['an emblem that is not .png or .jpg', () => ['--emblem', path.join(tmp.dir, 'lambang.gif')], () => messages.office.cli.emblemExtension.replace('{file}', path.join(tmp.dir, 'lambang.gif'))],
    ['an emblem file that does not exist', () => ['--emblem', path.join(tmp.dir, 'tidak-ada.png')], () => 'Berkas lambang tidak ditemukan'],
    ['both --emblem and --no-emblem', () => ['--emblem', pngFile, '--no-emblem'], () => messages.office.cli.emblemBoth],
    ['no field named', () => [], () => messages.office.cli.nothingToSet],
    ['a fourth --address', () => ['--address', 'a', '--address', 'b', '--address', 'c', '--address', 'd'], () => messages.office.cli.tooManyAddress],
  ])('refuses %s with exit 2', async (_what, args, said) => {
    fs.writeFileSync(path.join(tmp.dir, 'lambang.gif'), png);
    const before = await show();
    const r = await asAdmin(['office', 'set', ...args()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(said());
    expect(await show()).toEqual(before);
  });
});
