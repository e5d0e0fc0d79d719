import fs from 'node:fs';
import { call } from '../support/call';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClassRecord, PeriodReport, UmkmTimeline } from '../../shared/contract';
import { KECAMATAN } from '../../shared/domain/regions';
import { fill, messages } from '../../shared/i18n';
import { contextFor } from '../support/tempDb';
import { openDatabase } from '../../electron/core/db/openDatabase';
import { runCli, type CliRun } from '../support/cli';
import { tempDir } from '../support/tempDir';
import { validUmkm } from '../support/tempDb';

// One database with one mikro UMKM registered on 2024-01-10 (sales Rp 1,5 M); the writing commands
// run in order, then the reading ones side by side.
let tmp: ReturnType<typeof tempDir>;
let dataDir: string;
let file: string;
let umkmId: number;

const cli = (args: string[]) => runCli([...args, '--db', file], { dataDir });
const json = <T>(r: CliRun): T => {
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as T;
};

beforeAll(async () => {
  tmp = tempDir('kemitraan-cli-progress-');
  dataDir = path.join(tmp.dir, 'userdata');
  file = path.join(tmp.dir, 'progress.sqlite');
  const db = await openDatabase({ file });
  const u = await call(contextFor(db, 'test'), 'umkm:create', validUmkm({ registeredAt: '2024-01-10', annualSales: 1_500_000_000, kecamatan: '64.71.05' }));
  umkmId = u.id;
  await db.close();
});

afterAll(() => {
  expect(fs.existsSync(dataDir)).toBe(false);
  tmp.remove();
});

describe('progress add', () => {
  it('records a year with every option, classed by the rule (--json)', async () => {
    const r = await cli([
      '--as-admin-offline', 'progress', 'add', String(umkmId), '--date', '2025-06-30', '--sales', '2500000000', '--capital', '300.000.000', '--assets', '900000000',
      '--employees', '7', '--reach', 'nasional', '--cert', 'halal, pirt', '--channels', 'offline,marketplace', '--source', 'laporan_mandiri',
      '--notes', 'Masuk ritel modern', '--json',
    ]);
    expect(json<ClassRecord>(r)).toMatchObject({
      umkmId,
      date: '2025-06-30',
      annualSales: 2_500_000_000,
      capital: 300_000_000,
      assets: 900_000_000,
      employees: 7,
      marketReach: 'nasional',
      // --cert writes Legalitas & sertifikasi (issue 15); the record reads them back in the form's order.
      certifications: ['pirt', 'halal'],
      channels: ['offline', 'marketplace'],
      source: 'laporan_mandiri',
      notes: 'Masuk ritel modern',
      class: 'kecil',
      classBasis: 'penjualan',
    });
  });

  it('in text, with the source a survey unless said', async () => {
    const r = await cli(['--as-admin-offline', 'progress', 'add', String(umkmId), '--date', '2025-07-01', '--sales', '2.600.000.000']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toMatch(/^Data perkembangan \d+ dicatat untuk UMKM \d+:\n/);
    expect(r.stdout).toContain('01/07/2025');
    expect(r.stdout).toContain('Kecil');
    expect(r.stdout).toContain(messages.progressEnums.source.survei);
  });

  it('refuses what the form refuses, with the field errors (exit 1)', async () => {
    const r = await cli(['--as-admin-offline', 'progress', 'add', String(umkmId), '--date', '2099-01-01', '--sales', '100', '--cert', 'emas']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`Ditolak: ${messages.errors.validation}`);
    expect(r.stderr).toContain(`  - date: ${messages.validation.dateInFuture}`);
    expect(r.stderr).toContain('  - certifications.0: ');

    const noFigures = await cli(['--as-admin-offline', 'progress', 'add', String(umkmId), '--date', '2025-01-01', '--json']);
    expect(noFigures.code).toBe(1);
    expect(JSON.parse(noFigures.stdout)).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: messages.errors.validation, fields: { annualSales: messages.progressValidation.figuresNeeded } },
    });

    const unknown = await cli(['--as-admin-offline', 'progress', 'add', '4242', '--date', '2025-01-01', '--sales', '100', '--json']);
    expect(unknown.code).toBe(1);
    expect(JSON.parse(unknown.stdout).error.fields).toEqual({ umkmId: fill(messages.errors.notFound, { entity: messages.entity.umkm, id: 4242 }) });
  });

  it('usage errors exit 2 before the database is touched', async () => {
    for (const args of [
      ['progress', 'add', 'abc', '--date', '2025-01-01'],
      ['progress', 'add', String(umkmId), '9', '--date', '2025-01-01'],
      ['progress', 'add', String(umkmId), '--tanggal', '2025-01-01'],
      ['progress', 'list'],
      ['progress', 'report', '--from', '2025-01-01', '--to', '2025-12-31', '--komunitas', 'satu'],
    ]) {
      const r = await cli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
    }
  });
});

