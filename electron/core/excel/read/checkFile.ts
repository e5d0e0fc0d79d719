import fs from 'node:fs';
import path from 'node:path';
import { groupThousands } from '../../../../shared/format/rupiah';
import { AppError } from '../../errors';
import { DEFAULT_LIMITS, ROWS_AT_25_COLUMNS, type ReadLimits } from './limits';
import { megabytes, refuse } from './refuse';
import { ZipArchive, type ZipPart } from './zipArchive';

const MB = 1024 * 1024;

function looksLikeCsv(head: Buffer): boolean {
  const text = head.toString('utf8');
  if (text.includes('\u0000')) return false;
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  return lines.length > 0 && lines.slice(0, 5).every((l) => /[,;\t]/.test(l));
}

/** The parts that hold the cells where Excel puts them (streamReader checks again on the parts the relationships name). */
export function isDataPart(name: string): boolean {
  const n = name.toLowerCase();
  return (n.startsWith('xl/worksheets/') && n.endsWith('.xml') && !n.includes('/_rels/')) || n === 'xl/sharedstrings.xml';
}

/** The package's zip directory, read with yauzl; a broken one refuses the file as damaged. */
export async function openWorkbookZip(file: string, fileName: string): Promise<ZipArchive> {
  try {
    return await ZipArchive.open(file);
  } catch {
    throw refuse('damaged', { file: fileName });
  }
}

/**
 * Refuses, before any parsing, what is not a readable .xlsx, and what would inflate beyond the
 * limits: the sizes come from the zip's own directory, read by yauzl (a part that inflates past
 * its stated size is stopped at that byte, so a file cannot lie its way past these checks).
 */
export async function checkWorkbookFile(file: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<{ size: number }> {
  const name = path.basename(file);
  let size: number;
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) throw refuse('missing', { file: name });
    size = st.size;
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw refuse('missing', { file: name });
  }
  if (size === 0) throw refuse('empty', { file: name });
  if (size > limits.maxFileBytes) throw refuse('tooBig', { file: name, size: (size / MB).toFixed(1).replace('.', ','), max: Math.round(limits.maxFileBytes / MB) });

  const head = Buffer.alloc(Math.min(size, 512));
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, head.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  // Old .xls and password-protected .xlsx are both OLE compound files: the bytes cannot tell them apart.
  if (head.length >= 4 && head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) throw refuse('oldOrEncrypted', { file: name });
  const isZip = head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
  if (!isZip) {
    if (path.extname(file).toLowerCase() === '.csv' || looksLikeCsv(head)) throw refuse('csv', { file: name });
    if (/^\s*(\ufeff)?\s*</.test(head.toString('utf8'))) throw refuse('htmlOrXml', { file: name });
    throw refuse('notZip', { file: name });
  }
  const zip = await openWorkbookZip(file, name);
  try {
    const parts = zip.parts();
    // What kind of package it is, from its part names.
    const names = new Set(parts.map((p) => p.name.toLowerCase()));
    if (!names.has('xl/workbook.xml')) {
      if (names.has('word/document.xml')) throw refuse('wordDocument', { file: name });
      if (names.has('content.xml') && names.has('mimetype')) throw refuse('openDocument', { file: name });
      throw refuse('notWorkbook', { file: name });
    }
    checkParts(name, parts, limits);
  } finally {
    zip.close();
  }
  return { size };
}

/** The checks on the directory's sizes: no part packed like a zip bomb, the cell parts within the limit. */
export function checkParts(name: string, entries: ZipPart[], limits: ReadLimits): void {
  // A zip bomb packs hundreds of megabytes of repeated XML into one: no real sheet packs that tight.
  for (const e of entries) {
    if (e.uncompressedSize > limits.ratioAboveBytes && e.uncompressedSize > limits.maxRatio * Math.max(e.compressedSize, 1)) {
      throw refuse('packedTooTight', {
        file: name,
        packed: megabytes(e.compressedSize),
        size: megabytes(e.uncompressedSize),
        ratio: groupThousands(Math.round(e.uncompressedSize / Math.max(e.compressedSize, 1))),
      });
    }
  }
  const xml = entries.filter((e) => isDataPart(e.name)).reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (xml > limits.maxXmlBytes) throw sheetsTooBig(name, xml, limits);
}

export function sheetsTooBig(name: string, bytes: number, limits: ReadLimits): AppError {
  return refuse('sheetsTooBig', {
    file: name,
    size: megabytes(bytes),
    max: megabytes(limits.maxXmlBytes),
    rows: groupThousands(Math.round((ROWS_AT_25_COLUMNS * limits.maxXmlBytes) / DEFAULT_LIMITS.maxXmlBytes)),
  });
}
