// The partnership side of the demo: the temu kemitraan of 23 May 2023 at the Ballroom of Hotel
// Platinum ("UMKM Berdaulat, Bangsa Berdaulat"): 15 communities of four or five UMKM drawn from the
// first 60 demo UMKM, 20 partners, attendance, and agreements in every status. Partner names other
// than the venue are made up. Pure and deterministic: the same registry gives the same plan.
import type { UmkmClass } from '../../../../shared/domain/classification';
import { scoreCandidate } from '../../../../shared/domain/matchmaking';
import { DEFAULT_PATTERN, type KemitraanStatus, type MitraKind, type PartnershipPattern, type SupportKind } from '../../../../shared/domain/partnership';
import { KECAMATAN } from '../../../../shared/domain/regions';
import type { MarketReach, Sector, UmkmStatus } from '../../../../shared/domain/sectors';
import { seededRandom } from './random';

/** The partnership demo needs the 60 UMKM of the meeting. */
export const DEMO_MEETING_UMKM = 60;

export interface DemoUmkmRef {
  id: number;
  kecamatan: string;
  status: UmkmStatus;
  class: UmkmClass;
  sector: Sector;
  marketReach: MarketReach;
  phone: string | null;
}

export interface DemoMitra {
  name: string;
  kind: MitraKind;
  sector: string;
  address: string;
  kecamatan: string;
  contactName: string;
  phone: string;
  email: string;
  nib: string | null;
  interestSectors: Sector[];
  offers: SupportKind[];
  targetClasses: UmkmClass[];
  notes: string | null;
}

export interface DemoKomunitas {
  name: string;
  kecamatan: string;
  leaderUmkmId: number;
  phone: string | null;
  memberIds: number[];
}

export interface DemoKemitraan {
  number: string;
  mitra: number;
  umkmId: number | null;
  komunitas: number | null;
  signedAt: string | null;
  startDate: string;
  endDate: string | null;
  pattern: PartnershipPattern;
  status: KemitraanStatus;
  fromMeeting: boolean;
  notes: string | null;
  supports: Array<{ kind: SupportKind; description: string; value: number | null }>;
}

export interface DemoPlan {
  komunitas: DemoKomunitas[];
  mitra: DemoMitra[];
  kegiatan: { name: string; theme: string; date: string; venue: string; organizer: string; notes: string };
  umkmAttendance: Array<{ umkmId: number; hadir: boolean }>;
  /** By index into mitra; every partner is invited. */
  mitraAttendance: boolean[];
  kemitraan: DemoKemitraan[];
}

const KEC = Object.fromEntries(KECAMATAN.map((k) => [k.name.replace('Balikpapan ', ''), k.code])) as Record<string, string>;

// Three communities in Timur, Selatan and Kota (three of four, sharing two members), two of five
// in Barat, Utara and Tengah: 15 communities, 66 memberships, 60 distinct UMKM.
const COMMUNITY_NAMES: Record<string, readonly string[]> = {
  Timur: ['Komunitas Amplang Manggar', 'Kelompok Olahan Hasil Laut Lamaru', 'Paguyuban UMKM Teritip'],
  Barat: ['Kelompok Kuliner Baru Ilir', 'Komunitas Kriya Margo Mulyo'],
  Utara: ['Komunitas Kopi dan Kue Batu Ampar', 'Kelompok Wanita Tani Karang Joang'],
  Tengah: ['Komunitas Fesyen Gunung Sari', 'Paguyuban Oleh-oleh Karang Rejo'],
  Selatan: ['Komunitas Kuliner Sepinggan', 'Kelompok Kriya Gunung Bahagia', 'Komunitas UMKM Damai Bahagia'],
  Kota: ['Kelompok Batik Sasirangan Klandasan', 'Komunitas Oleh-oleh Prapatan', 'Kelompok Usaha Telaga Sari'],
};

