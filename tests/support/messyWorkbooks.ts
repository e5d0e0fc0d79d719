import fs from 'node:fs';
import zlib from 'node:zlib';
import ExcelJS from 'exceljs';

// Workbooks as the department really receives them, written at test time with exceljs. Each writer
// returns what an import of it must produce, so engine and e2e tests check against the same facts.

export type MessyAction = 'new' | 'duplicate' | 'refuse';

export interface MessyRowExpectation {
  /** Sheet row as Excel shows it. */
  row: number;
  action: MessyAction;
  /** Key values as stored (contract input after the schema: codes, ISO dates, +62 phones). */
  values: Record<string, string | number>;
  /** The field whose cell cannot be read (refused rows). */
  errorField?: string;
  /** Fields read with a warning (a guess or a repair the clerk should see). */
  warningFields?: string[];
  duplicateOfRow?: number;
}

export interface MessyExpectation {
  sheet: string;
  sheetNames: string[];
  headerRow: number;
  /** Field key -> 0-based column the matcher must suggest. */
  mapping: Record<string, number>;
  /** The header text of each mapped column, as headerTexts() gives it. */
  headers: Record<string, string>;
  rows: MessyRowExpectation[];
  skipped: Array<{ row: number; reason: 'total' | 'header' }>;
  blankRows: number[];
}

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

const SELATAN = '64.71.05';
const UTARA = '64.71.03';
const KOTA = '64.71.06';
const TENGAH = '64.71.04';
const TIMUR = '64.71.01';
const BARAT = '64.71.02';

