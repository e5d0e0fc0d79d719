// The command-line tool: reading needs no account; writing needs --user (password from the
// environment) or --as-admin-offline; neither is a usage mistake (exit 2) before anything is written.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/core/db/openDatabase';
import { runCli, type CliRun } from '../support/cli';
import { tempDir } from '../support/tempDir';
import { validUmkm } from '../support/tempDb';

let tmp: ReturnType<typeof tempDir>;
let dataDir: string;
let file: string;

const cli = (args: string[], env: Record<string, string> = {}) => runCli([...args, '--db', file], { dataDir, env });
const json = <T>(r: CliRun): T => {
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as T;
};
async function count(table: string): Promise<number> {
  const db = await openDatabase({ file });
  try {
    return (db.raw.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  } finally {
    await db.close();
  }
}

beforeAll(() => {
  tmp = tempDir('kemitraan-cli-auth-');
  dataDir = path.join(tmp.dir, 'userdata');
  file = path.join(tmp.dir, 'auth.sqlite');
});
afterAll(() => {
  tmp.remove();
});

describe('accounts on the command line', () => {
  it('makes the first admin without an account, then refuses a second add without one', async () => {
    const first = await cli(['user', 'add', '--json', '--data', JSON.stringify({ username: 'kepala', fullName: 'Kepala Bidang', role: 'operator' })], {
      KEMITRAAN_NEW_PASSWORD: 'admin-cli-sandi',
    });
    // The first account is always the administrator, whatever role was asked.
    expect(json<{ username: string; role: string }>(first)).toMatchObject({ username: 'kepala', role: 'admin' });
    const second = await cli(['user', 'add', '--data', JSON.stringify({ username: 'budi', fullName: 'Budi', role: 'operator' })], { KEMITRAAN_NEW_PASSWORD: 'budi-sandi-1' });
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(/memerlukan akun: tambahkan --user NAMA .* atau --as-admin-offline/);
    expect(await count('pengguna')).toBe(1);
  });

  it('adds accounts as the admin with --user and the password from KEMITRAAN_PASSWORD', async () => {
    const env = { KEMITRAAN_PASSWORD: 'admin-cli-sandi', KEMITRAAN_NEW_PASSWORD: 'operator-sandi' };
    const op = await cli(['user', 'add', '--user', 'kepala', '--data', JSON.stringify({ username: 'operator1', fullName: 'Sari', role: 'operator' })], env);
    expect(op.stderr).toBe('');
    expect(op.stdout).toBe('Akun operator1 (Operator) dibuat.\n');
    const viewer = await cli(['user', 'add', '--as-admin-offline', '--data', JSON.stringify({ username: 'pimpinan1', fullName: 'Pak Kadis', role: 'pimpinan' })], {
      KEMITRAAN_NEW_PASSWORD: 'pimpinan-sandi',
    });
    expect(viewer.code).toBe(0);
    const list = json<Array<Record<string, unknown>>>(await cli(['user', 'list', '--as-admin-offline', '--json']));
    expect(list.map((u) => [u.username, u.role])).toEqual([
      ['kepala', 'admin'],
      ['operator1', 'operator'],
      ['pimpinan1', 'pimpinan'],
    ]);
    expect(JSON.stringify(list)).not.toMatch(/scrypt|hash|sandi/);
  });

  it('reads without an account, and refuses a write without one with exit 2 and nothing written', async () => {
    expect(json<{ total: number }>(await cli(['umkm', 'list', '--json'])).total).toBe(0);
    const r = await cli(['umkm', 'add', '--data', JSON.stringify(validUmkm())]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'Perintah "umkm add" mengubah data dan memerlukan akun: tambahkan --user NAMA (kata sandi dari KEMITRAAN_PASSWORD atau diketik) atau --as-admin-offline (dicatat di log audit).\n',
    );
    expect(await count('umkm')).toBe(0);
  });

  it('writes as an operator with --user; refuses a wrong password (exit 1) and a viewer (exit 1)', async () => {
    const added = await cli(['umkm', 'add', '--user', 'operator1', '--json', '--data', JSON.stringify(validUmkm())], { KEMITRAAN_PASSWORD: 'operator-sandi' });
    expect(json<{ businessName: string }>(added).businessName).toBe('Amplang Kepiting Bu Sari');
    const wrong = await cli(['umkm', 'add', '--user', 'operator1', '--json', '--data', JSON.stringify(validUmkm({ nik: '6471010101900002' }))], { KEMITRAAN_PASSWORD: 'salah' });
    expect(wrong.code).toBe(1);
    expect(JSON.parse(wrong.stdout)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: 'Nama pengguna atau kata sandi salah.' } });
    const viewer = await cli(['umkm', 'add', '--user', 'pimpinan1', '--data', JSON.stringify(validUmkm({ nik: '6471010101900002' }))], { KEMITRAAN_PASSWORD: 'pimpinan-sandi' });
    expect(viewer.code).toBe(1);
    expect(viewer.stderr).toBe('Ditolak: Peran Pimpinan tidak diizinkan untuk tindakan ini.\n');
    expect(await count('umkm')).toBe(1);
  });

  it('needs a password for --user (no TTY here) and one mode at a time: exit 2', async () => {
    const noPassword = await cli(['umkm', 'delete', '1', '--user', 'operator1']);
    expect(noPassword.code).toBe(2);
    expect(noPassword.stderr).toMatch(/KEMITRAAN_PASSWORD/);
    const both = await cli(['umkm', 'delete', '1', '--user', 'operator1', '--as-admin-offline'], { KEMITRAAN_PASSWORD: 'operator-sandi' });
    expect(both.code).toBe(2);
    expect(both.stderr).toBe('Pilih salah satu: --user atau --as-admin-offline.\n');
    expect(await count('umkm')).toBe(1);
  });

  it('resets a password as the offline admin; the old one stops working', async () => {
    const r = await cli(['user', 'passwd', 'operator1', '--as-admin-offline'], { KEMITRAAN_NEW_PASSWORD: 'operator-baru-1' });
    expect(r.stdout).toBe('Kata sandi operator1 diganti.\n');
    const old = await cli(['umkm', 'delete', '1', '--user', 'operator1'], { KEMITRAAN_PASSWORD: 'operator-sandi' });
    expect(old.code).toBe(1);
    const now = await cli(['umkm', 'delete', '1', '--user', 'operator1', '--json'], { KEMITRAAN_PASSWORD: 'operator-baru-1' });
    expect(json<{ id: number }>(now)).toEqual({ id: 1 });
  });

  it('runs a write with --as-admin-offline', async () => {
    const r = await cli(['umkm', 'add', '--as-admin-offline', '--json', '--data', JSON.stringify(validUmkm({ nik: '6471010101900003' }))]);
    expect(r.code).toBe(0);
    expect(fs.existsSync(dataDir)).toBe(false);
  });
});