describe.concurrent('progress list and report', () => {
  it('list --json: the timeline with the move up', async () => {
    const tl = json<UmkmTimeline>(await cli(['progress', 'list', String(umkmId), '--json']));
    expect(tl.umkmId).toBe(umkmId);
    expect(tl.records.map((r) => [r.date, r.class])).toEqual([
      ['2024-01-10', 'mikro'],
      ['2025-06-30', 'kecil'],
      ['2025-07-01', 'kecil'],
    ]);
    expect(tl.moves.map((m) => [m.direction, m.fromClass, m.toClass, m.fromDate, m.date])).toEqual([['naik', 'mikro', 'kecil', '2024-01-10', '2025-06-30']]);
    expect(tl.agreements).toEqual([]);
  });

  it('list in text names the move', async () => {
    const r = await cli(['progress', 'list', String(umkmId)]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Riwayat kelas UMKM');
    expect(r.stdout).toContain('30/06/2025  Naik kelas: Mikro -> Kecil (sejak 10/01/2024)');
  });

  it('report --json has the contract shape', async () => {
    const r = json<PeriodReport>(await cli(['progress', 'report', '--from', '2025-01-01', '--to', '2025-12-31', '--json']));
    expect(Object.keys(r)).toEqual([
      'from', 'to', 'recorded', 'naik', 'turun', 'naikTotal', 'turunTotal', 'tetap', 'naikPercent', 'byKecamatan', 'bySector', 'byKomunitas',
      'menengahNeedMarket', 'staleRecords',
    ]);
    expect(r.naik).toEqual({ 'mikro->kecil': 1, 'mikro->menengah': 0, 'kecil->menengah': 0, 'menengah->besar': 0 });
    expect(r.turun).toEqual({ 'kecil->mikro': 0, 'menengah->mikro': 0, 'menengah->kecil': 0, 'besar->menengah': 0 });
    expect([r.recorded, r.naikTotal, r.turunTotal, r.tetap, r.naikPercent]).toEqual([1, 1, 0, 0, 100]);
    expect(Object.keys(r.byKecamatan)).toEqual(KECAMATAN.map((k) => k.name));
    expect(r.byKecamatan['Balikpapan Selatan']).toEqual({ naik: 1, turun: 0, tetap: 0, recorded: 1 });
  });

  it('report with filters, and in text', async () => {
    const other = json<PeriodReport>(await cli(['progress', 'report', '--from', '2025-01-01', '--to', '2025-12-31', '--kecamatan', 'Bpp Timur', '--sector', 'kuliner', '--json']));
    expect([other.recorded, other.naikTotal]).toEqual([0, 0]);
    const text = await cli(['progress', 'report', '--from', '2025-01-01', '--to', '2025-12-31']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Periode 01/01/2025 s.d. 31/12/2025: 1 UMKM tercatat');
    expect(text.stdout).toContain('  mikro->kecil: 1');
    expect(text.stdout).toContain('  Balikpapan Selatan: 1/0/0 dari 1');
  });

  it('report without a period is refused at its fields (exit 1)', async () => {
    const r = await cli(['progress', 'report', '--json']);
    expect(r.code).toBe(1);
    expect(Object.keys(JSON.parse(r.stdout).error.fields).sort()).toEqual(['from', 'to']);
  });
});
