// Crafted workbooks that once exhausted memory (issue 12): each is refused with a message the clerk
// can act on, or read within bounds, and the process reading them carries on.
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as imports from '../../electron/core/excel/import/importService';
import { checkWorkbookFile } from '../../electron/core/excel/read/checkFile';
import { DEFAULT_LIMITS } from '../../electron/core/excel/read/limits';
import { readWorkbook, type ReadOptions } from '../../electron/core/excel/read/readWorkbook';
import { XmlError, XmlStream } from '../../electron/core/excel/read/xmlStream';
import { AppError } from '../../electron/core/errors';
import {
  writeEntityWorkbook,
  writeGiantCellWorkbook,
  writeLyingWorkbook,
  writeManySharedStrings,
  writePlainWorkbook,
  writeSheetWorkbook,
  writeWideColumnWorkbook,
  writeZipBomb,
} from '../support/hostileWorkbooks';
import { writeLargeUmkmWorkbook } from '../support/messyWorkbooks';
import { countRows } from '../support/dbQuery';
import { tempContext } from '../support/tempDb';
import { tempDir } from '../support/tempDir';

const tmp = tempDir('hostile-xlsx-');
const at = (name: string) => path.join(tmp.dir, name);
afterAll(() => tmp.remove());

const MB = 1024 * 1024;

/** The refusal, timed: BAD_FILE with the clerk's message. */
async function refused(file: string, opts?: ReadOptions): Promise<{ message: string; ms: number }> {
  const t = performance.now();
  try {
    await readWorkbook(file, opts);
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('BAD_FILE');
    return { message: (err as AppError).message, ms: performance.now() - t };
  }
  throw new Error(`${path.basename(file)} was read`);
}

const BOMB_MESSAGE =
  /^Berkas (bom|bom64)\.xlsx tidak dibaca karena isinya tidak wajar: 1,0 MB di dalamnya mengembang menjadi 300 MB bila dibuka \(288 kali lipat; berkas Excel biasa hanya 5 sampai 20 kali\)\. Berkas seperti ini dapat membuat aplikasi berhenti\. Buka di Excel, simpan ulang sebagai \.xlsx, lalu coba lagi\.$/;

describe('a zip bomb: 1 MB holding 300 MB of sheet XML', () => {
  it('is refused from the zip directory before a byte is inflated, zip64 too', async () => {
    const { fileBytes, xmlBytes } = writeZipBomb(at('bom.xlsx'));
    expect(fileBytes).toBeLessThan(1.1 * MB);
    expect(xmlBytes).toBeGreaterThan(299 * MB);
    // The directory check alone refuses it: no parser, no worker.
    await expect(checkWorkbookFile(at('bom.xlsx'))).rejects.toThrow(BOMB_MESSAGE);
    const r = await refused(at('bom.xlsx'));
    expect(r.message).toMatch(BOMB_MESSAGE);
    expect(r.ms).toBeLessThan(1000);

    writeZipBomb(at('bom64.xlsx'), 300, { zip64: true });
    expect((await refused(at('bom64.xlsx'))).message).toMatch(BOMB_MESSAGE);
  });

  it('past the ratio check, the size stated in the directory refuses it; past both, the stream stops at the row limit', async () => {
    writeZipBomb(at('bom.xlsx'));
    const loose = { maxRatio: 1e6 };
    expect((await refused(at('bom.xlsx'), { limits: { ...loose, maxXmlBytes: 100 * MB } })).message).toBe(
      'Berkas bom.xlsx terlalu besar untuk dibaca: datanya 300 MB bila dibuka (paling besar 100 MB, kira-kira 58.594 baris × 25 kolom). Pecah datanya menjadi beberapa berkas .xlsx.',
    );
    // Its rows carry no numbers: each counts as the next, and counting stops at Excel's height.
    const r = await refused(at('bom.xlsx'), { limits: loose });
    expect(r.message).toBe('Lembar "Data" terlalu besar: lebih dari 1.048.576 baris. Pecah datanya menjadi beberapa berkas .xlsx.');
    expect(r.ms).toBeLessThan(20_000);
  }, 30_000);
});

