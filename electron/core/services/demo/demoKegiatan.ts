import type { FundSource } from '../../../../shared/domain/funding';
import { activityDays, type AttendanceStatus, type KegiatanKind } from '../../../../shared/domain/kegiatan';
import { todayIso } from '../../../../shared/format/date';
import type { Tx } from '../../db/database';
import { KegiatanEntity, KegiatanKehadiranEntity, KegiatanPesertaEntity, KegiatanUmkmEntity, UmkmEntity, type KegiatanKehadiranRow, type KegiatanRow } from '../../db/entities';
import { pick, seededRandom, type Rng } from './random';

// Demo activities beside the temu kemitraan (issue 15), over the demo years, so the Kegiatan page
// and the UMKM's tab show something real: trainings, coaching, a curation, a socialisation and a
// bazar of several days, each with UMKM of the registry and a few walk-in persons, marks per day
// and certificate numbers for those who finished a training.

interface Plan {
  kind: KegiatanKind;
  name: string;
  theme: string | null;
  /** Years before the latest demo year, month and day of the first day, and how many days. */
  yearsBack: number;
  month: number;
  day: number;
  days: number;
  venue: string;
  organizer: string;
  speakers: string | null;
  quota: number | null;
  fundSource: FundSource;
  budget: number;
  umkm: number;
  walkIns: number;
  /** Certificates for the participants present every day, numbered from this prefix. */
  certificatePrefix: string | null;
}

const DINAS = 'DKUMKMP Kota Balikpapan';
const PLANS: Plan[] = [
  { kind: 'sosialisasi', name: 'Sosialisasi NIB melalui OSS RBA', theme: 'Legalitas usaha mikro', yearsBack: 2, month: 2, day: 21, days: 1, venue: 'Aula Kantor Camat Balikpapan Utara', organizer: DINAS, speakers: 'DPMPTSP Kota Balikpapan', quota: 50, fundSource: 'apbd', budget: 7_500_000, umkm: 34, walkIns: 6, certificatePrefix: null },
  { kind: 'pelatihan', name: 'Bimtek Keamanan Pangan (PKP) untuk SPP-IRT', theme: 'Syarat terbit SPP-IRT', yearsBack: 2, month: 6, day: 11, days: 3, venue: 'Hotel Blue Sky Balikpapan', organizer: DINAS, speakers: 'Dinas Kesehatan Kota Balikpapan', quota: 30, fundSource: 'apbd', budget: 45_000_000, umkm: 26, walkIns: 4, certificatePrefix: 'PKP/DKK-BPP' },
  { kind: 'pendampingan', name: 'Pendampingan Sertifikasi Halal Self Declare', theme: 'Sehati (Sertifikasi Halal Gratis)', yearsBack: 1, month: 3, day: 4, days: 4, venue: 'Rumah Kreatif BUMN Balikpapan', organizer: DINAS, speakers: 'Pendamping PPH Kemenag Kota Balikpapan', quota: 40, fundSource: 'apbn_dak', budget: 20_000_000, umkm: 32, walkIns: 3, certificatePrefix: null },
  { kind: 'kurasi', name: 'Kurasi Produk untuk Gerai Oleh-oleh Hotel', theme: 'Kemasan, label dan izin edar', yearsBack: 1, month: 8, day: 15, days: 1, venue: 'Ballroom Hotel Platinum', organizer: DINAS, speakers: 'Kurator Dekranasda dan mitra hotel', quota: 20, fundSource: 'csr_mitra', budget: 12_000_000, umkm: 18, walkIns: 0, certificatePrefix: null },
  { kind: 'pelatihan', name: 'Pelatihan Pemasaran Digital dan QRIS', theme: 'Berjualan di lokapasar', yearsBack: 0, month: 2, day: 19, days: 2, venue: 'Kantor Perwakilan Bank Indonesia Balikpapan', organizer: 'Bank Indonesia dan DKUMKMP', speakers: 'Tim Pengembangan UMKM BI Balikpapan', quota: 35, fundSource: 'bank_indonesia', budget: 30_000_000, umkm: 30, walkIns: 5, certificatePrefix: 'BI-BPP/PD' },
  { kind: 'pameran', name: 'Bazar UMKM Balikpapan Fair', theme: 'Produk unggulan Kota Balikpapan', yearsBack: 0, month: 4, day: 22, days: 5, venue: 'Lapangan Merdeka Balikpapan', organizer: DINAS, speakers: null, quota: 25, fundSource: 'apbd', budget: 85_000_000, umkm: 24, walkIns: 3, certificatePrefix: null },
  { kind: 'monitoring', name: 'Monitoring Penerima Bantuan Peralatan', theme: null, yearsBack: 0, month: 5, day: 13, days: 2, venue: 'Kunjungan ke tempat usaha', organizer: DINAS, speakers: null, quota: null, fundSource: 'apbd', budget: 3_000_000, umkm: 12, walkIns: 0, certificatePrefix: null },
];