/** UMKM data the way a kecamatan office sends it: see MessyExpectation for what it must become. */
export async function writeMessyUmkmWorkbook(file: string): Promise<MessyExpectation> {
  const wb = new ExcelJS.Workbook();
  const sheet = 'Data UMKM 2023';

  const rekap = wb.addWorksheet('Rekap');
  rekap.mergeCells('A1:C1');
  rekap.getCell('A1').value = 'REKAP UMKM BINAAN 2023';
  rekap.addRow([]);
  rekap.addRow(['No', 'Kecamatan', 'Jumlah UMKM']);
  ['Balikpapan Selatan', 'Balikpapan Utara', 'Balikpapan Kota', 'Balikpapan Tengah', 'Balikpapan Timur', 'Balikpapan Barat'].forEach((k, i) =>
    rekap.addRow([i + 1, k, [3, 2, 2, 2, 1, 1][i]]),
  );
  rekap.addRow(['', 'JUMLAH', { formula: 'SUM(C4:C9)', result: 11 }]);

  const ws = wb.addWorksheet(sheet);
  const last = 'M';
  ['PEMERINTAH KOTA BALIKPAPAN', 'DINAS KOPERASI, UMKM DAN PERINDUSTRIAN', 'DATA UMKM BINAAN 2023'].forEach((title, i) => {
    ws.mergeCells(`A${i + 1}:${last}${i + 1}`);
    ws.getCell(`A${i + 1}`).value = title;
    ws.getCell(`A${i + 1}`).font = { bold: true };
  });
  // Row 4 stays empty. Rows 5-6: a two-row header; most names merged down, "Wilayah" across.
  const top = ['No', 'Nama Usaha', 'NAMA PEMILIK', 'No. NIK', 'Alamat Usaha', 'Wilayah', null, 'Omzet/Tahun (Rp)', 'Jml TK', 'No. HP', 'Tgl Daftar', 'Jenis Usaha', 'Modal Usaha'];
  top.forEach((t, i) => {
    if (t !== null) ws.getRow(5).getCell(i + 1).value = t;
  });
  for (const col of ['A', 'B', 'C', 'D', 'E', 'H', 'I', 'J', 'K', 'L']) ws.mergeCells(`${col}5:${col}6`);
  ws.mergeCells('F5:G5');
  ws.getCell('F6').value = 'Kec.';
  ws.getCell('G6').value = 'Kel.';
  ws.getCell('M6').value = '(Rp)';

  type Cell = ExcelJS.CellValue;
  const put = (row: number, cells: Cell[]) => {
    const r = ws.getRow(row);
    cells.forEach((v, i) => {
      if (v !== null && v !== undefined) r.getCell(i + 1).value = v;
    });
  };
  // No, Nama Usaha, Pemilik, NIK, Alamat, Kec., Kel., Omzet, TK, HP, Tgl Daftar, Jenis Usaha, Modal
  put(7, [1, 'Amplang Kepiting Bu Sari', 'Sari Rahmawati', '6471054506880001', 'Jl. Marsma R. Iswahyudi No. 12', 'Balikpapan Selatan', 'Sepinggan', 350_000_000, 3, '0812-3456-7890', utc(2023, 5, 23), 'Kuliner', 80_000_000]);
  put(8, [2, 'Kerajinan Manik Dayak', 'Yohana Lusi', '6471 0362 1290 0002', 'Jl. Soekarno Hatta Km 5', 'Bpp Utara', 'Batu Ampar', 'Rp 150.000.000', '12 orang', 81234567890, 45069, 'Kerajinan', null]);
  put(9, [3, 'Fesyen Batik Kaltim', 'Rina Marlina', '6471024107920003', 'Jl. Ahmad Yani No. 3', 'Kec. Balikpapan Kota', 'Klandasan Ilir', '1,5 jt', '5', '+62 813-5000-1234', '23/05/2023', 'Fashion', null]);
  put(10, [4, 'Toko Kue Barokah', 'Ahmad Fauzi', '6471041503850004', 'Jl. Gunung Sari', 'balikpapan tengah', 'Kel. Gn. Sari Ilir', '2 M', 8, '0542-733123', '23-Mei-2023', 'Makanan dan Minuman', null]);
  put(11, [5, 'Bengkel Las Maju', 'Slamet Riyadi', '6471011208800005', 'Jl. Mulawarman', 'Balikpapn Timur', 'Manggar', 'Rp. 25.000.000,-', 2, '62 852 4700 1122', '2023-05-23', 'Jasa', null]);
  put(12, ['No', 'Nama Usaha', 'NAMA PEMILIK', 'No. NIK', 'Alamat Usaha', 'Kec.', 'Kel.', 'Omzet/Tahun (Rp)', 'Jml TK', 'No. HP', 'Tgl Daftar', 'Jenis Usaha', 'Modal Usaha (Rp)']);
  // Typed as a number in Excel: 15 significant digits kept, the 16th already lost.
  put(13, [6, 'Warung Soto Banjar', 'Hj. Mariani', 6471056308750000, 'Jl. Sepinggan Baru', 'BPP. SELATAN', 'Sepinggan Baru', 240_000_000, 4, '0813-4700-2233', utc(2023, 6, 1), 'Kuliner', null]);
  put(14, [null, ' ']);
  put(15, [7, 'Keripik Pisang Lestari', 'Dewi Lestari', '6471034808900007', 'Jl. Sepinggan Raya', 'Kecamatan Balikpapan Utara', 'Gunung Samarinda', '1.500.000.000', '3 org', '0813 4700 5566', utc(2022, 11, 1), 'Kuliner', null]);
  put(16, [8, 'Amplang Kepiting Cabang 2', 'Sari Rahmawati', '6471054506880001', 'Jl. Marsma R. Iswahyudi No. 40', 'Balikpapan Selatan', 'Sepinggan', 120_000_000, 2, '0812-3456-7890', utc(2023, 7, 1), 'Kuliner', null]);
  put(17, [9, 'Salon Cantik Ayu', 'Ayu Ningsih', '6471065201950009', 'Jl. Pranoto', 'Balikpapan Kota', 'Prapatan', '2 miliar', null, '0811-5400-999', '23 Agustus 2023', 'Jasa', null]);
  put(18, [10, 'Kopi Kenangan Senja', 'Budi Hartono', '6471052005880010', 'Jl. Jend. Sudirman No. 45', 'Bpp Selatan', 'Sei Nangka', 'sepuluh juta', 2, '0812-1111-2222', '01/06/2023', 'Kuliner', null]);
  put(19, [11, 'Rumah Makan Padang Sederhana', 'Rahmat Hidayat', '6471042711820011', 'Jl. MT Haryono', 'Balikpapan Tengah', 'Karang Rejo', 480_000_000, 6, '0812 5555 1212 / 0813 6666 1313', '23.05.2023', 'Perdagangan', 'Rp 1,5 M']);
  put(20, [12, 'Percetakan Digital Prima', 'Agus Salim', '6471021009870012', 'Jl. Letjen Suprapto', 'Balikpapan Barat', 'Marga Sari', { formula: '100000000*2', result: 200_000_000 }, 4, '0812-7777-8888', '750 rb', 'Industri', '750 rb']);
  ws.mergeCells('A21:G21');
  ws.getCell('A21').value = 'JUMLAH';
  ws.getCell('H21').value = { formula: 'SUM(H7:H20)', result: 1_190_000_000 };
  ws.getCell('I21').value = { formula: 'SUM(I7:I20)', result: 31 };
  ws.getColumn('D').numFmt = '@';
  await wb.xlsx.writeFile(file);

  const w = ['kecamatan'];
  return {
    sheet,
    sheetNames: ['Rekap', sheet],
    headerRow: 6,
    mapping: { businessName: 1, ownerName: 2, nik: 3, address: 4, kecamatan: 5, kelurahan: 6, annualSales: 7, employees: 8, phone: 9, registeredAt: 10, sector: 11, capital: 12 },
    headers: {
      businessName: 'Nama Usaha',
      ownerName: 'NAMA PEMILIK',
      nik: 'No. NIK',
      address: 'Alamat Usaha',
      kecamatan: 'Kec.',
      kelurahan: 'Kel.',
      annualSales: 'Omzet/Tahun (Rp)',
      employees: 'Jml TK',
      phone: 'No. HP',
      registeredAt: 'Tgl Daftar',
      sector: 'Jenis Usaha',
      capital: 'Modal Usaha (Rp)',
    },
    rows: [
      { row: 7, action: 'new', values: { businessName: 'Amplang Kepiting Bu Sari', nik: '6471054506880001', kecamatan: SELATAN, kelurahan: '64.71.05.1002', annualSales: 350_000_000, capital: 80_000_000, employees: 3, phone: '+6281234567890', registeredAt: '2023-05-23', sector: 'kuliner' } },
      { row: 8, action: 'new', warningFields: ['phone'], values: { nik: '6471036212900002', kecamatan: UTARA, kelurahan: '64.71.03.1001', annualSales: 150_000_000, employees: 12, phone: '+6281234567890', registeredAt: '2023-05-23', sector: 'kriya' } },
      { row: 9, action: 'new', values: { kecamatan: KOTA, kelurahan: '64.71.06.1004', annualSales: 1_500_000, employees: 5, phone: '+6281350001234', registeredAt: '2023-05-23', sector: 'fesyen' } },
      { row: 10, action: 'new', values: { kecamatan: TENGAH, kelurahan: '64.71.04.1002', annualSales: 2_000_000_000, employees: 8, phone: '+62542733123', registeredAt: '2023-05-23', sector: 'kuliner' } },
      { row: 11, action: 'new', warningFields: w, values: { kecamatan: TIMUR, kelurahan: '64.71.01.1001', annualSales: 25_000_000, phone: '+6285247001122', registeredAt: '2023-05-23', sector: 'jasa' } },
      { row: 13, action: 'refuse', errorField: 'nik', values: { kecamatan: SELATAN, annualSales: 240_000_000 } },
      { row: 15, action: 'new', values: { kecamatan: UTARA, kelurahan: '64.71.03.1002', annualSales: 1_500_000_000, employees: 3, registeredAt: '2022-11-01', sector: 'kuliner' } },
      { row: 16, action: 'duplicate', duplicateOfRow: 7, values: { nik: '6471054506880001', annualSales: 120_000_000 } },
      { row: 17, action: 'new', values: { kecamatan: KOTA, kelurahan: '64.71.06.1001', annualSales: 2_000_000_000, phone: '+628115400999', registeredAt: '2023-08-23', sector: 'jasa' } },
      { row: 18, action: 'refuse', errorField: 'annualSales', values: { kecamatan: SELATAN, kelurahan: '64.71.05.1010', registeredAt: '2023-06-01' } },
      { row: 19, action: 'new', warningFields: ['phone'], values: { kecamatan: TENGAH, kelurahan: '64.71.04.1003', annualSales: 480_000_000, capital: 1_500_000_000, phone: '+6281255551212', registeredAt: '2023-05-23', sector: 'perdagangan' } },
      { row: 20, action: 'refuse', errorField: 'registeredAt', values: { kecamatan: BARAT, kelurahan: '64.71.02.1006', annualSales: 200_000_000, capital: 750_000, sector: 'industri_pengolahan' } },
    ],
    skipped: [
      { row: 12, reason: 'header' },
      { row: 21, reason: 'total' },
    ],
    blankRows: [14],
  };
}

