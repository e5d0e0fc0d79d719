import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { UmkmRiwayat } from '../../shared/contract';
import { openDatabase } from '../../electron/core/db/openDatabase';
import { call } from '../support/call';
import { runCli } from '../support/cli';
import { addUmkm } from '../support/partnerships';
import { contextFor } from '../support/tempDb';
import { tempDir } from '../support/tempDir';

// `umkm riwayat ID` as a child process on a real database file: the history as JSON and as text,
// --kind to narrow it, --out to write the workbook, and refusals in Bahasa Indonesia.

let tmp: ReturnType<typeof tempDir>;
let dataDir: string;
let db: string;
let umkmId: number;
const cli = (args: string[]) => runCli([...args, '--db', db], { dataDir, timeoutMs: 60_000 });

beforeAll(async () => {
  tmp = tempDir('kemitraan-cli-riwayat-');
  dataDir = path.join(tmp.dir, 'userdata');
  db = path.join(tmp.dir, 'riwayat.sqlite');
  const d = await openDatabase({ file: db });
  const ctx = contextFor(d);
  const u = await addUmkm(ctx, { businessName: 'Amplang Bu Sari' });
  umkmId = u.id;
  await call(ctx, 'sertifikat:create', { umkmId, kind: 'halal', status: 'diajukan', submittedAt: '2024-02-01' });
  await call(ctx, 'bantuan:create', { umkmId, kind: 'peralatan', item: 'Mesin sealer', value: 5_000_000, fundSource: 'apbd', year: 2024, handedAt: '2024-05-01', confirm: ['repeat', 'not_umkm', 'inactive'] });
  await d.close();
});
afterAll(() => tmp.remove());

describe('umkm riwayat', () => {
  it('prints the history newest first, as JSON and as text, narrowed by --kind', async () => {
    const json = await cli(['umkm', 'riwayat', String(umkmId), '--json']);
    expect(json.stderr).toBe('');
    expect(json.code).toBe(0);
    const h = JSON.parse(json.stdout) as UmkmRiwayat;
    expect(h.items.map((i) => [i.date, i.kind])).toEqual([
      ['2024-05-01', 'bantuan'],
      ['2024-02-01', 'sertifikat'],
    ]);

    const text = await cli(['umkm', 'riwayat', String(umkmId)]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`Riwayat pembinaan & fasilitasi Amplang Bu Sari (ID ${umkmId}): 2 baris`);
    expect(text.stdout).toMatch(/01\/05\/2024 {2}Bantuan +Bantuan Peralatan: Mesin sealer {2}\(Rp 5\.000\.000\)/);
    expect(text.stdout).toContain('Sertifikat halal diajukan');

    const only = JSON.parse((await cli(['umkm', 'riwayat', String(umkmId), '--kind', 'sertifikat', '--json'])).stdout) as UmkmRiwayat;
    expect(only.items.map((i) => i.kind)).toEqual(['sertifikat']);
  });

  it('writes the workbook to --out', async () => {
    const out = path.join(tmp.dir, 'riwayat-sari.xlsx');
    const r = await cli(['umkm', 'riwayat', String(umkmId), '--out', out, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ rows: 2, file: { path: out } });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets[0]!.getCell('A1').text).toContain('Amplang Bu Sari');
    // Nothing but the workbook is left beside it.
    expect(fs.readdirSync(tmp.dir).filter((f) => f.startsWith('riwayat-sari'))).toEqual(['riwayat-sari.xlsx']);
  });

  it('refuses an unknown UMKM (exit 1) and an unknown kind (exit 2) in Bahasa Indonesia', async () => {
    const missing = await cli(['umkm', 'riwayat', '999999']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^Ditolak: .*UMKM.*999999/);
    const bad = await cli(['umkm', 'riwayat', String(umkmId), '--kind', 'rahasia']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Jenis riwayat tidak dikenal: rahasia');
  });
});