const FIRST = ['Siti', 'Nur', 'Rina', 'Dewi', 'Ahmad', 'Budi', 'Yusuf', 'Lestari', 'Rahmat', 'Wati', 'Hendra', 'Maya'];
const LAST = ['Aminah', 'Hidayat', 'Saputra', 'Wulandari', 'Rahman', 'Pratiwi', 'Setiawan', 'Handayani'];
const BUSINESS = ['Keripik Pisang', 'Amplang', 'Kue Basah', 'Sambal Roa', 'Kerajinan Manik', 'Jahe Merah Instan', 'Abon Ikan', 'Batik Kaltim'];
const two = (n: number) => String(n).padStart(2, '0');

/** A day's mark: mostly present, the rest excused or absent. */
const dayMark = (rng: Rng): AttendanceStatus => {
  const r = rng();
  return r < 0.82 ? 'hadir' : r < 0.92 ? 'izin' : 'tidak_hadir';
};

/** Writes the demo activities with their participants and marks; answers how many activities. */
export async function loadDemoKegiatan(tx: Tx, now: string, today = todayIso(), seed = 20240611): Promise<number> {
  const { em, sql } = tx;
  const rng = seededRandom(seed);
  const umkm = await em.find(UmkmEntity, { select: { id: true, status: true }, where: { status: 'aktif' }, order: { id: 'ASC' }, take: 300 });
  if (umkm.length < 40) return 0;
  const latest = Number(today.slice(0, 4)) - (today.slice(5) < '06-30' ? 1 : 0);
  let written = 0;
  for (const [n, p] of PLANS.entries()) {
    let date = `${latest - p.yearsBack}-${two(p.month)}-${two(p.day)}`;
    if (date > today) date = `${Number(date.slice(0, 4)) - 1}${date.slice(4)}`;
    const endDate = p.days > 1 ? new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) + p.days - 1)).toISOString().slice(0, 10) : null;
    const row: Partial<KegiatanRow> = {
      kind: p.kind,
      name: p.name,
      theme: p.theme,
      date,
      endDate,
      venue: p.venue,
      organizer: p.organizer,
      speakers: p.speakers,
      quota: p.quota,
      fundSource: p.fundSource,
      budget: p.budget,
      notes: null,
      createdAt: now,
      updatedAt: now,
    };
    const [kegiatanId] = await sql.bulk.insert(em, KegiatanEntity, [row]);
    const start = (n * 37) % Math.max(1, umkm.length - p.umkm);
    const chosen = umkm.slice(start, start + p.umkm).map((u) => u.id);
    const days = activityDays(date, endDate);
    const marks: Array<Partial<KegiatanKehadiranRow>> = [];
    const certificate = (i: number, full: boolean) => (p.certificatePrefix && full ? `${p.certificatePrefix}/${date.slice(0, 4)}/${String(i + 1).padStart(3, '0')}` : null);
    const umkmRows = chosen.map((umkmId, i) => {
      const own = days.map((day) => ({ kegiatanId: kegiatanId!, day, umkmId, pesertaId: null, status: dayMark(rng) }));
      marks.push(...own);
      return { kegiatanId: kegiatanId!, umkmId, hadir: own.some((m) => m.status === 'hadir'), certificateNumber: certificate(i, own.every((m) => m.status === 'hadir')) };
    });
    await sql.bulk.insert(em, KegiatanUmkmEntity, umkmRows);
    const walkIns = Array.from({ length: p.walkIns }, (_, i) => ({
      kegiatanId: kegiatanId!,
      nik: null,
      name: `${pick(rng, FIRST)} ${pick(rng, LAST)}`,
      phone: `+62812${String(5_000_000 + Math.floor(rng() * 4_000_000))}${i}`,
      businessName: rng() < 0.7 ? `${pick(rng, BUSINESS)} ${pick(rng, LAST)}` : null,
      umkmId: null,
      certificateNumber: null,
      createdAt: now,
      updatedAt: now,
    }));
    const pesertaIds = walkIns.length ? await sql.bulk.insert(em, KegiatanPesertaEntity, walkIns) : [];
    for (const pesertaId of pesertaIds) for (const day of days) marks.push({ kegiatanId: kegiatanId!, day, umkmId: null, pesertaId, status: dayMark(rng) });
    await sql.bulk.insert(em, KegiatanKehadiranEntity, marks);
    written++;
  }
  return written;
}
