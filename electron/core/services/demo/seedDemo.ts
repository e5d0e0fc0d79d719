import type { EntityManager, EntitySchema } from 'typeorm';
import type { SeedDemoResult } from '../../../../shared/contract';
import { classByYear, classifyRecord, deriveMoves, type ClassedRecord } from '../../../../shared/domain/progress';
import { todayIso } from '../../../../shared/format/date';
import { messages } from '../../../../shared/i18n';
import type { Database, Tx } from '../../db/database';
import {
  AnggotaEntity,
  ClassMoveEntity,
  ClassRecordEntity,
  DukunganEntity,
  KegiatanEntity,
  KegiatanKomunitasEntity,
  KegiatanMitraEntity,
  KegiatanUmkmEntity,
  KemitraanEntity,
  KomunitasEntity,
  MitraEntity,
  UmkmEntity,
  YearClassEntity,
  type ClassMoveRow,
  type ClassRecordRow,
  type YearClassRow,
} from '../../db/entities';
import { AppError } from '../../errors';
import { nowIso } from '../queryHelpers';
import { DEMO_MEETING_UMKM, demoPartnerships, type DemoPlan, type DemoUmkmRef } from './demoPartnerships';
import { demoRecords, type DemoRecord } from './demoProgress';
import { loadDemoMonev } from './demoMonev';
import { demoUmkm, type DemoUmkm } from './demoRegistry';
import { loadDemoKegiatan } from './demoKegiatan';
import { loadDemoBantuan } from './demoBantuan';
import { loadDemoSertifikat } from './demoSertifikat';

/** UMKM written per round of bulk inserts (with their three to five records each): small rounds keep the rows young for the garbage collector. */
const CHUNK = 100;

/** Live rows in any table the demo writes: the demo goes only into an empty database. */
async function hasData(em: EntityManager): Promise<boolean> {
  const tables: Array<EntitySchema<{ deletedAt: string | null }>> = [UmkmEntity, KomunitasEntity, MitraEntity, KegiatanEntity, KemitraanEntity];
  for (const entity of tables) {
    if (await em.createQueryBuilder(entity, 't').where('t.deletedAt IS NULL').getExists()) return true;
  }
  return false;
}

/** A record's class by the PP 7/2021 rule; a demo record always has sales or capital. */
function classOf(r: DemoRecord): Pick<ClassedRecord, 'class' | 'classBasis'> {
  const c = classifyRecord({ id: 0, date: r.date, annualSales: r.annualSales, capital: r.capital });
  if (!c) throw new Error('A demo record without figures.');
  return { class: c.class, classBasis: c.classBasis };
}

/**
 * Writes one round of demo UMKM: their rows, their class records, and what is derived from the
 * records (the moves and each year's class, by the same rules as every other write). The rows
 * are the generators' own objects, completed in place: a million records allocate no copies.
 */
async function writeRound(tx: Tx, round: DemoUmkm[], first: number, now: string, lastYear: number, recordsEach?: number): Promise<number[]> {
  const { em, sql } = tx;
  // Each UMKM's history of class records, the last one with the UMKM's own figures.
  const records = round.map((u, i) => demoRecords(u, first + i, undefined, undefined, recordsEach) as Array<DemoRecord & Partial<ClassRecordRow>>);
  const umkmRows = round.map((u, i) => Object.assign(u, { lastRecordDate: records[i]!.at(-1)!.date, createdAt: now, updatedAt: now }));
  const ids = await sql.bulk.insert(em, UmkmEntity, umkmRows);
  for (let i = 0; i < round.length; i++) {
    for (const r of records[i]!) {
      const c = classOf(r);
      r.umkmId = ids[i]!;
      r.class = c.class;
      r.classBasis = c.classBasis;
      r.createdAt = now;
      r.updatedAt = now;
    }
  }
  const recordIds = await sql.bulk.insert(em, ClassRecordEntity, records.flat());
  const moves: Array<Partial<ClassMoveRow>> = [];
  const years: Array<Partial<YearClassRow>> = [];
  let next = 0;
  for (let i = 0; i < round.length; i++) {
    const umkmId = ids[i]!;
    const classed = records[i]!.map((r) => ({ id: recordIds[next++]!, date: r.date, annualSales: r.annualSales, capital: r.capital, class: r.class!, classBasis: r.classBasis! }));
    for (const m of deriveMoves(classed)) moves.push(Object.assign(m, { umkmId }));
    for (const y of classByYear(classed, lastYear)) years.push(Object.assign(y, { umkmId }));
  }
  await sql.bulk.insert(em, ClassMoveEntity, moves);
  await sql.bulk.insert(em, YearClassEntity, years);
  return ids;
}

