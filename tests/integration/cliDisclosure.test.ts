// The command-line tool under the same rules as the app for personal data leaving (issue 13), run as
// the real child process: `backup --out` copies the whole database (password hashes included), so
// it takes the app's permission for a copy elsewhere (backup:save, admin only) and writes a line in
// the audit trail; an export writes its line too; `import --dry-run` writes nothing of its own.
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messages } from '../../shared/i18n';
import { runCli } from '../support/cli';
import { writeMessyUmkmWorkbook } from '../support/messyWorkbooks';
import { tempDir } from '../support/tempDir';

let tmp: ReturnType<typeof tempDir>;
let db: string;
const cli = (args: string[], env: Record<string, string> = {}) => runCli([...args, '--db', db], { dataDir: tmp.dir, timeoutMs: 60_000, env });

interface Line {
  id: number;
  username: string;
  role: string;
  via: string;
  action: string;
  entity: string | null;
  summary: string;
  changes: Record<string, [unknown, unknown]>;
}
function read<T>(sql: string): T[] {
  const d = new Database(db, { readonly: true });
  try {
    return d.prepare(sql).all() as T[];
  } finally {
    d.close();
  }
}
const lines = () =>
  read<Line & { changes: string }>(`SELECT id, username, role, via, action, entity, summary, changes FROM audit_log ORDER BY id`).map((l) => ({ ...l, changes: JSON.parse(l.changes) as Line['changes'] }));
const lastId = () => lines().at(-1)?.id ?? 0;
const after = (id: number) => lines().filter((l) => l.id > id);

// The first account of a database is its administrator, whatever role it is given.
const PASSWORDS = { admin1: 'Admin-Kota-Balikpapan-5173', operator1: 'Operator-Kota-Balikpapan-7391', pimpinan1: 'Pimpinan-Kota-Balikpapan-8462' };

beforeAll(async () => {
  tmp = tempDir('kemitraan-clidisc-');
  db = path.join(tmp.dir, 'db.sqlite');
  expect((await cli(['--as-admin-offline', 'seed-demo', '--umkm', '60'])).code).toBe(0);
  for (const [username, password] of Object.entries(PASSWORDS)) {
    const role = username.replace(/\d+$/, '');
    const r = await cli(['user', 'add', '--as-admin-offline', '--json', '--data', JSON.stringify({ username, fullName: `Uji ${role}`, role })], { KEMITRAAN_NEW_PASSWORD: password });
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ username, role });
  }
});
afterAll(() => tmp.remove());

describe('backup --out', () => {
  it('is refused to a pimpinan and an operator as in the app: no file, no copy', async () => {
    for (const user of ['pimpinan1', 'operator1'] as const) {
      const out = path.join(tmp.dir, `salinan-${user}.sqlite`);
      const r = await cli(['backup', '--out', out, '--user', user, '--json'], { KEMITRAAN_PASSWORD: PASSWORDS[user] });
      expect(r.code, r.stdout).toBe(1);
      const answer = JSON.parse(r.stdout) as { ok: boolean; error: { code: string; message: string } };
      expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(answer.error.message).toContain(messages.auth.roles[user === 'pimpinan1' ? 'pimpinan' : 'operator']);
      expect(fs.existsSync(out)).toBe(false);
      expect(fs.existsSync(`${out}.json`)).toBe(false);
      expect(lines().filter((l) => l.action === 'backup_copy')).toEqual([]);
    }
  });

  it('an admin copies it, and the trail says who, which file and how many UMKM', async () => {
    const out = path.join(tmp.dir, 'usb', 'salinan.sqlite');
    fs.mkdirSync(path.dirname(out));
    const mark = lastId();
    const r = await cli(['backup', '--out', out, '--as-admin-offline']);
    expect(r.code, r.stderr).toBe(0);
    expect(fs.existsSync(out)).toBe(true);
    const copies = after(mark).filter((l) => l.action === 'backup_copy');
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatchObject({ username: 'admin-offline', via: 'offline-admin', entity: 'database' });
    expect(copies[0]!.changes).toMatchObject({ exportFile: [null, out], umkmCount: [null, 60], exportSize: [null, fs.statSync(out).size] });
    expect(copies[0]!.summary).toBe(`Salinan basis data (60 UMKM) ditulis ke ${out}`);
  });
});

describe('an export from the command line', () => {
  it('writes its line: the list, its filters, its rows, and the computer account for a run without one', async () => {
    const out = path.join(tmp.dir, 'registri.xlsx');
    const mark = lastId();
    const r = await cli(['export', 'registry', '--kecamatan', 'Bpp Selatan', '--out', out, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const value = JSON.parse(r.stdout) as { rows: number; file: { name: string } };
    const got = after(mark);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ action: 'export', entity: 'umkm', username: 'cli', via: 'cli' });
    expect(got[0]!.changes).toEqual({
      exportList: [null, 'Registri UMKM'],
      exportFilters: [null, 'Kecamatan Balikpapan Selatan'],
      exportRows: [null, value.rows],
      exportFile: [null, value.file.name],
      exportComputerUser: [null, os.userInfo().username],
    });
  });
});

describe('import --dry-run', () => {
  it('writes no mapping and no line of its own: settings unchanged, only the offline admin noted', async () => {
    const file = path.join(tmp.dir, 'data-umkm.xlsx');
    await writeMessyUmkmWorkbook(file);
    const settings = () => read<{ key: string; value: string }>(`SELECT key, value FROM setting ORDER BY key`);
    const before = { settings: settings(), umkm: read(`SELECT COUNT(*) AS n FROM umkm`) };
    const mark = lastId();
    const r = await cli(['import', file, '--dry-run', '--json', '--as-admin-offline']);
    expect(JSON.parse(r.stdout)).toMatchObject({ dryRun: true });
    expect(settings()).toEqual(before.settings);
    expect(read(`SELECT COUNT(*) AS n FROM umkm`)).toEqual(before.umkm);
    // Every run as the offline admin is noted as such (README: accounts); the dry run adds nothing.
    expect(after(mark).map((l) => [l.action, l.summary])).toEqual([['login', 'Admin luring "admin-offline" menjalankan baris perintah']]);

    // The real import remembers the mapping, and says so in the trail.
    const mark2 = lastId();
    await cli(['import', file, '--json', '--as-admin-offline']);
    expect(settings().filter((s) => s.key.startsWith('import.mapping.umkm.'))).toHaveLength(1);
    expect(after(mark2).filter((l) => l.action === 'settings_update' && 'importMapping' in l.changes)).toHaveLength(1);
  });
});
