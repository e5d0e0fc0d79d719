/** Pixel size of a PNG (IHDR) or JPEG (first SOF marker), so a picture can keep its proportions. */
export function imageSize(data: Buffer, ext: 'png' | 'jpeg'): { width: number; height: number } {
  if (ext === 'png') {
    if (data.length < 24 || data.readUInt32BE(0) !== 0x89504e47 || data.toString('latin1', 12, 16) !== 'IHDR') throw new Error('picture: not a PNG');
    return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
  }
  if (data.length < 4 || data[0] !== 0xff || data[1] !== 0xd8) throw new Error('picture: not a JPEG');
  for (let at = 2; at + 9 < data.length; ) {
    if (data[at] !== 0xff) throw new Error('picture: JPEG markers out of step');
    const marker = data[at + 1]!;
    if (marker === 0xff) {
      at++;
      continue;
    }
    // SOF0–SOF15 carry the frame size, except DHT (C4), JPG (C8) and DAC (CC).
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: data.readUInt16BE(at + 5), width: data.readUInt16BE(at + 7) };
    }
    at += 2 + data.readUInt16BE(at + 2);
  }
  throw new Error('picture: JPEG without a frame header');
}
