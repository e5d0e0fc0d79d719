import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportInput } from '../../shared/contract';
import { messages } from '../../shared/i18n';
import { writeReport } from '../../electron/core/excel/export/report/reportWorkbook';
import type { Scope } from '../../electron/core/scope';
import { call } from '../support/call';
import { tempContext, validUmkm } from '../support/tempDb';

// A report for a past year describes the registry as it stood at that year's end: a registry that
// grew and moved after 2023 must print 2023's figures in a 2023 report. The figures below are
// worked out by hand from the data this test enters, not by the code under test.

const t = messages.exportText;
const JT = 1_000_000;
const TIMUR = { kecamatan: '64.71.01', kelurahan: '64.71.01.1001' };
const SELATAN = { kecamatan: '64.71.05', kelurahan: '64.71.05.1002' };

let env: Awaited<ReturnType<typeof tempContext>>;
let ctx: Scope;
let wb: ExcelJS.Workbook;

async function umkm(name: string, nik: string, registeredAt: string, where: typeof TIMUR, annualSales: number): Promise<number> {
  const u = await call(ctx, 'umkm:create', validUmkm({ businessName: name, ownerName: `Pemilik ${name}`, nik, registeredAt, ...where, annualSales, capital: 50 * JT }));
  return u.id;
}
const record = (umkmId: number, date: string, annualSales: number) => call(ctx, 'progress:add', { umkmId, date, annualSales, capital: 50 * JT, source: 'survei' });

beforeAll(async () => {
  env = await tempContext();
  ctx = env.ctx;
  // Registered 2022, mikro; kecil from 2024.
  const alpha = await umkm('Alpha Amplang', '6471054506880001', '2022-03-10', SELATAN, 500 * JT);
  await record(alpha, '2024-06-01', 3_000 * JT);
  // Registered 2022, mikro; kecil from May 2023; menengah from 2025.
  const beta = await umkm('Beta Batik', '6471054506880002', '2022-08-15', SELATAN, 1_500 * JT);
  await record(beta, '2023-05-20', 4_000 * JT);
  await record(beta, '2025-02-01', 20_000 * JT);
  // Registered 2023, mikro; a second mikro record in November 2023; kecil from 1 January 2024.
  const eta = await umkm('Eta Emping', '6471054506880003', '2023-06-30', SELATAN, 800 * JT);
  await record(eta, '2023-11-11', 900 * JT);
  await record(eta, '2024-01-01', 2_500 * JT);
  // Registered 2023, menengah; down to mikro in 2024.
  const gamma = await umkm('Gamma Gerabah', '6471014506880004', '2023-04-01', TIMUR, 16_000 * JT);
  await record(gamma, '2024-09-09', 1_000 * JT);
  // Registered on the period's last day: in the report, besar.
  await umkm('Delta Dermaga', '6471014506880005', '2023-12-31', TIMUR, 60_000 * JT);
  // Registered after 2023: not in a 2023 report.
  await umkm('Epsilon Es', '6471054506880006', '2025-01-15', SELATAN, 100 * JT);
  await umkm('Zeta Zaitun', '6471014506880007', '2026-02-01', TIMUR, 100 * JT);

  const file = path.join(env.dir, 'laporan-2023.xlsx');
  await writeReport(file, ctx, ReportInput.parse({ from: '2023-01-01', to: '2023-12-31' }), { today: '2026-12-07' });
  wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
}, 60_000);

afterAll(async () => {
  await env.cleanup();
});

const text = (v: ExcelJS.CellValue): string =>
  v && typeof v === 'object' && 'richText' in v ? v.richText.map((r) => r.text).join('') : v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? '');
// A formula's stored result; exceljs's reader drops a stored 0 (the file holds <v>0</v>).
const value = (v: ExcelJS.CellValue): unknown =>
  v && typeof v === 'object' && 'formula' in v ? (v.result ?? 0) : v && typeof v === 'object' && 'richText' in v ? text(v) : v;

function rowsOf(ws: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    out[n - 1] = Array.from({ length: ws.columnCount }, (_x, i) => value(row.getCell(i + 1).value));
  });
  return Array.from(out, (r) => r ?? []);
}

