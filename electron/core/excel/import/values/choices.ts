import { UMKM_CLASSES } from '../../../../../shared/domain/classification';
import { MITRA_KINDS, MITRA_STATUS, SUPPORT_KINDS } from '../../../../../shared/domain/partnership';
import { CERTIFICATIONS, FIGURE_SOURCES, KBLI_VERSIONS, MARKET_REACH, SALES_CHANNELS, SECTORS, UMKM_STATUS } from '../../../../../shared/domain/sectors';
import { messages } from '../../../../../shared/i18n';
import { makeChoice, type ChoiceOption } from './choice';

// Words clerks use for each enum value besides its label. They are data to recognise, not text shown.
const options = <C extends string>(codes: readonly C[], labels: Record<C, string>, synonyms: Partial<Record<C, string[]>> = {}): ChoiceOption<C>[] =>
  codes.map((code) => ({ code, label: labels[code], synonyms: synonyms[code] ?? [] }));

const e = messages.enums;
const k = messages.kemitraanEnums;
const p = messages.progressEnums;

export const sectorChoice = makeChoice(
  options(SECTORS, e.sector, {
    kuliner: ['makanan', 'minuman', 'makanan dan minuman', 'makanan minuman', 'mamin', 'f&b', 'food', 'culinary', 'kue', 'katering', 'catering'],
    fesyen: ['fashion', 'busana', 'pakaian', 'konveksi', 'garmen', 'tekstil', 'butik'],
    kriya: ['kerajinan', 'kerajinan tangan', 'handicraft', 'craft', 'souvenir', 'cendera mata', 'suvenir'],
    jasa: ['layanan', 'service', 'services', 'jasa layanan'],
    perdagangan: ['dagang', 'toko', 'retail', 'ritel', 'trading', 'warung', 'kelontong', 'perdagangan eceran'],
    industri_pengolahan: ['industri', 'pengolahan', 'manufaktur', 'manufacturing', 'produksi'],
    pertanian_perikanan: ['pertanian', 'perikanan', 'peternakan', 'perkebunan', 'agribisnis', 'budidaya', 'pertanian perikanan'],
    lainnya: ['lain-lain', 'lain lain', 'lainya', 'other', 'others'],
  }),
);

export const marketReachChoice = makeChoice(
  options(MARKET_REACH, e.marketReach, {
    lokal: ['local', 'kota', 'dalam kota', 'balikpapan', 'setempat'],
    regional: ['kaltim', 'kalimantan timur', 'provinsi', 'kalimantan', 'antar kota'],
    nasional: ['national', 'indonesia', 'seluruh indonesia', 'antar provinsi'],
    internasional: ['international', 'ekspor', 'export', 'luar negeri', 'global', 'mancanegara'],
  }),
);

export const umkmStatusChoice = makeChoice(
  options(UMKM_STATUS, e.status, {
    aktif: ['active', 'ya', 'masih aktif', 'beroperasi', 'buka'],
    tidak_aktif: ['nonaktif', 'non aktif', 'non-aktif', 'inactive', 'tutup', 'berhenti', 'tidak'],
  }),
);

export const mitraKindChoice = makeChoice(
  options(MITRA_KINDS, k.mitraKind, {
    hotel: ['hotel', 'penginapan', 'resort'],
    supermarket: ['super market', 'hypermarket', 'hipermarket'],
    swalayan: ['minimarket', 'mini market', 'toko swalayan', 'pasar swalayan'],
    mall: ['mal', 'mall', 'pusat perbelanjaan', 'plaza'],
    pengembang: ['developer', 'properti', 'real estate'],
    bumn_bumd: ['bumn', 'bumd', 'bumn/bumd', 'persero', 'perusda'],
    bank: ['perbankan', 'bpr', 'lembaga keuangan'],
    lainnya: ['lain-lain', 'lain lain', 'other'],
  }),
);

export const mitraStatusChoice = makeChoice(
  options(MITRA_STATUS, k.mitraStatus, {
    aktif: ['active', 'ya'],
    tidak_aktif: ['nonaktif', 'non aktif', 'non-aktif', 'inactive', 'tidak'],
  }),
);

export const supportChoice = makeChoice(
  options(SUPPORT_KINDS, k.support, {
    pembinaan: ['pendampingan', 'mentoring', 'coaching'],
    permodalan: ['modal', 'pinjaman', 'kredit', 'pembiayaan', 'kur'],
    peralatan: ['alat', 'bantuan alat', 'peralatan usaha'],
    pemasaran: ['akses pasar', 'promosi', 'marketing', 'penjualan', 'etalase', 'display'],
    event: ['pameran', 'bazar', 'bazaar', 'expo', 'festival'],
    pelatihan: ['training', 'workshop', 'bimtek', 'kursus'],
    lainnya: ['lain-lain', 'lain lain', 'other'],
  }),
);

export const umkmClassChoice = makeChoice(
  options(UMKM_CLASSES, e.class, { mikro: ['micro', 'usaha mikro'], kecil: ['small', 'usaha kecil'], menengah: ['medium', 'usaha menengah'], besar: ['large', 'usaha besar'] }),
);

export const certificationChoice = makeChoice(
  options(CERTIFICATIONS, p.certification, {
    nib: ['oss'],
    pirt: ['p-irt', 'sppirt', 'sp-pirt', 'spp-irt'],
    halal: ['sertifikat halal', 'mui'],
    bpom: ['pom', 'izin edar', 'md', 'ml'],
    sni: ['standar nasional indonesia'],
    hki: ['haki', 'merek', 'merk', 'paten', 'hak cipta'],
    label_gizi: ['informasi nilai gizi', 'nilai gizi', 'gizi'],
  }),
);

export const channelChoice = makeChoice(
  options(SALES_CHANNELS, p.channel, {
    offline: ['toko', 'pasar', 'luring', 'langsung', 'offline store'],
    marketplace: ['online', 'daring', 'e-commerce', 'ecommerce', 'shopee', 'tokopedia', 'media sosial', 'medsos', 'instagram'],
    ekspor: ['export', 'luar negeri'],
  }),
);

export const sourceChoice = makeChoice(
  options(FIGURE_SOURCES, p.source, {
    survei: ['survey', 'survei lapangan', 'petugas', 'kunjungan'],
    laporan_mandiri: ['mandiri', 'self report', 'pengakuan', 'wawancara'],
    dokumen: ['laporan keuangan', 'spt', 'pembukuan', 'neraca'],
  }),
);

export const kbliVersionChoice = makeChoice(KBLI_VERSIONS.map((code) => ({ code, label: code, synonyms: [`kbli ${code}`] })));