/** A zip whose directory is cut off (an interrupted download). */
export async function writeDamagedZip(file: string): Promise<void> {
  const full = `${file}.full.xlsx`;
  await writeSimpleWorkbook(full);
  const bytes = fs.readFileSync(full);
  fs.rmSync(full);
  fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
}

/** A zip whose directory is intact but whose sheet data is garbage: exceljs itself fails. */
export async function writeCorruptEntryZip(file: string): Promise<void> {
  writeZip(file, {
    '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"></Types>',
    'xl/workbook.xml': '<workbook><sheets><sheet name="A" sheetId="1" r:id="rId1"',
  });
}

/** Plain text named .xlsx. */
export function writeNotXlsx(file: string): void {
  fs.writeFileSync(file, 'Ini bukan berkas Excel\nhanya teks biasa yang diberi nama xlsx\n');
}

/** The OLE compound-file header of an old .xls, which is also how an encrypted .xlsx starts. */
export function writeEncryptedLike(file: string): void {
  const bytes = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes);
  fs.writeFileSync(file, bytes);
}

/** A Word document (a zip without xl/workbook.xml). */
export function writeDocxLike(file: string): void {
  writeZip(file, {
    '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    'word/document.xml': '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
  });
}

/** Some other zip. */
export function writeRandomZip(file: string): void {
  writeZip(file, { 'catatan.txt': 'bukan excel', 'foto/readme.md': '# foto' });
}

