// The attachment's type is read from its first bytes, never from its name, and its name then
// carries the type's own extension; sizes read as a clerk reads them.
import { describe, expect, it } from 'vitest';
import { sniffMime } from '../../shared/domain/lampiran';
import { formatFileSize } from '../../shared/format/fileSize';
import { withExtension } from '../../electron/core/services/lampiran/lampiranFile';
import { makePng } from '../support/png';
import { makePdf } from '../support/pdf';
import { makeExifJpeg } from '../support/jpeg';
import { exifThumbnail } from '../../electron/core/lampiran/exifThumbnail';

const bytes = (...b: number[]) => Uint8Array.from(b);

describe('the type of an attachment', () => {
  it('knows JPEG, PNG, WEBP and PDF by their first bytes', () => {
    expect(sniffMime(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toBe('image/jpeg');
    expect(sniffMime(makePng(4, 4))).toBe('image/png');
    expect(sniffMime(Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x24, 0, 0, 0]), Buffer.from('WEBPVP8 ')]))).toBe('image/webp');
    expect(sniffMime(makePdf())).toBe('application/pdf');
  });

  it('refuses everything else, whatever it is called: a program, a text, a RIFF that is a WAV, a GIF, nothing', () => {
    expect(sniffMime(Buffer.from('MZ\x90\x00'))).toBeNull();
    expect(sniffMime(Buffer.from('%PD not a pdf'))).toBeNull();
    expect(sniffMime(Buffer.concat([Buffer.from('RIFF'), Buffer.from([0x24, 0, 0, 0]), Buffer.from('WAVEfmt ')]))).toBeNull();
    expect(sniffMime(Buffer.from('GIF89a'))).toBeNull();
    expect(sniffMime(bytes())).toBeNull();
  });

  it('keeps the clerk\'s name, with the extension of what the file is', () => {
    expect(withExtension('KTP Bu Sari.jpeg', 'image/jpeg')).toBe('KTP Bu Sari.jpeg');
    expect(withExtension('KTP Bu Sari.JPG', 'image/png')).toBe('KTP Bu Sari.png');
    expect(withExtension('scan', 'application/pdf')).toBe('scan.pdf');
    expect(withExtension('../../etc/foto.png', 'image/png')).toBe('foto.png');
    expect(withExtension('.pdf', 'application/pdf')).toBe('lampiran.pdf');
  });
});

describe('file sizes', () => {
  it('reads as bytes, KB and MB with a decimal comma', () => {
    expect(formatFileSize(592)).toBe('592 B');
    expect(formatFileSize(350 * 1024)).toBe('350 KB');
    expect(formatFileSize(1.25 * 1024 * 1024)).toBe('1,3 MB');
    expect(formatFileSize(10.5 * 1024 * 1024)).toBe('10,5 MB');
  });
});

describe('the EXIF thumbnail of a large photo', () => {
  const thumb = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xdb]), Buffer.alloc(300, 7), Buffer.from([0xff, 0xd9])]);

  it('is the small JPEG the camera put in IFD1', () => {
    const photo = makeExifJpeg(thumb, 3 * 1024 * 1024);
    expect(photo.length).toBeGreaterThan(3 * 1024 * 1024);
    expect(exifThumbnail(photo)?.equals(thumb)).toBe(true);
  });

  it('is none for a JPEG without EXIF, a cut block, or a link outside it', () => {
    expect(exifThumbnail(Buffer.from([0xff, 0xd8, 0xff, 0xda, 0, 2, 0xff, 0xd9]))).toBeNull();
    const photo = makeExifJpeg(thumb, 1000);
    expect(exifThumbnail(photo.subarray(0, 40))).toBeNull();
    const broken = Buffer.from(photo);
    // The thumbnail's length tag (IFD1's second entry) pointing past the block.
    broken.writeUInt32LE(0xffffff, 2 + 4 + 6 + 8 + 6 + 2 + 12 + 8);
    expect(exifThumbnail(broken)).toBeNull();
    expect(exifThumbnail(makePng(4, 4))).toBeNull();
  });
});
