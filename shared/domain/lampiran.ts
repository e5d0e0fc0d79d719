// Attachments (issue 15): scans and photos on any record, their kinds, limits and the types allowed.

/** The records an attachment can belong to; the names are their tables'. */
export const LAMPIRAN_OWNERS = ['umkm', 'sertifikat', 'bantuan', 'kegiatan', 'kemitraan', 'monev_kunjungan', 'mitra', 'komunitas'] as const;
export type LampiranOwner = (typeof LAMPIRAN_OWNERS)[number];

/** What a scan or photo shows. */
export const LAMPIRAN_CATEGORIES = ['ktp', 'nib', 'mou', 'sertifikat', 'bast', 'foto_produk', 'foto_kunjungan', 'lainnya'] as const;
export type LampiranCategory = (typeof LAMPIRAN_CATEGORIES)[number];

/** Images and PDF only; the type is read from the file's first bytes, never from its name. */
export const LAMPIRAN_MIMES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'] as const;
export type LampiranMime = (typeof LAMPIRAN_MIMES)[number];

/** The largest file a clerk may attach: a scanned page or a phone photo fits, a video does not. */
export const LAMPIRAN_MAX_BYTES = 10 * 1024 * 1024;

/** Images up to this size are sent whole to the page for the thumbnail; larger ones show an icon. */
export const LAMPIRAN_THUMB_MAX_BYTES = 2 * 1024 * 1024;

/** The file name's extension for each type (a file saved or opened keeps a name the viewer knows). */
export const LAMPIRAN_EXT: Record<LampiranMime, string> = {
  'image/jpeg': '.jpg',
  'image/png': '.png',
  'image/webp': '.webp',
  'application/pdf': '.pdf',
};

/** The type of a file from its first bytes (magic numbers), or null when it is none of the allowed ones. */
export function sniffMime(head: Uint8Array): LampiranMime | null {
  const at = (i: number, ...bytes: number[]) => bytes.every((b, k) => head[i + k] === b);
  if (at(0, 0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) return 'image/webp';
  if (at(0, 0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf';
  return null;
}

export const isImage = (mime: string) => mime.startsWith('image/');