describe('a value in column XFD', () => {
  it('on every one of 50,000 rows: refused at the first, naming the cell and the columns that are read', async () => {
    writeWideColumnWorkbook(at('lebar.xlsx'), 50_000);
    const r = await refused(at('lebar.xlsx'));
    expect(r.message).toBe(
      'Lembar "Data" berisi data di sel XFD2, di luar 200 kolom yang dapat dibaca (kolom A sampai GR). Hapus isi kolom sesudah GR pada lembar itu, simpan, lalu coba lagi.',
    );
    expect(r.ms).toBeLessThan(5000);
  });

  it('styled but empty out to XFD on every row: read, each row no wider than its last value', async () => {
    writeWideColumnWorkbook(at('lebar-kosong.xlsx'), 50_000, { emptyStyled: true });
    const wb = await readWorkbook(at('lebar-kosong.xlsx'));
    const rows = wb.sheets[0]!.rows;
    expect(rows).toHaveLength(50_001);
    expect(Math.max(...rows.map((r) => r.cells.length))).toBe(24);
    expect(rows[1]).toEqual({ row: 2, cells: ['Usaha 2', '6471050101000002', ...Array.from({ length: 22 }, (_, i) => 2 * 31 + i + 2)] });
  });

  it('column GR (the 200th) is read, GS is refused', async () => {
    writeSheetWorkbook(at('gr.xlsx'), '<row r="1"><c r="A1"><v>1</v></c><c r="GR1"><v>200</v></c></row>');
    const wb = await readWorkbook(at('gr.xlsx'));
    expect(wb.sheets[0]!.rows[0]!.cells).toEqual([1, ...Array.from({ length: 198 }, () => null), 200]);
    writeSheetWorkbook(at('gs.xlsx'), '<row r="7"><c r="A7"><v>1</v></c><c r="GS7" t="inlineStr"><is><t>x</t></is></c></row>');
    expect((await refused(at('gs.xlsx'))).message).toMatch(/^Lembar "Data" berisi data di sel GS7, di luar 200 kolom/);
  });
});

