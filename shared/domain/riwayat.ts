/**
 * One history per UMKM ("Riwayat pembinaan & fasilitasi", issue 15): everything the office did for
 * a business, dated, from the registers that record it. Nothing is stored for the history itself;
 * each kind is read from its own table.
 */
export const RIWAYAT_KINDS = ['sertifikat', 'kegiatan', 'bantuan', 'kemitraan', 'monev'] as const;
export type RiwayatKind = (typeof RIWAYAT_KINDS)[number];

/** What happened to a certificate on a day: submitted, issued, or refused. */
export const SERTIFIKAT_STEPS = ['diajukan', 'terbit', 'ditolak'] as const;
export type SertifikatStep = (typeof SERTIFIKAT_STEPS)[number];

/** The activities that count a UMKM as trained ("UMKM dilatih") in the report. */
export const TRAINING_KINDS = ['pelatihan', 'pendampingan'] as const;

/** Newest first; on one day by kind in RIWAYAT_KINDS order, then the record's id (newest first). */
export function byNewest<T extends { date: string; kind: RiwayatKind; id: number }>(a: T, b: T): number {
  return b.date.localeCompare(a.date) || RIWAYAT_KINDS.indexOf(a.kind) - RIWAYAT_KINDS.indexOf(b.kind) || b.id - a.id;
}
