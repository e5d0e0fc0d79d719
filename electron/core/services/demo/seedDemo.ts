import { messages } from '../../../../shared/i18n';
import type { SeedDemoResult } from '../../../../shared/contract';
import type { Database } from '../../db/openDatabase';
import { AppError } from '../../errors';
import { withIndexesDeferred, withSearchIndexDeferred } from '../../db/searchIndex';
import { demoUmkm, type DemoUmkm } from './demoRegistry';
import { demoRecords } from './demoProgress';
import { classOf, currentYear, ProgressStore } from '../progressStore';
import { DEMO_MEETING_UMKM, demoPartnerships, type DemoPlan, type DemoUmkmRef } from './demoPartnerships';

type Raw = Database['raw'];

const COLUMNS: Array<[keyof DemoUmkm, string]> = [
  ['businessName', 'business_name'], ['ownerName', 'owner_name'], ['nik', 'nik'], ['nib', 'nib'], ['npwp', 'npwp'], ['address', 'address'],
  ['kecamatan', 'kecamatan'], ['kelurahan', 'kelurahan'], ['sector', 'sector'], ['kbli', 'kbli'], ['kbliVersion', 'kbli_version'],
  ['phone', 'phone'], ['email', 'email'], ['foundedYear', 'founded_year'], ['employees', 'employees'], ['capital', 'capital'],
  ['annualSales', 'annual_sales'], ['assets', 'assets'], ['products', 'products'], ['marketReach', 'market_reach'], ['status', 'status'],
  ['notes', 'notes'], ['registeredAt', 'registered_at'], ['class', 'class'], ['classBasis', 'class_basis'],
];

/** The tables the seed fills row by row, whose indexes are built once at the end. */
const BULK_TABLES = ['umkm', 'riwayat_kelas', 'kelas_perpindahan', 'kelas_tahunan'];

/** Live rows in any table the demo writes: the demo goes only into an empty database. */
function hasData(raw: Raw): boolean {
  const { n } = raw
    .prepare(
      `SELECT (SELECT COUNT(*) FROM umkm WHERE deleted_at IS NULL) + (SELECT COUNT(*) FROM komunitas WHERE deleted_at IS NULL)
        + (SELECT COUNT(*) FROM mitra WHERE deleted_at IS NULL) + (SELECT COUNT(*) FROM kegiatan WHERE deleted_at IS NULL)
        + (SELECT COUNT(*) FROM kemitraan WHERE deleted_at IS NULL) AS n`,
    )
    .get() as { n: number };
  return n > 0;
}

