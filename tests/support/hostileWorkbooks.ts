// Crafted .xlsx files that attack the reader: a zip bomb, a cell in column XFD on every row, a
// directory that lies about sizes, a shared-strings table too big for the parse worker's heap. The
// zip is written by hand so every size field is under the test's control, zip64 included.
import fs from 'node:fs';
import zlib from 'node:zlib';

const MB = 1024 * 1024;

/** A part's bytes, deflated; `size` and `crc` describe the inflated bytes. */
export interface PackedPart {
  name: string;
  packed: Buffer;
  size: number;
  crc: number;
  /** What the directory (and the local header) claim instead of the truth. */
  declaredSize?: number;
}

/** Deflates a part given whole. */
export function packPart(name: string, text: string | Buffer): PackedPart {
  const data = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  return { name, packed: zlib.deflateRawSync(data), size: data.length, crc: zlib.crc32(data) >>> 0 };
}

/**
 * Deflates `block` repeated `times` times without ever holding the repeated text: one
 * sync-flushed deflate of the block is a run of complete deflate blocks, so copies of it chain
 * into one valid stream, closed by an empty final block.
 */
export function packRepeated(name: string, head: string, block: string, times: number, tail: string): PackedPart {
  const flush = { finishFlush: zlib.constants.Z_SYNC_FLUSH, level: 9 };
  const headBuf = Buffer.from(head);
  const blockBuf = Buffer.from(block);
  const tailBuf = Buffer.from(tail);
  const one = zlib.deflateRawSync(blockBuf, flush);
  let crc = zlib.crc32(headBuf);
  for (let i = 0; i < times; i++) crc = zlib.crc32(blockBuf, crc);
  crc = zlib.crc32(tailBuf, crc);
  const packed = Buffer.concat([zlib.deflateRawSync(headBuf, flush), ...Array.from({ length: times }, () => one), zlib.deflateRawSync(tailBuf)]);
  return { name, packed, size: headBuf.length + blockBuf.length * times + tailBuf.length, crc: crc >>> 0 };
}

