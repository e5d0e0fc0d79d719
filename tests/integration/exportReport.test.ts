import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportInput, TRANSITION_KEYS, type InputOf, type PeriodReport } from '../../shared/contract';
import { UMKM_CLASSES } from '../../shared/domain/classification';
import { KEMITRAAN_STATUS, PARTNERSHIP_PATTERNS, SUPPORT_KINDS } from '../../shared/domain/partnership';
import { KECAMATAN } from '../../shared/domain/regions';
import { DEFAULT_OFFICE } from '../../shared/contract/office';
import { messages } from '../../shared/i18n';
import { SYSTEM_CALLER } from '../../electron/core/auth/caller';
import type { Scope } from '../../electron/core/scope';
import { writeReport } from '../../electron/core/excel/export/report/reportWorkbook';
import { exportChannels } from '../../electron/core/excel/export/exportChannels';
import { seedDemo } from '../../electron/core/services/demo/seedDemo';
import { call } from '../support/call';
import { queryRows } from '../support/dbQuery';
import { sheetsAsCsv, SOFFICE, SKIP_WITHOUT_SOFFICE, needsLibreOffice } from '../support/libreoffice';
import { tempContext } from '../support/tempDb';

// The mayor's report read back by a second reader: LibreOffice converts every sheet to CSV, once
// recalculating every formula itself and once keeping the results stored in the file, and each
// summary cell must equal the figure the services (and plain SQL) give for the same period.

const t = messages.exportText;
const e = messages.kemitraanEnums;
const FROM = '2023-01-01';
const TO = '2023-12-31';

let env: Awaited<ReturnType<typeof tempContext>>;
let ctx: Scope;
let xlsx: string;
let report: PeriodReport;
const csv = new Map<'recalc' | 'stored', Map<string, string[][]>>();

beforeAll(async () => {
  env = await tempContext();
  ctx = env.ctx;
  await seedDemo(ctx.db, 60);
  report = await call(ctx, 'progress:report', { from: FROM, to: TO });
  xlsx = path.join(env.dir, 'laporan.xlsx');
  await writeReport(xlsx, ctx, ReportInput.parse({ from: FROM, to: TO, paper: 'F4' }), { today: '2026-12-01' });
  csv.set('recalc', sheetsAsCsv(xlsx, env.dir, { recalc: true }));
  csv.set('stored', sheetsAsCsv(xlsx, env.dir, { recalc: false }));
}, 120_000);

afterAll(async () => {
  await env.cleanup();
});

/** The `n` rows under the header row (first cell `header`) that follows the row `title`. */
function table(rows: string[][], title: string, header: string, n: number): string[][] {
  const at = rows.findIndex((r) => r[0] === title);
  expect(at, title).toBeGreaterThanOrEqual(0);
  const h = rows.findIndex((r, i) => i > at && r[0] === header);
  expect(h, header).toBeGreaterThan(at);
  return rows.slice(h + 1, h + 1 + n);
}

const num = (s: string | undefined) => Number(s);

/**
 * The registry on `date` in plain SQL: the UMKM registered by then, each in the class of its
 * record standing on that date (the latest on or before it, the last entered of its day), else
 * of its first day's record (nothing changed before its first record), else its own.
 */
function positionAt(date: string): Promise<Array<{ kecamatan: string; cls: string }>> {
  return queryRows(
    ctx.db,
    `SELECT u.kecamatan AS kecamatan, COALESCE(
       (SELECT r.class FROM riwayat_kelas r WHERE r.umkm_id = u.id AND r.deleted_at IS NULL AND r.date <= ? ORDER BY r.date DESC, r.id DESC LIMIT 1),
       (SELECT r.class FROM riwayat_kelas r WHERE r.umkm_id = u.id AND r.deleted_at IS NULL ORDER BY r.date ASC, r.id DESC LIMIT 1),
       u.class) AS cls
     FROM umkm u WHERE u.deleted_at IS NULL AND u.registered_at <= ?`,
    [date, date],
  );
}
const agreements = async (q: InputOf<'kemitraan:list'>) => (await call(ctx, 'kemitraan:list', { from: FROM, to: TO, ...q, pageSize: 1 })).total;