describe('files that slip past the directory checks', () => {
  it('a directory that understates the sheet (40 KB claimed, 300 MB inside): inflating stops at the first byte past the lie', async () => {
    const { fileBytes } = writeLyingWorkbook(at('bohong.xlsx'));
    expect(fileBytes).toBeLessThan(1.1 * MB);
    await expect(checkWorkbookFile(at('bohong.xlsx'))).resolves.toEqual({ size: fileBytes });
    const r = await refused(at('bohong.xlsx'));
    expect(r.message).toBe(
      'Berkas bohong.xlsx tidak dibaca karena isinya lebih besar daripada yang tercatat di dalam berkas itu sendiri (berkas rusak atau sengaja dibuat tidak wajar). Buka di Excel, simpan ulang sebagai .xlsx, lalu coba lagi.',
    );
    expect(r.ms).toBeLessThan(5000);
    // One that overstates it (2 MB claimed, 1 MB inside) is damaged, not read short.
    writeLyingWorkbook(at('kurang.xlsx'), 1, 2 * MB);
    expect((await refused(at('kurang.xlsx'))).message).toBe('Berkas kurang.xlsx rusak atau tidak lengkap sehingga tidak dapat dibaca. Buka di Excel, simpan ulang sebagai .xlsx, lalu coba lagi.');
  });

  it("more than the parse worker's heap holds: the worker stops, the read fails with BAD_FILE, this process reads on", async () => {
    writeManySharedStrings(at('kamus.xlsx'), 1_000_000);
    writePlainWorkbook(at('biasa.xlsx'));
    // The same small heap reads an ordinary file: the ceiling, not the worker's start, is what fails.
    expect((await readWorkbook(at('biasa.xlsx'), { limits: { workerHeapMb: 32 } })).sheets[0]!.rows).toHaveLength(3);
    const r = await refused(at('kamus.xlsx'), { limits: { workerHeapMb: 32 } });
    expect(r.message).toBe(
      'Berkas kamus.xlsx terlalu besar untuk dibaca: membacanya memerlukan lebih dari 32 MB memori. Pecah datanya menjadi beberapa berkas .xlsx, lalu impor satu per satu.',
    );
    // Under the app's own ceiling the same table is read.
    const wb = await readWorkbook(at('kamus.xlsx'));
    expect(wb.sheets[0]!.rows.map((x) => x.cells)).toEqual([['Keterangan usaha nomor 0 di Balikpapan'], ['Keterangan usaha nomor 999999 di Balikpapan']]);
  }, 30_000);

  it('a cell of 300 MB of text is refused at the cell, long before it is held', async () => {
    writeGiantCellWorkbook(at('sel.xlsx'), 300 * MB);
    const r = await refused(at('sel.xlsx'));
    expect(r.message).toBe('Lembar "Data" berisi sel A1 dengan teks lebih panjang daripada batas Excel (32.767 huruf). Periksa sel itu, simpan ulang, lalu coba lagi.');
    expect(r.ms).toBeLessThan(5000);
  });

  it('a shared string of 300 MB is refused while it streams; a DTD with entities (billion laughs, XXE) is refused unexpanded', async () => {
    writeGiantCellWorkbook(at('kamus-panjang.xlsx'), 300 * MB, { shared: true });
    const r = await refused(at('kamus-panjang.xlsx'));
    expect(r.message).toBe(
      'Berkas kamus-panjang.xlsx berisi teks yang lebih panjang daripada batas Excel untuk satu sel (32.767 huruf). Buka di Excel, periksa isinya, simpan ulang sebagai .xlsx, lalu coba lagi.',
    );
    expect(r.ms).toBeLessThan(5000);
    for (const external of [false, true]) {
      writeEntityWorkbook(at('entitas.xlsx'), { external });
      const e = await refused(at('entitas.xlsx'));
      expect(e.message).toBe('Berkas entitas.xlsx rusak atau tidak lengkap sehingga tidak dapat dibaca. Buka di Excel, simpan ulang sebagai .xlsx, lalu coba lagi.');
      expect(e.ms).toBeLessThan(5000);
    }
  });

  it('a merged range down every row of Excel with a value in its corner is refused before it is filled', async () => {
    writeSheetWorkbook(at('gabung.xlsx'), '<row r="1"><c r="A1" t="inlineStr"><is><t>JUDUL</t></is></c></row>', '<mergeCells count="1"><mergeCell ref="A1:GR1048576"/></mergeCells>');
    const r = await refused(at('gabung.xlsx'));
    expect(r.message).toBe('Berkas gabung.xlsx berisi terlalu banyak data untuk sekali impor (paling banyak kira-kira 300.000 baris × 25 kolom). Pecah datanya menjadi beberapa berkas .xlsx.');
    expect(r.ms).toBeLessThan(5000);
  });

  it('through the import: the bomb fails openImport with the message, nothing is stored', async () => {
    const { ctx, cleanup } = await tempContext();
    try {
      writeZipBomb(at('impor-bom.xlsx'));
      const err = await imports.openImport(ctx, { fileId: ctx.files.register(at('impor-bom.xlsx')).fileId, target: 'umkm' }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).toData()).toMatchObject({ code: 'BAD_FILE', message: expect.stringMatching(/^Berkas impor-bom\.xlsx tidak dibaca karena isinya tidak wajar/) });
      expect(await countRows(ctx.db, 'umkm')).toBe(0);
    } finally {
      await cleanup();
    }
  });
});