/** Writes the partnership plan through prepared statements; call inside the seed's transaction. */
function insertPartnerships(raw: Raw, plan: DemoPlan, now: string): Omit<SeedDemoResult, 'umkm'> {
  const insKomunitas = raw.prepare(
    `INSERT INTO komunitas (name, kecamatan, leader_umkm_id, leader_name, phone, notes, created_at, updated_at) VALUES (?, ?, ?, NULL, ?, NULL, ?, ?)`,
  );
  const insAnggota = raw.prepare(`INSERT INTO komunitas_anggota (komunitas_id, umkm_id, joined_at) VALUES (?, ?, ?)`);
  const komunitasIds = plan.komunitas.map((c) => {
    const id = Number(insKomunitas.run(c.name, c.kecamatan, c.leaderUmkmId, c.phone, now, now).lastInsertRowid);
    for (const m of c.memberIds) insAnggota.run(id, m, now);
    return id;
  });

  const insMitra = raw.prepare(
    `INSERT INTO mitra (name, kind, sector, address, kecamatan, contact_name, phone, email, nib, npwp, status, interest_sectors, offers, target_classes, notes, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, 'aktif', ?, ?, ?, ?, ?, ?)`,
  );
  const mitraIds = plan.mitra.map((m) =>
    Number(
      insMitra.run(
        m.name, m.kind, m.sector, m.address, m.kecamatan, m.contactName, m.phone, m.email, m.nib,
        JSON.stringify(m.interestSectors), JSON.stringify(m.offers), JSON.stringify(m.targetClasses), m.notes, now, now,
      ).lastInsertRowid,
    ),
  );

  const e = plan.kegiatan;
  const kegiatanId = Number(
    raw
      .prepare(`INSERT INTO kegiatan (name, theme, date, venue, organizer, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(e.name, e.theme, e.date, e.venue, e.organizer, e.notes, now, now).lastInsertRowid,
  );
  const insInvite = raw.prepare(`INSERT INTO kegiatan_komunitas (kegiatan_id, komunitas_id) VALUES (?, ?)`);
  for (const id of komunitasIds) insInvite.run(kegiatanId, id);
  const insMitraHadir = raw.prepare(`INSERT INTO kegiatan_mitra (kegiatan_id, mitra_id, hadir) VALUES (?, ?, ?)`);
  plan.mitraAttendance.forEach((hadir, i) => insMitraHadir.run(kegiatanId, mitraIds[i], hadir ? 1 : 0));
  const insUmkmHadir = raw.prepare(`INSERT INTO kegiatan_umkm (kegiatan_id, umkm_id, hadir) VALUES (?, ?, ?)`);
  for (const a of plan.umkmAttendance) insUmkmHadir.run(kegiatanId, a.umkmId, a.hadir ? 1 : 0);

  const insKemitraan = raw.prepare(
    `INSERT INTO kemitraan (number, mitra_id, umkm_id, komunitas_id, signed_at, start_date, end_date, pattern, status, kegiatan_id, notes, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insDukungan = raw.prepare(`INSERT INTO kemitraan_dukungan (kemitraan_id, kind, description, value) VALUES (?, ?, ?, ?)`);
  for (const k of plan.kemitraan) {
    const id = Number(
      insKemitraan.run(
        k.number, mitraIds[k.mitra], k.umkmId, k.komunitas === null ? null : komunitasIds[k.komunitas], k.signedAt, k.startDate, k.endDate,
        k.pattern, k.status, k.fromMeeting ? kegiatanId : null, k.notes, now, now,
      ).lastInsertRowid,
    );
    for (const s of k.supports) insDukungan.run(id, s.kind, s.description, s.value);
  }
  return { komunitas: komunitasIds.length, mitra: mitraIds.length, kegiatan: 1, kemitraan: plan.kemitraan.length };
}

/**
 * Loads the demo into an empty database in one transaction, through prepared statements:
 * repository.save() would take ~30x longer at 100,000 rows. Every UMKM comes with three to five
 * yearly class records (demoProgress) and their moves and yearly classes. With at least 60 UMKM it
 * also loads the temu kemitraan of 23 May 2023: its communities, partners, attendance and agreements.
 */
export function seedDemo(db: Database, n: number): SeedDemoResult {
  if (hasData(db.raw)) throw new AppError('CONFLICT', messages.errors.demoNotEmpty);
  const cols = COLUMNS.map(([, c]) => c);
  const insert = db.raw.prepare(
    `INSERT INTO umkm (${cols.join(', ')}, last_record_date, created_at, updated_at) VALUES (${cols.map(() => '?').join(', ')}, ?, ?, ?)`,
  );
  const store = new ProgressStore(db.raw);
  const lastYear = currentYear();
  const now = new Date().toISOString();
  const run = db.raw.transaction((): SeedDemoResult => {
    const refs: DemoUmkmRef[] = [];
    const count = withSearchIndexDeferred(db.raw, () => withIndexesDeferred(db.raw, BULK_TABLES, () => {
      let c = 0;
      for (const u of demoUmkm(n)) {
        // Its history of class records, the last one with the UMKM's own figures, and the moves
        // and yearly classes derived from them (the same rules as every other write).
        const records = demoRecords(u, c);
        const id = Number(insert.run(...COLUMNS.map(([k]) => u[k]), records[records.length - 1]!.date, now, now).lastInsertRowid);
        const classed = records.map((r) => {
          const cls = classOf(r);
          return { id: store.insert(id, r, now, cls), date: r.date, annualSales: r.annualSales, capital: r.capital, ...cls };
        });
        store.writeDerived(id, classed, lastYear);
        if (refs.length < DEMO_MEETING_UMKM) refs.push({ id, kecamatan: u.kecamatan, status: u.status, class: u.class, sector: u.sector, marketReach: u.marketReach, phone: u.phone });
        c++;
      }
      return c;
    }));
    const plan = demoPartnerships(refs);
    const rest = plan ? insertPartnerships(db.raw, plan, now) : { komunitas: 0, mitra: 0, kegiatan: 0, kemitraan: 0 };
    return { umkm: count, ...rest };
  });
  // A bigger page cache for the one large transaction (the default 2 MB spills to the WAL and reads
  // pages back): 1 MB per 1,000 UMKM, at most 128 MB, restored afterwards.
  const cache = db.raw.pragma('cache_size', { simple: true }) as number;
  db.raw.pragma(`cache_size = ${Math.max(-131_072, Math.min(-2000, -Math.ceil(n / 1000) * 1024))}`);
  try {
    return run();
  } finally {
    db.raw.pragma(`cache_size = ${cache}`);
  }
}