describe.skipIf(SKIP_WITHOUT_SOFFICE)(needsLibreOffice('laporan perkembangan UMKM dan kemitraan, read by LibreOffice'), () => {
  for (const mode of ['recalc', 'stored'] as const) {
    describe(mode === 'recalc' ? 'formulas evaluated by LibreOffice' : 'results stored in the file', () => {
      const summary = () => csv.get(mode)!.get(t.summarySheet)!;

      it('has the letterhead from the office settings, the title, the period and the sign-off', () => {
        const rows = summary();
        // Government, office, the kop's rule, a blank line, the title, the period (no address or contact set).
        expect(rows.slice(0, 6).map((r) => r[0])).toEqual([DEFAULT_OFFICE.government, DEFAULT_OFFICE.officeName, '', '', t.reportTitle, 'Tahun 2023']);
        expect(rows.some((r) => r.includes('Balikpapan, 1 Desember 2026'))).toBe(true);
        expect(rows.some((r) => r.includes(DEFAULT_OFFICE.signatoryPosition))).toBe(true);
        // No signatory set: a line for the name and one for the NIP, filled in by hand.
        expect(rows.some((r) => r.includes(t.signName))).toBe(true);
        expect(rows.some((r) => r.includes(t.signNipBlank))).toBe(true);
      });

      it('A: UMKM by kecamatan and class equal the registry as it stood on 31/12/2023 (plain SQL), totals too', async () => {
        const at = summary().findIndex((r) => r[0] === t.sectionClass);
        expect(summary()[at + 1]![0]).toContain('Posisi per 31/12/2023');
        const rows = table(summary(), t.sectionClass, t.colKecamatan, KECAMATAN.length + 1);
        const position = await positionAt(TO);
        for (const [i, k] of KECAMATAN.entries()) {
          const r = rows[i]!;
          expect(r[0]).toBe(k.name);
          for (const [j, c] of UMKM_CLASSES.entries()) expect(num(r[j + 1]), `${k.name} ${c}`).toBe(position.filter((u) => u.kecamatan === k.code && u.cls === c).length);
          expect(num(r[5])).toBe(position.filter((u) => u.kecamatan === k.code).length);
        }
        const total = rows[KECAMATAN.length]!;
        expect(total[0]).toBe(t.totalLabel);
        UMKM_CLASSES.forEach((c, j) => expect(num(total[j + 1])).toBe(position.filter((u) => u.cls === c).length));
        expect(num(total[5])).toBe(position.length);
        // The demo registry grew after 2023: the report counts fewer than today's 60.
        expect(position.length).toBeGreaterThan(0);
        expect(position.length).toBeLessThan(60);
      });

      it('B: moves up and down, tetap, recorded and the percentage equal the period report', () => {
        const rows = summary();
        const up = table(rows, t.sectionNaik, t.colTransition, 5);
        TRANSITION_KEYS.naik.forEach((k, i) => expect(num(up[i]![1]), k).toBe(report.naik[k]));
        expect(up[4]).toEqual([t.naikTotal, String(report.naikTotal), ...up[4]!.slice(2)]);
        const down = table(rows.slice(rows.findIndex((r) => r[0] === t.naikTotal)), t.naikTotal, t.colTransition, 5);
        TRANSITION_KEYS.turun.forEach((k, i) => expect(num(down[i]![1]), k).toBe(report.turun[k]));
        expect(num(down[4]![1])).toBe(report.turunTotal);
        const value = (label: string) => num(rows.find((r) => r[0] === label)![1]);
        expect(value(t.tetapTotal)).toBe(report.tetap);
        expect(value(t.recordedTotal)).toBe(report.recorded);
        expect(value(t.naikPercent)).toBe(report.naikPercent);
        expect(report.naikTotal + report.turunTotal).toBeGreaterThan(0);
      });

      it('B.1: the moves by kecamatan equal the period report, the total its percentage', () => {
        const rows = table(summary(), t.sectionNaikKecamatan, t.colKecamatan, KECAMATAN.length + 1);
        for (const r of rows.slice(0, -1)) {
          const k = report.byKecamatan[r[0]!]!;
          expect(r.slice(1, 6).map(num)).toEqual([k.recorded, k.naik, k.turun, k.tetap, k.recorded ? Math.round((k.naik / k.recorded) * 1000) / 10 : 0]);
        }
        expect(rows.at(-1)!.slice(1, 6).map(num)).toEqual([report.recorded, report.naikTotal, report.turunTotal, report.tetap, report.naikPercent]);
      });

      it('C: agreements by pattern and status equal the filtered agreement list', async () => {
        const rows = table(summary(), t.sectionKemitraan, t.colPattern, PARTNERSHIP_PATTERNS.length + 1);
        for (const [i, p] of PARTNERSHIP_PATTERNS.entries()) {
          expect(rows[i]![0]).toBe(e.pattern[p]);
          for (const [j, s] of KEMITRAAN_STATUS.entries()) expect(num(rows[i]![j + 1]), `${p} ${s}`).toBe(await agreements({ pattern: p, status: s }));
          expect(num(rows[i]![5])).toBe(await agreements({ pattern: p }));
        }
        const total = rows.at(-1)!;
        for (const [j, s] of KEMITRAAN_STATUS.entries()) expect(num(total[j + 1])).toBe(await agreements({ status: s }));
        expect(num(total[5])).toBe(await agreements({}));
        expect(await agreements({})).toBeGreaterThan(0);
      });

      it('D: support by kind and value equal a plain SQL sum over the agreements running in the period', async () => {
        const rows = table(summary(), t.sectionSupport, t.colSupportKind, SUPPORT_KINDS.length + 1);
        const sql = await queryRows<{ kind: string; n: number; v: number }>(
          ctx.db,
          `SELECT d.kind AS kind, COUNT(*) AS n, COALESCE(SUM(d.value), 0) AS v FROM kemitraan_dukungan d JOIN kemitraan k ON k.id = d.kemitraan_id
           WHERE k.deleted_at IS NULL AND k.status IN ('aktif', 'selesai') AND k.start_date <= ? AND (k.end_date IS NULL OR k.end_date >= ?) GROUP BY d.kind`,
          [TO, FROM],
        );
        const byKind = new Map(sql.map((r) => [r.kind, r]));
        SUPPORT_KINDS.forEach((k, i) => {
          expect(rows[i]![0]).toBe(e.support[k]);
          expect([num(rows[i]![1]), num(rows[i]![2])], k).toEqual([byKind.get(k)?.n ?? 0, byKind.get(k)?.v ?? 0]);
        });
        expect([num(rows.at(-1)![1]), num(rows.at(-1)![2])]).toEqual([sql.reduce((s, r) => s + r.n, 0), sql.reduce((s, r) => s + r.v, 0)]);
      });

      it('E: the meetings held in the period with their figures', async () => {
        const held = (await call(ctx, 'kegiatan:list', { kind: 'temu_kemitraan' })).filter((m) => m.date >= FROM && m.date <= TO);
        expect(held.length).toBeGreaterThan(0);
        const rows = table(summary(), t.sectionMeetings, t.colMeeting, held.length + 1);
        held.forEach((m, i) => {
          const f = m.figures;
          expect(rows[i]![0]).toBe(m.name);
          expect(rows[i]!.slice(3, 8).map(num)).toEqual([f.komunitasPresent, f.umkmPresent, f.partnersPresent, f.agreementsProposed, f.agreementsSigned]);
        });
        expect(num(rows.at(-1)![4])).toBe(held.reduce((s, m) => s + m.figures.umkmPresent, 0));
      });

      it('the detail sheets list exactly the records behind the figures', async () => {
        const sheets = csv.get(mode)!;
        // Title block (5 rows), header, data rows, and a totals row where money is summed.
        const data = (name: string) => {
          const rows = sheets.get(name)!;
          expect(rows[5]![0]).toBe(t.colNo);
          return rows.slice(6).filter((r) => /^\d+$/.test(r[0]!));
        };
        const umkm = data(t.detailUmkm);
        expect(umkm).toHaveLength((await positionAt(TO)).length);
        // NIK as text: all 16 digits survive (a number would keep 15 significant digits).
        const niks = new Set(
          (await queryRows<{ nik: string }>(ctx.db, `SELECT nik FROM umkm WHERE deleted_at IS NULL AND registered_at <= ?`, [TO])).map((r) => r.nik),
        );
        expect(new Set(umkm.map((r) => r[3]))).toEqual(niks);
        expect(data(t.detailNaik)).toHaveLength(report.naikTotal);
        expect(data(t.detailTurun)).toHaveLength(report.turunTotal);
        expect(data(t.detailKemitraan)).toHaveLength(await agreements({}));
        const support = sheets.get(t.detailSupport)!;
        const supportTotal = support.find((r) => r[1] === t.totalLabel)!;
        const summaryTotal = table(summary(), t.sectionSupport, t.colSupportKind, SUPPORT_KINDS.length + 1).at(-1)!;
        expect(num(supportTotal[7])).toBe(num(summaryTotal[2]));
        expect(data(t.detailSupport)).toHaveLength(num(summaryTotal[1]));
      });
    });
  }

  it('is print-ready: F4 landscape, the summary at a fixed scale with its own page breaks, the details fit to width with repeated header rows', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    expect(wb.worksheets.map((w) => w.name)).toEqual([t.summarySheet, t.detailUmkm, t.detailNaik, t.detailTurun, t.detailKemitraan, t.detailSupport]);
    for (const ws of wb.worksheets) {
      expect(ws.pageSetup).toMatchObject({ paperSize: 14, orientation: 'landscape' });
      expect(ws.headerFooter.oddFooter).toContain('Halaman &P dari &N');
    }
    for (const ws of wb.worksheets.slice(1)) {
      expect(ws.pageSetup).toMatchObject({ fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
      expect(ws.views[0]).toMatchObject({ state: 'frozen' });
    }
    // The summary is a letter: its kop prints once, and Excel honours manual page breaks only at a fixed scale.
    const summary = wb.getWorksheet(t.summarySheet)!;
    expect(summary.pageSetup.fitToPage).toBeFalsy();
    expect(summary.pageSetup.scale).toBeGreaterThanOrEqual(75);
    expect(summary.pageSetup.printTitlesRow).toBeUndefined();
    // exceljs does not read page breaks back: the sheet's XML holds them.
    const sheetXml = await (await JSZip.loadAsync(fs.readFileSync(xlsx))).file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheetXml).toMatch(/<rowBreaks count="[1-9]\d*"/);
    const detail = wb.getWorksheet(t.detailUmkm)!;
    expect(detail.pageSetup.printTitlesRow).toBe('6:6');
    expect(detail.views[0]).toMatchObject({ ySplit: 6 });
    // No, name, owner, NIK, kecamatan, sector, class, sales, capital, latest record.
    expect(detail.getCell('H7').numFmt).toBe('"Rp "#,##0');
    expect(detail.getCell('J7').numFmt).toBe('dd/mm/yyyy');
    expect(detail.getCell('D7').numFmt).toBe('@');
    // Section D's money in the official style.
    const dRow = summary.getColumn(1).values.findIndex((v) => JSON.stringify(v ?? '').includes(t.colSupportKind));
    expect(summary.getCell(`C${dRow + 1}`).numFmt).toBe('"Rp"#,##0.00');
    // Totals are formulas (with their results stored), not typed numbers.
    const totalRow = summary.getColumn(1).values.findIndex((v) => JSON.stringify(v ?? '').includes(t.naikTotal));
    expect(summary.getCell(`B${totalRow}`).formula).toMatch(/^SUM\(B\d+:B\d+\)$/);
  });

  it('prints on F4 (Folio) landscape pages when LibreOffice renders it to PDF', async () => {
    const { execFileSync } = await import('node:child_process');
    const out = fs.mkdtempSync(path.join(env.dir, 'pdf-'));
    const prof = fs.mkdtempSync(path.join(env.dir, 'lo-pdf-'));
    execFileSync(SOFFICE!, [`-env:UserInstallation=file://${prof}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', out, xlsx], { stdio: 'pipe' });
    const pdf = fs.readFileSync(path.join(out, 'laporan.pdf')).toString('latin1');
    const boxes = [...pdf.matchAll(/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => `${m[1]}x${m[2]}`);
    expect(boxes.length).toBeGreaterThan(1);
    expect(new Set(boxes)).toEqual(new Set(['936x612']));
  });

  it('the handler names the file for the year and hands it over by id', async () => {
    const res = await call(ctx, 'export:report', { from: FROM, to: TO });
    expect(res.file.name).toBe('Laporan-UMKM-Kemitraan-2023.xlsx');
    expect(res.rows).toBeGreaterThan(60);
    expect(fs.statSync(ctx.files.get(res.file.fileId).path).size).toBe(res.file.size);
  });

  it('a write that fails half-way leaves no partial file and names a full disk', async () => {
    const probe = ctx.files.outgoing('probe.xlsx');
    const dir = path.dirname(probe.path);
    const before = fs.readdirSync(dir);
    // The registry sheet is written, the list of moves up gets one chunk, then the disk fills up.
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    // The call's own services, but a period list whose export fails after its first chunk.
    const report = ctx.progressReport;
    const failing = Object.create(ctx, {
      progressReport: {
        value: Object.assign(Object.create(report) as Scope['progressReport'], {
          async *iterate(q: Parameters<Scope['progressReport']['iterate']>[0]) {
            for await (const chunk of report.iterate(q, 10)) {
              yield chunk;
              break;
            }
            throw full;
          },
        }),
      },
    }) as Scope;
    await expect(exportChannels['export:report'](ReportInput.parse({ from: FROM, to: TO }), failing, SYSTEM_CALLER)).rejects.toMatchObject({ code: 'DISK_FULL' });
    expect(fs.readdirSync(dir)).toEqual(before);
  });
});
