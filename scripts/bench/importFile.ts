// The workbook the import benchmark reads: `rows` new UMKM as a clerk's sheet holds them (the
// import's own column names; regions, sector, reach and status in words; figures as numbers; the
// registration date as a date), one header row, shared strings as Excel writes them. The rows are
// the demo generator's next ones after the fixture's `after` UMKM, so every NIK and NIB is new.
import ExcelJS from 'exceljs';
import { IMPORT_TARGET_DEFS } from '../../electron/core/excel/import/targets';
import { demoUmkm, type DemoUmkm } from '../../electron/core/services/demo/demoRegistry';
import { displayPhone } from '../../shared/domain/phone';
import { kecamatanName, kelurahanName } from '../../shared/domain/regions';
import { messages } from '../../shared/i18n';

const e = messages.enums;

const utcDate = (iso: string) => new Date(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))));

/** Each field's cell as a clerk's sheet has it. */
const CELL: Record<string, (u: DemoUmkm) => ExcelJS.CellValue> = {
  kecamatan: (u) => kecamatanName(u.kecamatan),
  kelurahan: (u) => kelurahanName(u.kelurahan),
  sector: (u) => e.sector[u.sector],
  marketReach: (u) => e.marketReach[u.marketReach],
  status: (u) => e.status[u.status],
  phone: (u) => (u.phone ? displayPhone(u.phone) : null),
  registeredAt: (u) => utcDate(u.registeredAt),
};

export async function writeImportFile(file: string, after: number, rows: number): Promise<void> {
  const fields = IMPORT_TARGET_DEFS.umkm.fields;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: `${file}.part`, useStyles: true, useSharedStrings: true });
  const ws = wb.addWorksheet('Data UMKM');
  ws.columns = [{ header: 'No', width: 6 }, ...fields.map((f) => ({ header: f.label, width: 18, ...(f.key === 'registeredAt' ? { style: { numFmt: 'dd/mm/yyyy' } } : {}) }))];
  let i = 0;
  for (const u of demoUmkm(after + rows)) {
    if (i++ < after) continue;
    const r = u as unknown as Record<string, ExcelJS.CellValue>;
    ws.addRow([i - after, ...fields.map((f) => (CELL[f.key] ? CELL[f.key]!(u) : (r[f.key] ?? null)))]).commit();
  }
  ws.commit();
  await wb.commit();
  const fs = await import('node:fs');
  fs.renameSync(`${file}.part`, file);
}