async function writeSimpleWorkbook(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Data');
  ws.addRow(['Nama usaha', 'NIK']);
  for (let i = 0; i < 200; i++) ws.addRow([`Usaha ${i}`, `64710545068800${String(i % 100).padStart(2, '0')}`]);
  await wb.xlsx.writeFile(file);
}

/** A stored (uncompressed) zip, enough for the structural checks. */
function writeZip(file: string, entries: Record<string, string>): void {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const data = Buffer.from(text, 'utf8');
    const nameBuf = Buffer.from(name, 'utf8');
    const crc = zlib.crc32(data) >>> 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, data);
    centrals.push(central, nameBuf);
    offset += local.length + nameBuf.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  fs.writeFileSync(file, Buffer.concat([...locals, dir, end]));
}

/** A valid NIK for the i-th generated person: unique for i below 9999 × 33600. */
export function generatedNik(i: number): string {
  const seq = (i % 9999) + 1;
  const j = Math.floor(i / 9999);
  const dd = (j % 28) + 1;
  const mm = (Math.floor(j / 28) % 12) + 1;
  const yy = Math.floor(j / 336) % 100;
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `647105${p(dd)}${p(mm)}${p(yy)}${p(seq, 4)}`;
}

const KEC = [
  ['Balikpapan Selatan', 'Sepinggan'],
  ['Balikpapan Utara', 'Batu Ampar'],
  ['Balikpapan Kota', 'Prapatan'],
  ['Balikpapan Tengah', 'Karang Rejo'],
  ['Balikpapan Timur', 'Manggar'],
  ['Balikpapan Barat', 'Marga Sari'],
] as const;
const SECTOR_LABELS = ['Kuliner', 'Fesyen', 'Kriya', 'Jasa', 'Perdagangan', 'Industri pengolahan', 'Pertanian dan perikanan', 'Lainnya'];

/** Column headers of writeLargeUmkmWorkbook: 25 columns, the UMKM labels plus "No" and "Keterangan lain". */
export const LARGE_HEADERS = [
  'No', 'Nama usaha', 'Nama pemilik', 'NIK pemilik', 'NIB', 'NPWP', 'Alamat', 'Kecamatan', 'Kelurahan', 'Sektor', 'Kode KBLI', 'Versi KBLI', 'Telepon',
  'E-mail', 'Tahun berdiri', 'Jumlah tenaga kerja', 'Modal usaha (Rp)', 'Omzet tahunan (Rp)', 'Aset (Rp)', 'Produk', 'Jangkauan pasar', 'Status', 'Catatan',
  'Tanggal registrasi', 'Keterangan lain',
];