/** Writes a zip of deflated parts; `zip64` writes every size and offset in zip64 records, as big-file writers do. */
export function writeZipParts(file: string, parts: PackedPart[], opts: { zip64?: boolean } = {}): void {
  const zip64 = opts.zip64 ?? false;
  const out: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8');
    const claimed = p.declaredSize ?? p.size;
    const extra = zip64 ? Buffer.alloc(4 + 24) : Buffer.alloc(0);
    if (zip64) {
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(claimed), 4);
      extra.writeBigUInt64LE(BigInt(p.packed.length), 12);
      extra.writeBigUInt64LE(BigInt(offset), 20);
    }
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(zip64 ? 45 : 20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(p.crc, 14);
    local.writeUInt32LE(zip64 ? 0xffffffff : p.packed.length, 18);
    local.writeUInt32LE(zip64 ? 0xffffffff : claimed, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(zip64 ? 20 : 0, 28);
    // The local header's zip64 field holds the two sizes only.
    const localExtra = zip64 ? Buffer.from(extra.subarray(0, 20)) : Buffer.alloc(0);
    if (zip64) localExtra.writeUInt16LE(16, 2);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(zip64 ? 45 : 20, 4);
    central.writeUInt16LE(zip64 ? 45 : 20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(p.crc, 16);
    central.writeUInt32LE(zip64 ? 0xffffffff : p.packed.length, 20);
    central.writeUInt32LE(zip64 ? 0xffffffff : claimed, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(zip64 ? 0xffffffff : offset, 42);
    out.push(local, name, localExtra, p.packed);
    centrals.push(central, name, extra);
    offset += local.length + name.length + localExtra.length + p.packed.length;
  }
  const dir = Buffer.concat(centrals);
  const tail: Buffer[] = [];
  if (zip64) {
    const rec = Buffer.alloc(56);
    rec.writeUInt32LE(0x06064b50, 0);
    rec.writeBigUInt64LE(44n, 4);
    rec.writeUInt16LE(45, 12);
    rec.writeUInt16LE(45, 14);
    rec.writeBigUInt64LE(BigInt(parts.length), 24);
    rec.writeBigUInt64LE(BigInt(parts.length), 32);
    rec.writeBigUInt64LE(BigInt(dir.length), 40);
    rec.writeBigUInt64LE(BigInt(offset), 48);
    const loc = Buffer.alloc(20);
    loc.writeUInt32LE(0x07064b50, 0);
    loc.writeBigUInt64LE(BigInt(offset + dir.length), 8);
    loc.writeUInt32LE(1, 16);
    tail.push(rec, loc);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(zip64 ? 0xffff : parts.length, 8);
  end.writeUInt16LE(zip64 ? 0xffff : parts.length, 10);
  end.writeUInt32LE(zip64 ? 0xffffffff : dir.length, 12);
  end.writeUInt32LE(zip64 ? 0xffffffff : offset, 16);
  fs.writeFileSync(file, Buffer.concat([...out, dir, ...tail, end]));
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The parts every workbook needs around its sheets: content types, relationships, workbook, styles (xf 1 is a date). */
export function workbookSkeleton(sheetNames: string[], withSharedStrings: boolean): PackedPart[] {
  const sheetList = sheetNames.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const rels = sheetNames.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('');
  const n = sheetNames.length;
  return [
    packPart(
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheetNames.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}${withSharedStrings ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ''}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
    ),
    packPart('_rels/.rels', `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    packPart('xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8"?><workbook ${NS}><workbookPr/><sheets>${sheetList}</sheets></workbook>`),
    packPart(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/>${withSharedStrings ? `<Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : ''}</Relationships>`,
    ),
    packPart(
      'xl/styles.xml',
      `<?xml version="1.0" encoding="UTF-8"?><styleSheet ${NS}><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    ),
  ];
}

const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet ${NS}><sheetData>`;
const SHEET_TAIL = '</sheetData></worksheet>';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${esc(text)}</t></is></c>`;

/**
 * A zip bomb: a sheet of `xmlMB` megabytes of one repeated row, packed about a thousand to one
 * (the issue's was 1.2 MB holding 318 MB).
 */
export function writeZipBomb(file: string, xmlMB = 300, opts: { zip64?: boolean } = {}): { fileBytes: number; xmlBytes: number } {
  const row = '<row><c t="inlineStr"><is><t>bom</t></is></c><c><v>1</v></c></row>';
  const block = row.repeat(Math.floor(MB / row.length));
  const sheet = packRepeated('xl/worksheets/sheet1.xml', SHEET_HEAD, block, xmlMB, SHEET_TAIL);
  writeZipParts(file, [...workbookSkeleton(['Data'], false), sheet], opts);
  return { fileBytes: fs.statSync(file).size, xmlBytes: sheet.size };
}

/** The same bomb, but the directory claims the sheet inflates to `declared` bytes (a few kilobytes): it passes every check made on the directory. */
export function writeLyingWorkbook(file: string, xmlMB = 300, declared = 40_000): { fileBytes: number; xmlBytes: number } {
  const row = '<row><c t="inlineStr"><is><t>bohong</t></is></c><c><v>2</v></c></row>';
  const block = row.repeat(Math.floor(MB / row.length));
  const sheet = { ...packRepeated('xl/worksheets/sheet1.xml', SHEET_HEAD, block, xmlMB, SHEET_TAIL), declaredSize: declared };
  writeZipParts(file, [...workbookSkeleton(['Data'], false), sheet]);
  return { fileBytes: fs.statSync(file).size, xmlBytes: sheet.size };
}

/**
 * `rows` rows of a plausible UMKM sheet with, on every row, a value in column XFD (the issue's
 * 8.4 MB file). With `emptyStyled`, the XFD cells carry only a style: harmless, as in real files
 * formatted to the last column.
 */
export function writeWideColumnWorkbook(file: string, rows = 50_000, opts: { emptyStyled?: boolean } = {}): void {
  const letters = Array.from({ length: 24 }, (_, i) => String.fromCharCode(65 + i));
  const parts: string[] = [SHEET_HEAD, `<row r="1">${letters.map((l, i) => inline(`${l}1`, i === 0 ? 'Nama usaha' : i === 1 ? 'NIK' : `Kolom ${l}`)).join('')}</row>`];
  for (let r = 2; r <= rows + 1; r++) {
    const far = opts.emptyStyled ? `<c r="XFD${r}" s="1"/>` : `<c r="XFD${r}"><v>${r}</v></c>`;
    const cells = letters.map((l, i) => (i === 0 ? inline(`A${r}`, `Usaha ${r}`) : i === 1 ? inline(`B${r}`, `6471050101${String(r).padStart(6, '0')}`) : `<c r="${l}${r}"><v>${r * 31 + i}</v></c>`));
    parts.push(`<row r="${r}">${cells.join('')}${far}</row>`);
  }
  parts.push(SHEET_TAIL);
  writeZipParts(file, [...workbookSkeleton(['Data'], false), packPart('xl/worksheets/sheet1.xml', parts.join(''))]);
}

/** A shared-strings table of `count` distinct strings (a sheet that uses a few): legal, but more than a small heap holds. */
export function writeManySharedStrings(file: string, count: number): void {
  const si: string[] = [`<?xml version="1.0" encoding="UTF-8"?><sst ${NS.split(' ')[0]} count="${count}" uniqueCount="${count}">`];
  for (let i = 0; i < count; i++) si.push(`<si><t>Keterangan usaha nomor ${i} di Balikpapan</t></si>`);
  si.push('</sst>');
  const sheet = `${SHEET_HEAD}<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>${count - 1}</v></c></row>${SHEET_TAIL}`;
  writeZipParts(file, [...workbookSkeleton(['Data'], true), packPart('xl/sharedStrings.xml', si.join('')), packPart('xl/worksheets/sheet1.xml', sheet)]);
}

/** One cell whose text is `chars` characters long (Excel stops at 32,767), inline or, with `shared`, in the shared-strings table. */
export function writeGiantCellWorkbook(file: string, chars: number, opts: { shared?: boolean } = {}): void {
  const times = Math.ceil(chars / 1024);
  if (opts.shared) {
    const sst = packRepeated('xl/sharedStrings.xml', `<?xml version="1.0" encoding="UTF-8"?><sst ${NS.split(' ')[0]} count="1" uniqueCount="1"><si><t>`, 'a'.repeat(1024), times, '</t></si></sst>');
    const sheet = packPart('xl/worksheets/sheet1.xml', `${SHEET_HEAD}<row r="1"><c r="A1" t="s"><v>0</v></c></row>${SHEET_TAIL}`);
    writeZipParts(file, [...workbookSkeleton(['Data'], true), sst, sheet]);
    return;
  }
  const sheet = packRepeated('xl/worksheets/sheet1.xml', `${SHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>`, 'a'.repeat(1024), times, `</t></is></c></row>${SHEET_TAIL}`);
  writeZipParts(file, [...workbookSkeleton(['Data'], false), sheet]);
}

/**
 * "Billion laughs": a shared-strings table whose DTD declares nested entities (ten levels of ten
 * give 10^10 copies of "ha"); with `external`, an entity that names a file on this machine (XXE).
 */
export function writeEntityWorkbook(file: string, opts: { external?: boolean } = {}): void {
  const dtd = opts.external
    ? '<!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    : `<!DOCTYPE sst [<!ENTITY l0 "ha">${Array.from({ length: 10 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('')}]>`;
  const sst = `<?xml version="1.0" encoding="UTF-8"?>${dtd}<sst ${NS.split(' ')[0]} count="1" uniqueCount="1"><si><t>${opts.external ? '&xxe;' : '&l10;'}</t></si></sst>`;
  const sheet = `${SHEET_HEAD}<row r="1"><c r="A1" t="s"><v>0</v></c></row>${SHEET_TAIL}`;
  writeZipParts(file, [...workbookSkeleton(['Data'], true), packPart('xl/sharedStrings.xml', sst), packPart('xl/worksheets/sheet1.xml', sheet)]);
}

/**
 * A small, ordinary sheet written by hand (shared strings, a date cell, a merged title), in a
 * zip64 container when asked: the reader must read it exactly.
 */
export function writePlainWorkbook(file: string, opts: { zip64?: boolean } = {}): void {
  const strings = ['DATA UMKM BINAAN', 'Nama usaha', 'Tanggal daftar', 'Amplang Bu Sari'];
  const sst = `<?xml version="1.0" encoding="UTF-8"?><sst ${NS.split(' ')[0]} count="4" uniqueCount="4">${strings.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`;
  const sheet =
    `${SHEET_HEAD}<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"/></row>` +
    `<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="s"><v>2</v></c></row>` +
    `<row r="3"><c r="A3" t="s"><v>3</v></c><c r="B3" s="1"><v>45069</v></c></row>` +
    `</sheetData><mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells></worksheet>`;
  writeZipParts(file, [...workbookSkeleton(['Data'], true), packPart('xl/sharedStrings.xml', sst), packPart('xl/worksheets/sheet1.xml', sheet)], opts);
}

/** Deflates text produced piece by piece, without holding the whole of it. */
async function packStreamed(name: string, pieces: () => Iterable<string>, level = 6): Promise<PackedPart> {
  const deflate = zlib.createDeflateRaw({ level, chunkSize: 1024 * 1024 });
  const out: Buffer[] = [];
  deflate.on('data', (b: Buffer) => out.push(b));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  let crc = 0;
  let size = 0;
  for (const piece of pieces()) {
    const buf = Buffer.from(piece, 'utf8');
    crc = zlib.crc32(buf, crc);
    size += buf.length;
    if (!deflate.write(buf)) await new Promise((r) => deflate.once('drain', r));
  }
  deflate.end();
  await done;
  return { name, packed: Buffer.concat(out), size, crc: crc >>> 0 };
}

const KECAMATAN = ['Balikpapan Selatan', 'Balikpapan Utara', 'Balikpapan Kota', 'Balikpapan Tengah', 'Balikpapan Timur', 'Balikpapan Barat'];

/**
 * A legitimate registry export of `rows` UMKM × `columns` columns (at most 26) as Excel writes one:
 * shared strings for names, a date column, numbers: the kind of file the limits must let through
 * (or, at Excel's full height, refuse with a message). Written in seconds, not minutes.
 */
export async function writeLegalWorkbook(
  file: string,
  rows: number,
  columns = 25,
  opts: { repetitive?: boolean; level?: number } = {},
): Promise<{ fileBytes: number; xmlBytes: number }> {
  const letters = Array.from({ length: columns }, (_, i) => String.fromCharCode(65 + i));
  // Shared strings: a header, six kecamatan, then each row's own name and owner.
  const fixed = [...letters.map((l) => `Kolom ${l}`), ...KECAMATAN];
  const nameAt = (r: number) => fixed.length + 2 * r;
  const sst = await packStreamed('xl/sharedStrings.xml', function* () {
    const count = fixed.length + (opts.repetitive ? 0 : 2 * rows);
    yield `<?xml version="1.0" encoding="UTF-8"?><sst ${NS.split(' ')[0]} count="${count}" uniqueCount="${count}">`;
    for (const s of fixed) yield `<si><t>${s}</t></si>`;
    let batch = '';
    for (let r = 0; r < (opts.repetitive ? 0 : rows); r++) {
      batch += `<si><t>Usaha Contoh ${r + 1}</t></si><si><t>Pemilik Usaha ${r + 1}</t></si>`;
      if (r % 1000 === 999) {
        yield batch;
        batch = '';
      }
    }
    yield `${batch}</sst>`;
  }, opts.level);
  const sheet = await packStreamed('xl/worksheets/sheet1.xml', function* () {
    yield `${SHEET_HEAD}<row r="1" spans="1:${columns}">${letters.map((l, i) => `<c r="${l}1" t="s"><v>${i}</v></c>`).join('')}</row>`;
    let batch = '';
    for (let r = 0; r < rows; r++) {
      const n = r + 2;
      const cells = letters.map((l, i) => {
        const ref = `${l}${n}`;
        switch (i) {
          case 0:
            return `<c r="${ref}"><v>${r + 1}</v></c>`;
          case 1:
            return `<c r="${ref}" t="s"><v>${opts.repetitive ? columns : nameAt(r)}</v></c>`;
          case 2:
            return `<c r="${ref}" t="s"><v>${opts.repetitive ? columns + 1 : nameAt(r) + 1}</v></c>`;
          case 3:
            return `<c r="${ref}" t="str"><v>647105${String(opts.repetitive ? r % 100 : r).padStart(10, '0')}</v></c>`;
          case 4:
            return `<c r="${ref}" t="s"><v>${columns + (r % KECAMATAN.length)}</v></c>`;
          case 5:
            return `<c r="${ref}" s="1"><v>${44927 + (r % 365)}</v></c>`;
          default:
            // Figures from small sets, as registry columns are (years, class codes, round rupiah amounts).
            return `<c r="${ref}"><v>${((r % 97) + 1) * (i + 1) * 1_000_000}</v></c>`;
        }
      });
      batch += `<row r="${n}" spans="1:${columns}">${cells.join('')}</row>`;
      if (r % 500 === 499) {
        yield batch;
        batch = '';
      }
    }
    yield batch + SHEET_TAIL;
  }, opts.level);
  writeZipParts(file, [...workbookSkeleton(['Data UMKM'], true), sst, sheet]);
  return { fileBytes: fs.statSync(file).size, xmlBytes: sst.size + sheet.size };
}

/** One sheet "Data" whose <sheetData> holds `rowsXml`, followed by `afterRows` (e.g. <mergeCells>). */
export function writeSheetWorkbook(file: string, rowsXml: string, afterRows = ''): void {
  const sheet = `${SHEET_HEAD}${rowsXml}</sheetData>${afterRows}</worksheet>`;
  writeZipParts(file, [...workbookSkeleton(['Data'], false), packPart('xl/worksheets/sheet1.xml', sheet)]);
}