describe('a 2023 report of a registry that grew and moved after 2023', () => {
  it('section A counts the UMKM registered by 31/12/2023, each in its class then', () => {
    const rows = rowsOf(wb.getWorksheet(t.summarySheet)!);
    const at = rows.findIndex((r) => r[0] === t.sectionClass);
    expect(rows[at + 1]![0]).toBe('Posisi per 31/12/2023: UMKM yang terdaftar sampai tanggal itu, dengan kelasnya pada tanggal itu (PP 7/2021).');
    const header = rows.findIndex((r, i) => i > at && r[0] === t.colKecamatan);
    const byName = new Map(rows.slice(header + 1, header + 8).map((r) => [r[0], r.slice(1, 6)]));
    // Mikro, Kecil, Menengah, Besar, Jumlah.
    expect(byName.get('Balikpapan Timur')).toEqual([0, 0, 1, 1, 2]); // Gamma menengah, Delta besar
    expect(byName.get('Balikpapan Selatan')).toEqual([2, 1, 0, 0, 3]); // Alpha and Eta mikro, Beta kecil
    expect(byName.get('Balikpapan Barat')).toEqual([0, 0, 0, 0, 0]);
    expect(byName.get(t.totalLabel)).toEqual([2, 1, 1, 1, 5]);
  });

  it('Rincian UMKM lists those five with their class, sales and latest record at 31/12/2023', () => {
    const ws = wb.getWorksheet(t.detailUmkm)!;
    const rows = rowsOf(ws);
    expect(rows[2]![0]).toBe('RINCIAN A: UMKM TERDAFTAR — POSISI PER 31/12/2023');
    const header = rows.findIndex((r) => r[0] === t.colNo);
    const col = (name: string) => rows[header]!.indexOf(name);
    const data = rows.slice(header + 1).filter((r) => typeof r[0] === 'number');
    const pick = (r: unknown[]) => [
      r[col(messages.fields.businessName)],
      r[col(messages.fields.class)],
      r[col(messages.fields.annualSales)],
      r[col(t.colLastRecord)] instanceof Date ? (r[col(t.colLastRecord)] as Date).toISOString().slice(0, 10) : r[col(t.colLastRecord)],
    ];
    // By kecamatan (Timur 64.71.01 before Selatan 64.71.05), then by name.
    expect(data.map(pick)).toEqual([
      ['Delta Dermaga', 'Besar (bukan UMKM)', 60_000 * JT, '2023-12-31'],
      ['Gamma Gerabah', 'Menengah', 16_000 * JT, '2023-04-01'],
      ['Alpha Amplang', 'Mikro', 500 * JT, '2022-03-10'],
      ['Beta Batik', 'Kecil', 4_000 * JT, '2023-05-20'],
      ['Eta Emping', 'Mikro', 900 * JT, '2023-11-11'],
    ]);
    // Nothing in the sheet is dated after the period (the print date in the title aside).
    ws.eachRow((row, n) => {
      if (n <= header + 1) return;
      row.eachCell((c) => {
        if (c.value instanceof Date) expect(c.value.toISOString().slice(0, 10) <= '2023-12-31').toBe(true);
      });
    });
  });

  it('the Naik Kelas sheet keeps the period’s moves, with figures as they stood at its end', () => {
    const rows = rowsOf(wb.getWorksheet(t.detailNaik)!);
    const header = rows.findIndex((r) => r[0] === t.colNo);
    const data = rows.slice(header + 1).filter((r) => typeof r[0] === 'number');
    // Only Beta moved up within 2023 (mikro to kecil on 20/05/2023).
    expect(data.map((r) => [r[1], r[5], r[6], r[7]])).toEqual([['Beta Batik', 'Mikro', 'Kecil', 4_000 * JT]]);
  });

  it('the Naik Kelas list for the printed report (figuresAt) shows the figures at the period’s end, the page’s list today’s', async () => {
    const query = { period: { from: '2023-01-01', to: '2023-12-31' }, outcome: 'naik' as const };
    const atEnd = await call(ctx, 'progress:reportList', { ...query, figuresAt: '2023-12-31' });
    expect(atEnd.items.map((u) => [u.businessName, u.annualSales, u.lastRecordDate])).toEqual([['Beta Batik', 4_000 * JT, '2023-05-20']]);
    const today = await call(ctx, 'progress:reportList', query);
    expect(today.items.map((u) => [u.businessName, u.annualSales, u.lastRecordDate])).toEqual([['Beta Batik', 20_000 * JT, '2025-02-01']]);
    // The list's export follows the same query.
    const exported = await call(ctx, 'export:list', { list: 'progress', query: { ...query, figuresAt: '2023-12-31' } });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(env.core.files.get(exported.file.fileId).path);
    const sheet = rowsOf(book.worksheets[0]!);
    const beta = sheet.find((r) => r.includes('Beta Batik'))!;
    expect(beta).toContain(4_000 * JT);
    expect(beta).not.toContain(20_000 * JT);
  });

  it('the registry today is not what the 2023 report states', async () => {
    const stats = await call(ctx, 'stats:summary', {});
    expect(stats.umkm).toBe(7);
    expect(stats.byClass).toEqual({ mikro: 3, kecil: 2, menengah: 1, besar: 1 });
  });
});

describe('a report for a period with nothing in it', () => {
  it('prints a line in place of each empty table, and no Rp0', async () => {
    const file = path.join(env.dir, 'laporan-2021.xlsx');
    await writeReport(file, ctx, ReportInput.parse({ from: '2021-01-01', to: '2021-12-31' }), { today: '2026-12-07' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const ws = book.getWorksheet(t.summarySheet)!;
    const rows = rowsOf(ws);
    const after = (heading: string) => rows[rows.findIndex((r) => r[0] === heading) + 1]![0];
    const twoAfter = (heading: string) => rows[rows.findIndex((r) => r[0] === heading) + 2]![0];
    expect(twoAfter(t.sectionNaik)).toBe(t.noMoves);
    expect(twoAfter(t.sectionKemitraan)).toBe(t.noAgreements);
    expect(twoAfter(t.sectionSupport)).toBe(t.noSupport);
    expect(after(t.sectionMeetings)).toBe(t.noMeetings);
    // No money cell at all: an empty section has no table.
    ws.eachRow((row) => row.eachCell((c) => expect(c.numFmt ?? '').not.toContain('Rp')));
    // Section A still stands, all zeros at 31/12/2021 (the first UMKM registered in 2022).
    const total = rows.find((r, i) => r[0] === t.totalLabel && i > rows.findIndex((x) => x[0] === t.sectionClass))!;
    expect(total.slice(1, 6)).toEqual([0, 0, 0, 0, 0]);
  });
});