/** n valid UMKM rows with unique NIKs, written with the streaming writer (benchmarks, big imports). */
export async function writeLargeUmkmWorkbook(file: string, n: number): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: true });
  const ws = wb.addWorksheet('Data');
  ws.columns = LARGE_HEADERS.map((h) => ({ header: h, width: 18 }));
  for (let i = 0; i < n; i++) {
    const [kec, kel] = KEC[i % KEC.length]!;
    ws.addRow([
      i + 1,
      `Usaha Contoh ${i + 1}`,
      `Pemilik ${i + 1}`,
      generatedNik(i),
      String(1_000_000_000_000 + i),
      null,
      `Jl. Contoh No. ${(i % 200) + 1}`,
      kec,
      kel,
      SECTOR_LABELS[i % SECTOR_LABELS.length],
      null,
      null,
      `0812${String(10_000_000 + (i % 89_999_999)).slice(0, 8)}`,
      null,
      2000 + (i % 23),
      (i % 20) + 1,
      50_000_000 + (i % 100) * 1_000_000,
      100_000_000 + (i % 1000) * 1_000_000,
      75_000_000,
      'Produk olahan',
      'Lokal',
      'Aktif',
      null,
      utc(2023, (i % 12) + 1, (i % 28) + 1),
      `Baris ${i + 1}`,
    ]).commit();
  }
  ws.commit();
  await wb.commit();
}

export interface SmallExpectation {
  sheet: string;
  headerRow: number;
  rows: Array<{ row: number; action: MessyAction; values: Record<string, unknown>; errorField?: string }>;
}

/** Partners with abbreviated headers, list cells and one unknown kind. */
export async function writeMitraWorkbook(file: string): Promise<SmallExpectation> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Mitra');
  ws.mergeCells('A1:H1');
  ws.getCell('A1').value = 'DAFTAR MITRA KEMITRAAN 2023';
  ws.addRow([]);
  ws.addRow(['No', 'Nama Perusahaan', 'Jenis Mitra', 'Kec.', 'Contact Person', 'Telp', 'Sektor Diminati', 'Dukungan']);
  ws.addRow([1, 'Hotel Gran Senyiur', 'Hotel', 'Balikpapan Kota', 'Budi Santoso', '0542-123456', 'Kuliner, Kriya', 'Pemasaran; Pelatihan']);
  ws.addRow([2, 'Hypermart Balikpapan', 'Supermarket', 'Bpp Selatan', 'Rina', '0812-9999-0000', 'Kuliner', 'Pemasaran / akses pasar']);
  ws.addRow([3, 'PT Pertamina (Persero) RU V', 'BUMN', 'Balikpapan Barat', 'Andi', '0542-700000', 'Kuliner, Fesyen, Kriya', 'Permodalan, Pembinaan']);
  ws.addRow([4, 'Koperasi Sejahtera', 'Koperasi simpan pinjam', 'Balikpapan Utara', 'Sri', '0813-1234-5678', 'Jasa', 'Permodalan']);
  await wb.xlsx.writeFile(file);
  return {
    sheet: 'Mitra',
    headerRow: 3,
    rows: [
      { row: 4, action: 'new', values: { name: 'Hotel Gran Senyiur', kind: 'hotel', kecamatan: '64.71.06', interestSectors: ['kuliner', 'kriya'], offers: ['pemasaran', 'pelatihan'] } },
      { row: 5, action: 'new', values: { kind: 'supermarket', kecamatan: '64.71.05', offers: ['pemasaran'] } },
      { row: 6, action: 'new', values: { kind: 'bumn_bumd', kecamatan: '64.71.02', offers: ['permodalan', 'pembinaan'] } },
      { row: 7, action: 'refuse', errorField: 'kind', values: { kecamatan: '64.71.03' } },
    ],
  };
}