type Profile = Pick<DemoMitra, 'interestSectors' | 'offers' | 'targetClasses'>;
const PROFILE: Record<Exclude<MitraKind, 'lainnya'>, Profile> = {
  hotel: { interestSectors: ['kuliner', 'kriya', 'fesyen'], offers: ['pemasaran', 'event', 'pelatihan'], targetClasses: ['mikro', 'kecil'] },
  supermarket: { interestSectors: ['kuliner', 'industri_pengolahan', 'pertanian_perikanan'], offers: ['pemasaran', 'pembinaan'], targetClasses: ['kecil', 'menengah'] },
  swalayan: { interestSectors: ['kuliner', 'perdagangan', 'industri_pengolahan'], offers: ['pemasaran', 'pembinaan'], targetClasses: ['mikro'] },
  mall: { interestSectors: ['fesyen', 'kriya', 'kuliner'], offers: ['event', 'pemasaran'], targetClasses: ['mikro', 'kecil', 'menengah'] },
  pengembang: { interestSectors: ['jasa', 'kriya', 'perdagangan'], offers: ['peralatan', 'pelatihan'], targetClasses: ['mikro', 'kecil'] },
  bumn_bumd: { interestSectors: ['industri_pengolahan', 'pertanian_perikanan', 'kuliner'], offers: ['pembinaan', 'permodalan', 'peralatan'], targetClasses: ['mikro', 'kecil'] },
  bank: { interestSectors: ['perdagangan', 'kuliner', 'jasa'], offers: ['permodalan', 'pelatihan'], targetClasses: ['kecil', 'menengah'] },
};

// name, kind, sector, street, kecamatan, contact, mail domain, own tweaks of the kind's profile
const PARTNERS: Array<[string, Exclude<MitraKind, 'lainnya'>, string, string, string, string, string, Partial<Profile>?]> = [
  ['Hotel Platinum Balikpapan', 'hotel', 'Perhotelan', 'Jl. Jenderal Sudirman No. 45', 'Kota', 'Rina Kartika', 'hotelplatinum'],
  ['Grand Sentosa Hotel Balikpapan', 'hotel', 'Perhotelan', 'Jl. Jenderal Sudirman No. 118', 'Selatan', 'Yohanes Paembonan', 'grandsentosa', { interestSectors: ['kuliner', 'pertanian_perikanan'] }],
  ['Borneo Bay Hotel', 'hotel', 'Perhotelan', 'Jl. Marsma R. Iswahyudi No. 9', 'Selatan', 'Dewi Anggraini', 'borneobay'],
  ['Hotel Citra Klandasan', 'hotel', 'Perhotelan', 'Jl. Ahmad Yani No. 27', 'Kota', 'Hendra Gunawan', 'citraklandasan', { interestSectors: ['kuliner', 'fesyen'] }],
  ['Hotel Sepinggan Permai', 'hotel', 'Perhotelan', 'Jl. Marsma R. Iswahyudi No. 88', 'Selatan', 'Fitri Handayani', 'sepingganpermai', { targetClasses: ['mikro'] }],
  ['Borneo Fresh Supermarket', 'supermarket', 'Ritel modern', 'Jl. MT Haryono No. 61', 'Selatan', 'Agus Salim', 'borneofresh'],
  ['Supermarket Teluk Mart', 'supermarket', 'Ritel modern', 'Jl. Soekarno-Hatta Km 3', 'Utara', 'Lestari Wulandari', 'telukmart', { targetClasses: ['mikro', 'kecil'] }],
  ['Maju Bersama Supermarket', 'supermarket', 'Ritel modern', 'Jl. Letjen S. Parman No. 14', 'Tengah', 'Budi Hartono', 'majubersama'],
  ['Swalayan Ruhui Rahayu', 'swalayan', 'Ritel', 'Jl. Ruhui Rahayu No. 5', 'Selatan', 'Noor Aisyah', 'ruhuirahayu'],
  ['Swalayan Gunung Sari Ceria', 'swalayan', 'Ritel', 'Jl. Gunung Malang No. 33', 'Tengah', 'Syamsul Bahri', 'gunungsariceria'],
  ['Swalayan Karya Prapatan', 'swalayan', 'Ritel', 'Jl. Prapatan Dalam No. 2', 'Kota', 'Masitah Ramli', 'karyaprapatan'],
  ['Plaza Teluk Balikpapan', 'mall', 'Pusat perbelanjaan', 'Jl. Jenderal Sudirman No. 7', 'Kota', 'Andi Fatimah Syam', 'plazateluk'],
  ['Sepinggan Square Mall', 'mall', 'Pusat perbelanjaan', 'Jl. Marsma R. Iswahyudi No. 120', 'Selatan', 'Irwan Setiadi', 'sepinggansquare'],
  ['Balikpapan Bay Walk', 'mall', 'Pusat perbelanjaan', 'Jl. Jenderal Sudirman No. 212', 'Kota', 'Herlina Sinaga', 'baywalk', { interestSectors: ['fesyen', 'kriya'] }],
  ['PT Griya Borneo Permai', 'pengembang', 'Properti perumahan', 'Jl. Soekarno-Hatta Km 8', 'Utara', 'Fajar Nugroho', 'griyaborneo'],
  ['PT Kaltim Karya Propertindo', 'pengembang', 'Properti', 'Jl. Mulawarman No. 40', 'Timur', 'Ratna Sari', 'karyapropertindo', { interestSectors: ['kriya', 'jasa'] }],
  ['PT Balikpapan Energi Sejahtera (Perseroda)', 'bumn_bumd', 'Energi dan utilitas', 'Jl. Syarifuddin Yoes No. 1', 'Selatan', 'Rahmat Hidayat', 'bpenergi'],
  ['PT Pelabuhan Teluk Nusantara (Persero)', 'bumn_bumd', 'Kepelabuhanan', 'Jl. Yos Sudarso No. 3', 'Barat', 'Samuel Lumban', 'pelabuhanteluk', { interestSectors: ['pertanian_perikanan', 'industri_pengolahan'] }],
  ['Bank Perkreditan Benua Etam', 'bank', 'Perbankan', 'Jl. Ahmad Yani No. 50', 'Tengah', 'Yuliana Effendi', 'benuaetam'],
  ['Bank Syariah Madani Kaltim', 'bank', 'Perbankan syariah', 'Jl. MT Haryono No. 150', 'Selatan', 'Muhammad Fauzan', 'madanikaltim', { targetClasses: ['mikro', 'kecil'] }],
];

