// Partners, partnership patterns (UU 20/2008 Ps 26; PP 7/2021 Ps 106), support kinds and the
// agreement's life cycle.
export const MITRA_KINDS = ['hotel', 'supermarket', 'swalayan', 'mall', 'pengembang', 'bumn_bumd', 'bank', 'lainnya'] as const;
export type MitraKind = (typeof MITRA_KINDS)[number];

export const MITRA_STATUS = ['aktif', 'tidak_aktif'] as const;
export type MitraStatus = (typeof MITRA_STATUS)[number];

export const PARTNERSHIP_PATTERNS = [
  'inti_plasma',
  'subkontrak',
  'waralaba',
  'perdagangan_umum',
  'distribusi_keagenan',
  'rantai_pasok',
  'bagi_hasil',
  'kerja_sama_operasional',
  'usaha_patungan',
  'penyumberluaran',
] as const;
export type PartnershipPattern = (typeof PARTNERSHIP_PATTERNS)[number];

export const SUPPORT_KINDS = ['pembinaan', 'permodalan', 'peralatan', 'pemasaran', 'event', 'pelatihan', 'lainnya'] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];

export const KEMITRAAN_STATUS = ['diusulkan', 'aktif', 'selesai', 'dibatalkan'] as const;
export type KemitraanStatus = (typeof KEMITRAAN_STATUS)[number];

/** The only moves an agreement may make; selesai and dibatalkan are final. */
export const STATUS_TRANSITIONS: Readonly<Record<KemitraanStatus, readonly KemitraanStatus[]>> = {
  diusulkan: ['aktif', 'dibatalkan'],
  aktif: ['selesai', 'dibatalkan'],
  selesai: [],
  dibatalkan: [],
};

export function canTransition(from: KemitraanStatus, to: KemitraanStatus): boolean {
  return STATUS_TRANSITIONS[from].includes(to);
}

/** An active agreement whose end date has passed is due for review. */
export function isDueForReview(k: { status: KemitraanStatus; endDate: string | null }, today: string): boolean {
  return k.status === 'aktif' && k.endDate !== null && k.endDate < today;
}

/** The pattern a partner of this kind most often takes up, offered first when proposing. */
export const DEFAULT_PATTERN: Readonly<Record<MitraKind, PartnershipPattern>> = {
  hotel: 'rantai_pasok',
  supermarket: 'perdagangan_umum',
  swalayan: 'perdagangan_umum',
  mall: 'perdagangan_umum',
  pengembang: 'kerja_sama_operasional',
  bumn_bumd: 'inti_plasma',
  bank: 'bagi_hasil',
  lainnya: 'perdagangan_umum',
};
