import fs from 'node:fs';
import path from 'node:path';
import { fill, messages } from '../../../../shared/i18n';
import { AppError } from '../../errors';
import { zipEntryNames } from './zipEntries';

const m = messages.excelFile;
const MB = 1024 * 1024;

function bad(template: string, params: Record<string, string | number>): AppError {
  return new AppError('BAD_FILE', fill(template, params));
}

function looksLikeCsv(head: Buffer): boolean {
  const text = head.toString('utf8');
  if (text.includes('\u0000')) return false;
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  return lines.length > 0 && lines.slice(0, 5).every((l) => /[,;\t]/.test(l));
}

/** Refuses, before any parsing, what is not a readable .xlsx; returns its size. */
export function checkWorkbookFile(file: string, maxBytes: number): number {
  const name = path.basename(file);
  let size: number;
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) throw bad(m.missing, { file: name });
    size = st.size;
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw bad(m.missing, { file: name });
  }
  if (size === 0) throw bad(m.empty, { file: name });
  if (size > maxBytes) throw bad(m.tooBig, { file: name, size: (size / MB).toFixed(1).replace('.', ','), max: Math.round(maxBytes / MB) });

  const head = Buffer.alloc(Math.min(size, 512));
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, head.length, 0);
  } finally {
    fs.closeSync(fd);
  }
  // Old .xls and password-protected .xlsx are both OLE compound files: the bytes cannot tell them apart.
  if (head.length >= 4 && head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) throw bad(m.oldOrEncrypted, { file: name });
  const isZip = head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
  if (!isZip) {
    if (path.extname(file).toLowerCase() === '.csv' || looksLikeCsv(head)) throw bad(m.csv, { file: name });
    if (/^\s*(\ufeff)?\s*</.test(head.toString('utf8'))) throw bad(m.htmlOrXml, { file: name });
    throw bad(m.notZip, { file: name });
  }
  const entries = zipEntryNames(file, size);
  if (entries === null) throw bad(m.damaged, { file: name });
  if (entries.length > 0 && !entries.includes('xl/workbook.xml')) {
    if (entries.includes('word/document.xml')) throw bad(m.wordDocument, { file: name });
    if (entries.includes('content.xml') && entries.includes('mimetype')) throw bad(m.openDocument, { file: name });
    throw bad(m.notWorkbook, { file: name });
  }
  return size;
}
