export const SECTORS = [
  'kuliner',
  'fesyen',
  'kriya',
  'jasa',
  'perdagangan',
  'industri_pengolahan',
  'pertanian_perikanan',
  'lainnya',
] as const;
export type Sector = (typeof SECTORS)[number];

export const MARKET_REACH = ['lokal', 'regional', 'nasional', 'internasional'] as const;
export type MarketReach = (typeof MARKET_REACH)[number];

export const UMKM_STATUS = ['aktif', 'tidak_aktif'] as const;
export type UmkmStatus = (typeof UMKM_STATUS)[number];

/** KBLI 2020 and 2025 split and merge codes, so the version is stored with the code. */
export const KBLI_VERSIONS = ['2020', '2025'] as const;
export type KbliVersion = (typeof KBLI_VERSIONS)[number];

/** What the department checks before placing products in hotels and galleries. */
export const CERTIFICATIONS = ['nib', 'pirt', 'halal', 'bpom', 'sni', 'hki', 'label_gizi'] as const;
export type Certification = (typeof CERTIFICATIONS)[number];

export const SALES_CHANNELS = ['offline', 'marketplace', 'ekspor'] as const;
export type SalesChannel = (typeof SALES_CHANNELS)[number];

export const FIGURE_SOURCES = ['survei', 'laporan_mandiri', 'dokumen'] as const;
export type FigureSource = (typeof FIGURE_SOURCES)[number];
