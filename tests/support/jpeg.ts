// A JPEG as a camera writes its header: SOI, an APP1 "Exif" block whose IFD1 holds a small JPEG
// thumbnail, comment segments standing in for the picture's bulk (to reach a size), and EOI. The
// EXIF structure is built by the TIFF rules (byte order, IFD0, its link to IFD1, tags 0x0201/0x0202).

function segment(marker: number, body: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt16BE(0xff00 | marker, 0);
  head.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([head, body]);
}

function tiffWithThumbnail(thumb: Buffer): Buffer {
  const head = Buffer.from([0x49, 0x49, 0x2a, 0x00, 8, 0, 0, 0]);
  const ifd0 = Buffer.alloc(6);
  ifd0.writeUInt16LE(0, 0);
  ifd0.writeUInt32LE(14, 2);
  const ifd1 = Buffer.alloc(2 + 2 * 12 + 4);
  const dataAt = 8 + ifd0.length + ifd1.length;
  ifd1.writeUInt16LE(2, 0);
  [
    [0x0201, dataAt],
    [0x0202, thumb.length],
  ].forEach(([tag, value], i) => {
    const e = 2 + i * 12;
    ifd1.writeUInt16LE(tag!, e);
    ifd1.writeUInt16LE(4, e + 2);
    ifd1.writeUInt32LE(1, e + 4);
    ifd1.writeUInt32LE(value!, e + 8);
  });
  ifd1.writeUInt32LE(0, 2 + 24);
  return Buffer.concat([head, ifd0, ifd1, thumb]);
}

/** A JPEG of at least `size` bytes whose EXIF carries `thumb` (itself a JPEG's bytes). */
export function makeExifJpeg(thumb: Buffer, size: number): Buffer {
  const parts = [Buffer.from([0xff, 0xd8]), segment(0xe1, Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiffWithThumbnail(thumb)]))];
  let total = parts.reduce((n, p) => n + p.length, 2);
  while (total < size) {
    const body = Buffer.alloc(Math.min(60_000, Math.max(1, size - total)), 0x20);
    parts.push(segment(0xfe, body));
    total += body.length + 4;
  }
  parts.push(Buffer.from([0xff, 0xd9]));
  return Buffer.concat(parts);
}