/** Partners that sent no one to the meeting (by index); the venue is always there. */
const ABSENT_PARTNERS = new Set([6, 15, 19]);

type Party = { umkm: true } | { komunitas: string };
interface AgreementSpec {
  partner: number;
  party: Party;
  status: KemitraanStatus;
  fromMeeting: boolean;
  signedAt: string | null;
  startDate: string;
  endDate: string | null;
  supports: Array<[SupportKind, string, number | null]>;
  notes?: string;
}

const u: Party = { umkm: true };
// Eight aktif (three past their end date: due for review), six diusulkan, three selesai, three
// dibatalkan; sixteen from the meeting, four with a community as the party.
const AGREEMENTS: AgreementSpec[] = [
  { partner: 0, party: u, status: 'aktif', fromMeeting: true, signedAt: '2023-06-12', startDate: '2023-07-01', endDate: '2025-06-30',
    supports: [['pemasaran', 'Etalase produk UMKM di lobi hotel', null], ['event', 'Bazar UMKM bulanan di ballroom', 15_000_000]] },
  { partner: 1, party: u, status: 'aktif', fromMeeting: true, signedAt: '2023-06-20', startDate: '2023-07-01', endDate: null,
    supports: [['pemasaran', 'Pemasok tetap menu sarapan khas Balikpapan', null], ['pelatihan', 'Pelatihan standar higiene dapur hotel', 7_500_000]] },
  { partner: 2, party: u, status: 'diusulkan', fromMeeting: true, signedAt: null, startDate: '2023-08-01', endDate: '2025-07-31',
    supports: [['pemasaran', 'Suvenir kamar tamu dari produk UMKM', null]] },
  { partner: 5, party: u, status: 'aktif', fromMeeting: true, signedAt: '2023-07-03', startDate: '2023-07-10', endDate: '2024-12-31',
    supports: [['pemasaran', 'Rak khusus produk lokal di gerai MT Haryono', null], ['pembinaan', 'Pendampingan kemasan dan label gizi', 5_000_000]] },
  { partner: 8, party: u, status: 'selesai', fromMeeting: true, signedAt: '2023-06-15', startDate: '2023-06-15', endDate: '2024-06-14',
    supports: [['pemasaran', 'Titip jual di kasir swalayan', null]] },
  { partner: 9, party: u, status: 'dibatalkan', fromMeeting: true, signedAt: null, startDate: '2023-07-01', endDate: '2024-06-30',
    supports: [['pemasaran', 'Titip jual produk olahan', null]], notes: 'Dibatalkan (2023-08-01): UMKM belum memiliki izin PIRT.' },
  { partner: 11, party: { komunitas: 'Komunitas Amplang Manggar' }, status: 'aktif', fromMeeting: true, signedAt: '2023-06-30', startDate: '2023-07-01', endDate: '2030-06-30',
    supports: [['pemasaran', 'Booth tetap komunitas di atrium', null], ['event', 'Pameran produk lokal setiap akhir pekan', 25_000_000]] },
  { partner: 12, party: u, status: 'diusulkan', fromMeeting: true, signedAt: null, startDate: '2023-09-01', endDate: null,
    supports: [['event', 'Tenant pop-up di area food court', 10_000_000]] },
  { partner: 16, party: { komunitas: 'Kelompok Batik Sasirangan Klandasan' }, status: 'aktif', fromMeeting: true, signedAt: '2023-07-20', startDate: '2023-08-01', endDate: '2025-07-31',
    supports: [['pembinaan', 'Pembinaan desain motif dan pewarnaan alami', null], ['peralatan', 'Meja cap dan kompor batik untuk rumah produksi', 45_000_000], ['permodalan', 'Modal kerja bergulir kelompok', 100_000_000]] },
  { partner: 17, party: u, status: 'selesai', fromMeeting: true, signedAt: '2023-06-05', startDate: '2023-06-05', endDate: '2024-12-31',
    supports: [['pembinaan', 'Pembinaan mutu olahan hasil laut', null], ['peralatan', 'Freezer dan vacuum sealer', 18_500_000]] },
  { partner: 18, party: u, status: 'aktif', fromMeeting: true, signedAt: '2023-06-28', startDate: '2023-07-01', endDate: null,
    supports: [['permodalan', 'Kredit usaha bunga ringan', 50_000_000], ['pelatihan', 'Pelatihan pembukuan sederhana', null]] },
  { partner: 14, party: u, status: 'diusulkan', fromMeeting: true, signedAt: null, startDate: '2023-09-01', endDate: '2026-08-31',
    supports: [['peralatan', 'Kios di kawasan perumahan baru', 30_000_000]] },
  { partner: 3, party: { komunitas: 'Komunitas Oleh-oleh Prapatan' }, status: 'diusulkan', fromMeeting: true, signedAt: null, startDate: '2023-08-15', endDate: null,
    supports: [['pemasaran', 'Pojok oleh-oleh Balikpapan di lobi', null]] },
  { partner: 13, party: u, status: 'dibatalkan', fromMeeting: true, signedAt: '2023-06-26', startDate: '2023-07-01', endDate: '2024-06-30',
    supports: [['event', 'Fashion show produk lokal', 20_000_000]], notes: 'Dibatalkan (2023-11-20): jadwal acara mal berubah.' },
  { partner: 4, party: u, status: 'aktif', fromMeeting: true, signedAt: '2023-06-14', startDate: '2023-07-01', endDate: '2030-12-31',
    supports: [['pelatihan', 'Pelatihan penyajian dan pelayanan tamu', null], ['pemasaran', 'Kudapan rapat dan coffee break', null]] },
  { partner: 7, party: u, status: 'selesai', fromMeeting: true, signedAt: '2023-07-05', startDate: '2023-07-15', endDate: '2024-07-14',
    supports: [['pemasaran', 'Penjualan konsinyasi di rak produk lokal', null]] },
  { partner: 6, party: u, status: 'aktif', fromMeeting: false, signedAt: '2024-02-05', startDate: '2024-03-01', endDate: '2031-02-28',
    supports: [['pemasaran', 'Pemasok tetap produk segar', null], ['pembinaan', 'Pendampingan sertifikasi halal', 3_500_000]] },
  { partner: 19, party: u, status: 'diusulkan', fromMeeting: false, signedAt: null, startDate: '2024-09-01', endDate: null,
    supports: [['permodalan', 'Pembiayaan murabahah peralatan usaha', 75_000_000]] },
  { partner: 10, party: { komunitas: 'Kelompok Usaha Telaga Sari' }, status: 'dibatalkan', fromMeeting: false, signedAt: null, startDate: '2024-04-01', endDate: null,
    supports: [['pemasaran', 'Rak bersama produk kelompok', null]], notes: 'Dibatalkan (2024-05-02): kelompok memilih pemasaran daring.' },
  { partner: 15, party: u, status: 'diusulkan', fromMeeting: false, signedAt: null, startDate: '2025-01-06', endDate: '2026-01-05',
    supports: [['pelatihan', 'Pelatihan kerajinan interior rumah contoh', 12_000_000]] },
];