/** Class records for UMKM already in the registry, named by their NIKs (one unknown NIK last). */
export async function writeProgressWorkbook(file: string, niks: string[]): Promise<SmallExpectation> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Perkembangan');
  ws.addRow(['NIK', 'Tanggal Data', 'Omzet per Tahun', 'Modal', 'Jml TK', 'Sertifikasi', 'Saluran Penjualan', 'Sumber Data']);
  ws.getColumn(1).numFmt = '@';
  const rows: SmallExpectation['rows'] = [];
  niks.forEach((nik, i) => {
    ws.addRow([nik, utc(2023, 12, 31), `${(i + 1) * 100} jt`, 50_000_000, i + 2, 'PIRT, Halal', 'Offline, Marketplace', 'Survei']);
    rows.push({
      row: i + 2,
      action: 'new',
      values: { nik, date: '2023-12-31', annualSales: (i + 1) * 100_000_000, capital: 50_000_000, employees: i + 2, certifications: ['pirt', 'halal'], channels: ['offline', 'marketplace'], source: 'survei' },
    });
  });
  await wb.xlsx.writeFile(file);
  return { sheet: 'Perkembangan', headerRow: 1, rows };
}

/** Column headers of writeWideUmkmWorkbook: 21 columns, a sheet as wide as the registry form. */
export const WIDE_HEADERS = [
  'No', 'Nama Usaha', 'Nama Pemilik', 'NIK', 'NIB', 'NPWP', 'Alamat', 'Kecamatan', 'Kelurahan', 'Sektor', 'KBLI', 'No. HP', 'Email', 'Tahun Berdiri', 'Jml TK',
  'Modal Usaha (Rp)', 'Omzet/Tahun (Rp)', 'Aset (Rp)', 'Produk', 'Status', 'Tgl Daftar',
];

/**
 * A sheet as wide as the registry form under a title merged across it, whose refused rows fail at
 * a region, a sector and the far-right date: what the preview's Keterangan column and the form's
 * drop-downs are for. Rows 4 and 9 are good; each refused row names its field and what fixes it.
 */
export async function writeWideUmkmWorkbook(file: string): Promise<{
  sheet: string;
  title: string;
  headerRow: number;
  good: number[];
  refused: Array<{ row: number; field: string; fix: string; kecamatan?: string }>;
}> {
  const wb = new ExcelJS.Workbook();
  const sheet = 'Data UMKM Binaan';
  const title = 'DATA UMKM BINAAN KECAMATAN BALIKPAPAN KOTA TAHUN 2024';
  const ws = wb.addWorksheet(sheet);
  ws.mergeCells('A1:U1');
  ws.getCell('A1').value = title;
  ws.getRow(3).values = WIDE_HEADERS;
  const row = (no: number, name: string, kec: string, kel: string, sector: string, date: string | Date): ExcelJS.CellValue[] => [
    no, name, `Pemilik ${name}`, generatedNik(no), String(9_120_000_000_000 + no), null, `Jl. Contoh No. ${no}`, kec, kel, sector, null, `0812-5555-00${String(no).padStart(2, '0')}`,
    null, 2015, 3, 25_000_000, 180_000_000, 60_000_000, 'Produk olahan', 'Aktif', date,
  ];
  const rows = [
    row(1, 'Amplang Bu Ida', 'Balikpapan Kota', 'Prapatan', 'Kuliner', utc(2024, 3, 1)),
    row(2, 'Batik Pesisir', 'Balikpapan Pusat', 'Klandasan Ulu', 'Fesyen', utc(2024, 3, 2)),
    row(3, 'Kue Lapis Damai', 'Balikpapan Kota', 'Sepinggan', 'Kuliner', utc(2024, 3, 3)),
    row(4, 'Bengkel Motor Jaya', 'Balikpapan Kota', 'Telaga Sari', 'Otomotif', utc(2024, 3, 4)),
    row(5, 'Sambal Roa Klandasan', 'Balikpapan Kota', 'Klandasan Ilir', 'Kuliner', 'bulan lalu'),
    row(6, 'Anyaman Rotan Damai', 'Balikpapan Kota', 'Damai', 'Kriya', utc(2024, 3, 6)),
  ];
  rows.forEach((cells, i) => (ws.getRow(4 + i).values = cells));
  ws.getColumn('D').numFmt = '@';
  await wb.xlsx.writeFile(file);
  return {
    sheet,
    title,
    headerRow: 3,
    good: [4, 9],
    refused: [
      { row: 5, field: 'kecamatan', fix: 'Balikpapan Kota' },
      { row: 6, field: 'kelurahan', fix: 'Klandasan Ulu', kecamatan: 'Balikpapan Kota' },
      { row: 7, field: 'sector', fix: 'Jasa' },
      { row: 8, field: 'registeredAt', fix: '15/02/2024' },
    ],
  };
}
