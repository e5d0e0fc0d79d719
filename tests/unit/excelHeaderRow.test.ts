import { describe, expect, it } from 'vitest';
import { matchColumns } from '../../electron/core/excel/import/columnMatch';
import { cellSpans, detectHeaderRow, headerTexts } from '../../electron/core/excel/import/headerRow';
import { rowKind } from '../../electron/core/excel/import/rowKind';
import { IMPORT_TARGET_DEFS } from '../../electron/core/excel/import/targets';
import type { CellValue, SheetData } from '../../electron/core/excel/read/types';

const umkm = IMPORT_TARGET_DEFS.umkm;
const sheet = (rows: Array<[number, CellValue[]]>): SheetData => ({ name: 'Data', hidden: false, rows: rows.map(([row, cells]) => ({ row, cells })) });
const fill = (text: string, n: number) => Array.from({ length: n }, () => text);

describe('detectHeaderRow', () => {
  it('skips title rows (merged across the table) and blank rows above the header', () => {
    const s = sheet([
      [1, fill('PEMERINTAH KOTA BALIKPAPAN', 6)],
      [2, fill('DATA UMKM BINAAN 2023', 6)],
      [4, ['No', 'Nama Usaha', 'Nama Pemilik', 'NIK', 'Kecamatan', 'Omzet']],
      [5, [1, 'Amplang', 'Sari', '6471054506880001', 'Balikpapan Selatan', 350000000]],
      [6, [2, 'Batik', 'Rina', '6471024107920003', 'Balikpapan Kota', 150000000]],
    ]);
    expect(detectHeaderRow(s, umkm)).toBe(4);
  });

  it('picks the lower line of a two-row header whose group title sits above', () => {
    const s = sheet([
      [1, fill('DATA UMKM', 8)],
      [3, ['No', 'Nama Usaha', 'Nama Pemilik', 'NIK', 'Wilayah', 'Wilayah', 'Omzet', 'Jml TK']],
      [4, ['No', 'Nama Usaha', 'Nama Pemilik', 'NIK', 'Kec.', 'Kel.', 'Omzet', 'Jml TK']],
      [5, [1, 'Amplang', 'Sari', '6471054506880001', 'Selatan', 'Sepinggan', 350000000, 3]],
    ]);
    expect(detectHeaderRow(s, umkm)).toBe(4);
  });

  it('picks the lower line when it only adds units under unmerged names', () => {
    const s = sheet([
      [1, ['Nama Usaha', 'Nama Pemilik', 'NIK', 'Omzet', 'Modal']],
      [2, [null, null, null, '(Rp)', '(Rp)']],
      [3, ['Amplang', 'Sari', '6471054506880001', 350000000, 80000000]],
    ]);
    expect(detectHeaderRow(s, umkm)).toBe(2);
    expect(headerTexts(s, 2)).toEqual(['Nama Usaha', 'Nama Pemilik', 'NIK', 'Omzet (Rp)', 'Modal (Rp)']);
  });

  it('falls back to the first row with three text cells when nothing matches', () => {
    const s = sheet([
      [1, ['Laporan']],
      [2, ['Kolom A', 'Kolom B', 'Kolom C']],
      [3, [1, 2, 3]],
    ]);
    expect(detectHeaderRow(s, umkm)).toBe(2);
    expect(detectHeaderRow(sheet([]), umkm)).toBe(1);
  });
});

describe('headerTexts', () => {
  it('fills an empty cell from the group title above, but never from a title row', () => {
    const s = sheet([
      [1, fill('DATA UMKM BINAAN 2023', 4)],
      [2, ['Nama Usaha', null, 'NIK', null]],
    ]);
    expect(headerTexts(s, 2)).toEqual(['Nama Usaha', '', 'NIK', '']);
    const grouped = sheet([
      [1, ['Identitas', 'Identitas', 'Keuangan', 'Keuangan']],
      [2, ['Nama Usaha', null, 'Omzet', '2023']],
    ]);
    expect(headerTexts(grouped, 2)).toEqual(['Nama Usaha', 'Identitas', 'Omzet', 'Keuangan 2023']);
  });
});

describe('cellSpans', () => {
  it('shows a title merged across the table once, spanning its columns', () => {
    expect(cellSpans(fill('DATA UMKM BINAAN 2023', 5), false)).toEqual([5, 0, 0, 0, 0]);
    expect(cellSpans([null, 'Laporan', 'Laporan', null], false)).toEqual([1, 2, 0, 1]);
  });

  it('joins a group title over its columns in the rows at or above the header, never blanks', () => {
    const group = ['No', 'Nama Usaha', 'Wilayah', 'Wilayah', 'Omzet', null, null];
    expect(cellSpans(group, true)).toEqual([1, 1, 2, 0, 1, 1, 1]);
  });

  it('keeps a column for each of two equal values in a data row', () => {
    expect(cellSpans([1, 'Amplang', 'Sari', 50_000_000, 50_000_000, 'Kuliner'], false)).toEqual([1, 1, 1, 1, 1, 1]);
  });
});

describe('rowKind', () => {
  const headers = ['No', 'Nama Usaha', 'Nama Pemilik', 'NIK', 'Omzet', 'Jml TK'];
  const { mapping } = matchColumns(headers, umkm);

  it('tells data from blank rows', () => {
    expect(rowKind([1, 'Amplang', 'Sari', '6471054506880001', 350000000, 3], headers, mapping)).toBe('data');
    expect(rowKind([], headers, mapping)).toBe('blank');
    expect(rowKind([null, ' ', '  '], headers, mapping)).toBe('blank');
  });

  it('finds totals rows, also when the label is merged over several cells', () => {
    for (const label of ['JUMLAH', 'Total', 'Jumlah Total', 'Grand Total', 'TOTAL:']) {
      expect(rowKind([label, null, null, null, 1_000_000, 12], headers, mapping)).toBe('total');
    }
    expect(rowKind(['JUMLAH', 'JUMLAH', 'JUMLAH', 'JUMLAH', 1_000_000, 12], headers, mapping)).toBe('total');
  });

  it('keeps businesses whose name starts with a totals word', () => {
    expect(rowKind([3, 'Total Laundry', 'Agus', '6471021009870012', 90000000, 2], headers, mapping)).toBe('data');
  });

  it('finds the header repeated mid-sheet, in other case', () => {
    expect(rowKind(['No', 'NAMA USAHA', 'Nama Pemilik', 'NIK', 'Omzet', 'Jml TK'], headers, mapping)).toBe('header');
    expect(rowKind(['No', 'Nama Usaha', 'Sari', '6471054506880001', 1, 1], headers, mapping)).toBe('data');
  });
});