export const DEMO_MEETING = {
  name: 'Temu Kemitraan UMKM',
  theme: 'UMKM Berdaulat, Bangsa Berdaulat',
  date: '2023-05-23',
  venue: 'Ballroom Hotel Platinum Balikpapan',
  organizer: 'DKUMKMP Kota Balikpapan',
  notes: 'Mempertemukan 15 komunitas UMKM binaan dengan calon mitra (bapak angkat): hotel, supermarket, swalayan, mal, pengembang, BUMN/BUMD dan bank.',
} as const;

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** The plan for the first 60 demo UMKM (in registry order), or null when there are fewer. */
export function demoPartnerships(umkm: readonly DemoUmkmRef[], seed = 20230523): DemoPlan | null {
  if (umkm.length < DEMO_MEETING_UMKM) return null;
  const first = umkm.slice(0, DEMO_MEETING_UMKM);
  const rng = seededRandom(seed + 3);

  const komunitas: DemoKomunitas[] = [];
  for (const kec of KECAMATAN) {
    const short = kec.name.replace('Balikpapan ', '');
    const names = COMMUNITY_NAMES[short]!;
    const local = first.filter((x) => x.kecamatan === kec.code);
    const groups =
      names.length === 2
        ? [local.slice(0, 5), local.slice(5, 10)]
        : [local.slice(0, 4), local.slice(4, 8), [...local.slice(8, 10), local[0]!, local[4]!]];
    groups.forEach((members, i) => {
      const leader = members.find((m) => m.status === 'aktif') ?? members[0]!;
      komunitas.push({ name: names[i]!, kecamatan: kec.code, leaderUmkmId: leader.id, phone: leader.phone, memberIds: members.map((m) => m.id) });
    });
  }

  const mitra: DemoMitra[] = PARTNERS.map(([name, kind, sector, address, kec, contactName, domain, tweak], i) => ({
    name,
    kind,
    sector,
    address,
    kecamatan: KEC[kec]!,
    contactName,
    phone: `+62542${pad(700000 + Math.floor(rng() * 99999), 6)}`,
    email: `kemitraan@${domain}.contoh.id`,
    nib: i % 3 === 2 ? null : `8120${pad(31000 + i * 17, 9)}`,
    ...PROFILE[kind],
    ...tweak,
    notes: null,
  }));

  // Most UMKM came; a few did not (deterministic).
  const umkmAttendance = first.map((x) => ({ umkmId: x.id, hadir: rng() < 0.88 }));
  const present = new Set(umkmAttendance.filter((a) => a.hadir).map((a) => a.umkmId));
  const mitraAttendance = mitra.map((_, i) => !ABSENT_PARTNERS.has(i));

  // Each UMKM party is the best fit for its partner among the active UMKM (present at the meeting
  // for the meeting's agreements) not yet given an agreement in the demo.
  const used = new Set<number>();
  const sequence = new Map<string, number>();
  const byName = new Map(komunitas.map((c, i) => [c.name, i]));
  const kemitraan: DemoKemitraan[] = AGREEMENTS.map((a) => {
    const p = mitra[a.partner]!;
    let umkmId: number | null = null;
    let komunitasIndex: number | null = null;
    if ('komunitas' in a.party) {
      komunitasIndex = byName.get(a.party.komunitas)!;
    } else {
      const pool = first.filter((x) => x.status === 'aktif' && !used.has(x.id) && (!a.fromMeeting || present.has(x.id)));
      let best = pool[0]!;
      let bestScore = -1;
      for (const c of pool) {
        const s = scoreCandidate(p, c).score;
        if (s > bestScore) [best, bestScore] = [c, s];
      }
      umkmId = best.id;
      used.add(best.id);
    }
    const year = a.startDate.slice(0, 4);
    const seq = (sequence.get(year) ?? 0) + 1;
    sequence.set(year, seq);
    return {
      number: `KMT/${year}/${pad(seq, 4)}`,
      mitra: a.partner,
      umkmId,
      komunitas: komunitasIndex,
      signedAt: a.signedAt,
      startDate: a.startDate,
      endDate: a.endDate,
      pattern: DEFAULT_PATTERN[p.kind],
      status: a.status,
      fromMeeting: a.fromMeeting,
      notes: a.notes ?? null,
      supports: a.supports.map(([kind, description, value]) => ({ kind, description, value })),
    };
  });

  return { komunitas, mitra, kegiatan: { ...DEMO_MEETING }, umkmAttendance, mitraAttendance, kemitraan };
}
