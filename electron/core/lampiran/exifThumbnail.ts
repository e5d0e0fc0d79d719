// A phone or camera photo carries a small JPEG of itself in its EXIF block (IFD1, about 160x120,
// a few KB): the thumbnail of a photo too large to send whole, read without decoding any image.

const SOI = 0xffd8;

/** The EXIF thumbnail of a JPEG, or null when it has none (or the block is not as the standard says). */
export function exifThumbnail(jpeg: Buffer): Buffer | null {
  if (jpeg.length < 4 || jpeg.readUInt16BE(0) !== SOI) return null;
  let at = 2;
  // Markers up to the image data: APP1 "Exif" is among the first.
  while (at + 4 <= jpeg.length && jpeg[at] === 0xff) {
    const marker = jpeg[at + 1]!;
    if (marker === 0xda || marker === 0xd9) return null;
    const size = jpeg.readUInt16BE(at + 2);
    if (marker === 0xe1 && jpeg.toString('latin1', at + 4, at + 10) === 'Exif\0\0') return fromTiff(jpeg.subarray(at + 10, at + 2 + size));
    at += 2 + size;
  }
  return null;
}

function fromTiff(tiff: Buffer): Buffer | null {
  if (tiff.length < 8) return null;
  const little = tiff.toString('latin1', 0, 2) === 'II';
  if (!little && tiff.toString('latin1', 0, 2) !== 'MM') return null;
  const u16 = (o: number) => (little ? tiff.readUInt16LE(o) : tiff.readUInt16BE(o));
  const u32 = (o: number) => (little ? tiff.readUInt32LE(o) : tiff.readUInt32BE(o));
  const inside = (o: number, n: number) => o >= 0 && o + n <= tiff.length;
  const ifd0 = u32(4);
  if (!inside(ifd0, 2)) return null;
  const next = ifd0 + 2 + u16(ifd0) * 12;
  if (!inside(next, 4)) return null;
  const ifd1 = u32(next);
  if (ifd1 === 0 || !inside(ifd1, 2)) return null;
  let offset = -1;
  let length = -1;
  for (let i = 0, n = u16(ifd1); i < n; i++) {
    const entry = ifd1 + 2 + i * 12;
    if (!inside(entry, 12)) return null;
    const tag = u16(entry);
    if (tag === 0x0201) offset = u32(entry + 8);
    if (tag === 0x0202) length = u32(entry + 8);
  }
  if (offset < 0 || length <= 0 || !inside(offset, length)) return null;
  const thumb = tiff.subarray(offset, offset + length);
  return thumb.length >= 4 && thumb.readUInt16BE(0) === SOI ? Buffer.from(thumb) : null;
}