/** Writes the partnership plan: a few dozen rows, through the same bulk inserts. */
async function insertPartnerships(tx: Tx, plan: DemoPlan, now: string): Promise<Omit<SeedDemoResult, 'umkm'>> {
  const { em, sql } = tx;
  const stamps = { createdAt: now, updatedAt: now };
  const komunitasIds = await sql.bulk.insert(
    em,
    KomunitasEntity,
    plan.komunitas.map((c) => ({ name: c.name, kecamatan: c.kecamatan, leaderUmkmId: c.leaderUmkmId, leaderName: null, phone: c.phone, notes: null, ...stamps })),
  );
  await sql.bulk.insert(
    em,
    AnggotaEntity,
    plan.komunitas.flatMap((c, i) => c.memberIds.map((umkmId) => ({ komunitasId: komunitasIds[i]!, umkmId, joinedAt: now }))),
  );
  const mitraIds = await sql.bulk.insert(
    em,
    MitraEntity,
    plan.mitra.map((m) => ({
      name: m.name,
      kind: m.kind,
      sector: m.sector,
      address: m.address,
      kecamatan: m.kecamatan,
      contactName: m.contactName,
      phone: m.phone,
      email: m.email,
      nib: m.nib,
      npwp: null,
      status: 'aktif' as const,
      interestSectors: m.interestSectors,
      offers: m.offers,
      targetClasses: m.targetClasses,
      notes: m.notes,
      ...stamps,
    })),
  );
  const [kegiatanId] = await sql.bulk.insert(em, KegiatanEntity, [{ ...plan.kegiatan, ...stamps }]);
  await sql.bulk.insert(em, KegiatanKomunitasEntity, komunitasIds.map((komunitasId) => ({ kegiatanId: kegiatanId!, komunitasId })));
  await sql.bulk.insert(em, KegiatanMitraEntity, plan.mitraAttendance.map((hadir, i) => ({ kegiatanId: kegiatanId!, mitraId: mitraIds[i]!, hadir })));
  await sql.bulk.insert(em, KegiatanUmkmEntity, plan.umkmAttendance.map((a) => ({ kegiatanId: kegiatanId!, umkmId: a.umkmId, hadir: a.hadir })));

  const kemitraanIds = await sql.bulk.insert(
    em,
    KemitraanEntity,
    plan.kemitraan.map((k) => ({
      number: k.number,
      mitraId: mitraIds[k.mitra]!,
      umkmId: k.umkmId,
      komunitasId: k.komunitas === null ? null : komunitasIds[k.komunitas]!,
      signedAt: k.signedAt,
      startDate: k.startDate,
      endDate: k.endDate,
      pattern: k.pattern,
      status: k.status,
      kegiatanId: k.fromMeeting ? kegiatanId! : null,
      notes: k.notes,
      ...stamps,
    })),
  );
  await sql.bulk.insert(
    em,
    DukunganEntity,
    plan.kemitraan.flatMap((k, i) => k.supports.map((s) => ({ kemitraanId: kemitraanIds[i]!, kind: s.kind, description: s.description, value: s.value }))),
  );
  return { komunitas: komunitasIds.length, mitra: mitraIds.length, kegiatan: 1, kemitraan: kemitraanIds.length };
}

/**
 * Loads the demo into an empty database within the unit of work's write transaction, through the
 * engine's bulk inserts: repository.save() would take ~30x longer at 100,000 rows. Every UMKM
 * comes with three to five yearly class records (demoProgress) and their moves and yearly classes.
 * With at least 60 UMKM it also loads the temu kemitraan of 23 May 2023: its communities,
 * partners, attendance and agreements.
 */
export interface DemoOptions {
  /** Yearly class records per UMKM (the benchmark's registry has five each); three to five when absent. */
  recordsEach?: number;
}

export async function loadDemo(tx: Tx, n: number, opts: DemoOptions = {}): Promise<SeedDemoResult> {
  if (await hasData(tx.em)) throw new AppError('CONFLICT', messages.errors.demoNotEmpty);
  const now = nowIso();
  const lastYear = Number(todayIso().slice(0, 4));
  const refs: DemoUmkmRef[] = [];
  const bulkTables = [UmkmEntity, ClassRecordEntity, ClassMoveEntity, YearClassEntity] as Array<EntitySchema<never>>;
  const count = await tx.sql.bulk.load(tx.em, { entities: bulkTables, rows: n }, async () => {
    let written = 0;
    let round: DemoUmkm[] = [];
    const flush = async () => {
      const ids = await writeRound(tx, round, written, now, lastYear, opts.recordsEach);
      for (let i = 0; i < round.length && refs.length < DEMO_MEETING_UMKM; i++) {
        const u = round[i]!;
        refs.push({ id: ids[i]!, kecamatan: u.kecamatan, status: u.status, class: u.class, sector: u.sector, marketReach: u.marketReach, phone: u.phone });
      }
      written += round.length;
      round = [];
    };
    for (const u of demoUmkm(n)) {
      round.push(u);
      if (round.length === CHUNK) await flush();
    }
    if (round.length > 0) await flush();
    return written;
  });
  const plan = demoPartnerships(refs);
  const rest = plan ? await insertPartnerships(tx, plan, now) : { komunitas: 0, mitra: 0, kegiatan: 0, kemitraan: 0 };
  if (plan) await loadDemoMonev(tx, now);
  if (plan) await loadDemoBantuan(tx, now);
  // Every demo: the records' ticks live in the register now (and the first UMKM get applications).
  await loadDemoSertifikat(tx, now);
  if (plan) rest.kegiatan += await loadDemoKegiatan(tx, now);
  return { umkm: count, ...rest };
}

/**
 * The demo in its own write transaction, for the benchmarks and the tests that arrange data with
 * it (the app loads it through the demo:seed channel, which also records it in the trail).
 */
export function seedDemo(db: Database, n: number, opts: DemoOptions = {}): Promise<SeedDemoResult> {
  return db.write((tx) => loadDemo(tx, n, opts));
}
