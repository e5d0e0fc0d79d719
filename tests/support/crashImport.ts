// The import half of the crash test: a workbook of many valid UMKM rows (from the app's own
// template), which the command-line import stores in one transaction.
import ExcelJS from 'exceljs';
import { crashNik } from './crashWriter';

/** Row i's business name: the tag the checker counts. */
export const importTag = (batch: number, i: number) => `IMPORT-${batch}-${i}`;

/** Fills the template's Data sheet with `rows` UMKM tagged by `batch` and writes it to `out`. */
export async function writeImportWorkbook(template: string, out: string, batch: number, rows: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(template);
  const ws = wb.getWorksheet('Data')!;
  for (let i = 0; i < rows; i++) {
    ws.getRow(i + 2).values = [
      importTag(batch, i),
      'Pemilik Uji',
      crashNik(1_000_000 + batch * 10_000 + i),
      null,
      null,
      'Jl. Impor No. 2',
      'Balikpapan Selatan',
      'Sepinggan',
      'Kuliner',
      null,
      null,
      null,
      null,
      null,
      null,
      25_000_000,
      150_000_000 + i,
    ];
  }
  await wb.xlsx.writeFile(out);
}