describe('ordinary workbooks still read', () => {
  it('a hand-written workbook, in a plain and a zip64 container: shared strings, a date, a merged title', async () => {
    for (const name of ['biasa.xlsx', 'biasa64.xlsx']) {
      writePlainWorkbook(at(name), { zip64: name.includes('64') });
      const wb = await readWorkbook(at(name));
      expect(wb).toEqual({
        date1904: false,
        sheets: [
          {
            name: 'Data',
            hidden: false,
            rows: [
              { row: 1, cells: ['DATA UMKM BINAAN', 'DATA UMKM BINAAN'] },
              { row: 2, cells: ['Nama usaha', 'Tanggal daftar'] },
              { row: 3, cells: ['Amplang Bu Sari', new Date(Date.UTC(2023, 4, 23))] },
            ],
          },
        ],
      });
    }
  });

  it('a 3,000-row UMKM workbook: the worker, this thread and exceljs read the same', async () => {
    await writeLargeUmkmWorkbook(at('umkm.xlsx'), 3000);
    const worker = await readWorkbook(at('umkm.xlsx'));
    expect(worker.sheets[0]!.rows).toHaveLength(3001);
    expect(await readWorkbook(at('umkm.xlsx'), { thread: 'inline' })).toEqual(worker);
    expect(await readWorkbook(at('umkm.xlsx'), { mode: 'document' })).toEqual(worker);
  });

  it('the XML stream gives the same events whatever the chunk boundaries (entities, CDATA, comments, multi-byte text)', () => {
    const xml = Buffer.from(
      '\ufeff<?xml version="1.0"?><!-- sel > 1 --><x:row r="1" note=\'a > b\'><c r="A1" t="inlineStr"><is><t xml:space="preserve">Kue &amp; Roti &#x1F370; Bu Ṣari &lt;3 &#8364;</t></is></c>' +
        '<c r="B1"><v>1.5</v></c><c r="C1" t="str"><![CDATA[a <b> & c]]></c><empty/></x:row>',
    );
    const events = (chunkSize: number) => {
      const out: string[] = [];
      const stream = new XmlStream(
        {
          open: (name, attrs) => out.push(`<${name} ${JSON.stringify(attrs)}>`),
          close: (name) => out.push(`</${name}>`),
          text: (t) => out.push(`"${t}`),
        },
        1000,
      );
      for (let i = 0; i < xml.length; i += chunkSize) stream.write(xml.subarray(i, i + chunkSize));
      stream.end();
      return out;
    };
    const whole = events(xml.length);
    expect(whole).toContain('"Kue & Roti 🍰 Bu Ṣari <3 €');
    expect(whole).toContain('"a <b> & c');
    expect(whole[0]).toBe('<row {"r":"1","note":"a > b"}>');
    expect(whole.slice(-3)).toEqual(['<empty {}>', '</empty>', '</row>']);
    for (let size = 1; size <= 40; size++) expect([size, events(size)]).toEqual([size, whole]);
  });

  it('the XML stream refuses a DTD, never expands an entity, and stops a run of text with no tag at its limit', () => {
    const parse = (xml: string, maxRun = 1000, tooLong?: () => Error) => {
      const texts: string[] = [];
      const stream = new XmlStream({ open() {}, close() {}, text: (t) => texts.push(t), ...(tooLong ? { tooLong } : {}) }, maxRun);
      const buf = Buffer.from(xml);
      for (let i = 0; i < buf.length; i += 64) stream.write(buf.subarray(i, i + 64));
      stream.end();
      return texts;
    };
    // Billion laughs and an external entity (XXE): refused at the DOCTYPE, nothing expanded or fetched.
    const laughs = '<!DOCTYPE sst [<!ENTITY a "hahahahaha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><sst><si><t>&b;</t></si></sst>';
    expect(() => parse(laughs)).toThrow(XmlError);
    expect(() => parse('<?xml version="1.0"?><!DOCTYPE sst SYSTEM "file:///etc/passwd"><sst/>')).toThrow(XmlError);
    // Without a DTD an unknown entity is an error, not text.
    expect(() => parse('<sst><si><t>&xxe;</t></si></sst>')).toThrow(XmlError);
    expect(parse('<sst><si><t>&amp;&#65;</t></si></sst>')).toEqual(['&A']);
    // A DOCTYPE too long to wait for its end is stopped while it streams.
    expect(() => parse(`<!DOCTYPE sst [${'<!-- x -->'.repeat(1000)}]><sst/>`)).toThrow(XmlError);
    // Text: 1,000 characters pass, 1,100 are stopped with the handler's own refusal.
    expect(parse(`<t>${'a'.repeat(1000)}</t>`)[0]).toHaveLength(1000);
    expect(() => parse(`<t>${'a'.repeat(1100)}</t>`, 1000, () => new Error('sel terlalu panjang'))).toThrow('sel terlalu panjang');
    // Broken XML is an XmlError too.
    expect(() => parse('<sst><si></sst>')).toThrow(XmlError);
  });

  it('the limits are the stated ones, and this process never held more than 1 GB', () => {
    expect(DEFAULT_LIMITS).toMatchObject({ maxXmlBytes: 512 * MB, maxRatio: 100, maxColumns: 200, workerHeapMb: 768 });
    expect(process.resourceUsage().maxRSS / 1024).toBeLessThan(1024);
  });
});
