import fs from 'node:fs';

// The zip's own table of contents, read before any parsing, so a .docx or a truncated download
// is named for what it is instead of failing deep inside exceljs.
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

/** Entry names of a zip, or null when its directory is missing or broken (a damaged file). */
export function zipEntryNames(file: string, size: number): string[] | null {
  const fd = fs.openSync(file, 'r');
  try {
    const tailLen = Math.min(size, 22 + 65_535);
    const tail = Buffer.alloc(tailLen);
    fs.readSync(fd, tail, 0, tailLen, size - tailLen);
    let at = -1;
    for (let i = tailLen - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD) {
        at = i;
        break;
      }
    }
    if (at < 0) return null;
    const count = tail.readUInt16LE(at + 10);
    const dirSize = tail.readUInt32LE(at + 12);
    const dirOffset = tail.readUInt32LE(at + 16);
    // Zip64 keeps the real numbers elsewhere; let the parser judge those.
    if (dirOffset === 0xffffffff || count === 0xffff) return [];
    if (dirOffset + dirSize > size) return null;
    const dir = Buffer.alloc(dirSize);
    fs.readSync(fd, dir, 0, dirSize, dirOffset);
    const names: string[] = [];
    let p = 0;
    for (let n = 0; n < count; n++) {
      if (p + 46 > dir.length || dir.readUInt32LE(p) !== CENTRAL) return null;
      const nameLen = dir.readUInt16LE(p + 28);
      const extraLen = dir.readUInt16LE(p + 30);
      const commentLen = dir.readUInt16LE(p + 32);
      names.push(dir.toString('utf8', p + 46, p + 46 + nameLen));
      p += 46 + nameLen + extraLen + commentLen;
    }
    return names;
  } finally {
    fs.closeSync(fd);
  }
}
