import fs from 'node:fs';
import path from 'node:path';
import { LAMPIRAN_EXT, LAMPIRAN_MAX_BYTES, sniffMime, type LampiranMime } from '../../../../shared/domain/lampiran';
import { formatFileSize } from '../../../../shared/format/fileSize';
import { fill, messages } from '../../../../shared/i18n';
import { AppError } from '../../errors';

const e = messages.lampiran.errors;

export interface CheckedFile {
  bytes: Buffer;
  mime: LampiranMime;
  /** The name the clerk sees, with the extension of its real type. */
  fileName: string;
}

/**
 * A chosen file made an attachment, or refused with the reason in a clerk's words: too large
 * (checked on its size before it is read), empty, or not an image or PDF by its first bytes
 * (a renamed .exe is refused whatever its name says).
 */
export function checkAttachmentFile(filePath: string, name: string): CheckedFile {
  const size = fs.statSync(filePath).size;
  if (size > LAMPIRAN_MAX_BYTES) throw new AppError('FILE_TOO_LARGE', fill(e.tooLarge, { name, size: formatFileSize(size) }), { fileId: fill(e.tooLarge, { name, size: formatFileSize(size) }) });
  if (size === 0) throw new AppError('BAD_FILE', fill(e.empty, { name }), { fileId: fill(e.empty, { name }) });
  const bytes = fs.readFileSync(filePath);
  const mime = sniffMime(bytes.subarray(0, 16));
  if (!mime) throw new AppError('BAD_FILE', fill(e.badType, { name }), { fileId: fill(e.badType, { name }) });
  return { bytes, mime, fileName: withExtension(name, mime) };
}

/** The name kept, its extension made the type's own (a photo.jpeg that is a PNG becomes photo.png). */
export function withExtension(name: string, mime: LampiranMime): string {
  const base = path.basename(name).replace(/\.[a-z0-9]{1,5}$/i, '').trim() || 'lampiran';
  const ext = path.extname(name).toLowerCase();
  const same = ext === LAMPIRAN_EXT[mime] || (mime === 'image/jpeg' && ext === '.jpeg');
  return same ? path.basename(name).trim() : `${base}${LAMPIRAN_EXT[mime]}`;
}
