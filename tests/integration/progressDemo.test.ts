import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PeriodReport, Result, SeedDemoResult } from '../../shared/contract';
import { classByYear, deriveMoves, type ClassedRecord } from '../../shared/domain/progress';
import { CERTIFICATIONS, FIGURE_SOURCES } from '../../shared/domain/sectors';
import type { Scope } from '../../electron/core/scope';
import { dispatch } from '../../electron/core/dispatch/dispatch';
import { adminSession } from '../support/auth';
import { queryRow, queryRows } from '../support/dbQuery';
import { tempContext } from '../support/tempDb';
import { demoBaseYear } from '../../electron/core/services/demo/demoProgress';
import { todayIso } from '../../shared/format/date';

// One seeded registry of 500 demo UMKM, read by every test; the default 60 in a second database.
let big: Awaited<ReturnType<typeof tempContext>>;
let small: Awaited<ReturnType<typeof tempContext>>;

async function seed(ctx: Scope, umkm: number): Promise<SeedDemoResult> {
  const r = await dispatch('demo:seed', { umkm }, ctx.core, adminSession(ctx));
  if (!r.ok) throw new Error(r.error.message);
  return r.value as SeedDemoResult;
}

beforeAll(async () => {
  big = await tempContext();
  small = await tempContext();
  await seed(big.ctx, 500);
  await seed(small.ctx, 60);
});
afterAll(async () => {
  await big.cleanup();
  await small.cleanup();
});

interface RecordRaw {
  id: number;
  umkmId: number;
  date: string;
  annualSales: number | null;
  capital: number | null;
  assets: number | null;
  employees: number | null;
  marketReach: string | null;
  certifications: string;
  channels: string;
  source: string;
  notes: string | null;
  class: ClassedRecord['class'];
  classBasis: ClassedRecord['classBasis'];
}

async function recordsByUmkm(ctx: Scope): Promise<Map<number, RecordRaw[]>> {
  const rows = await queryRows<RecordRaw>(
    ctx.db,
    `SELECT id, umkm_id AS "umkmId", date, annual_sales AS "annualSales", capital, assets, employees, market_reach AS "marketReach", certifications, channels,
       source, notes, class, class_basis AS "classBasis" FROM riwayat_kelas WHERE deleted_at IS NULL ORDER BY umkm_id, date, id`,
  );
  const out = new Map<number, RecordRaw[]>();
  for (const r of rows) out.set(r.umkmId, [...(out.get(r.umkmId) ?? []), r]);
  return out;
}

const moveCounts = async (ctx: Scope) =>
  Object.fromEntries(
    (await queryRows<{ k: string; n: number }>(ctx.db, `SELECT from_class || '->' || to_class AS k, COUNT(*) AS n FROM kelas_perpindahan GROUP BY 1`)).map((r) => [r.k, r.n]),
  ) as Record<string, number>;

describe('seed-demo: class records for every demo UMKM', () => {
  it('three to five yearly records per UMKM, about mid-year, in the six years up to the base year', async () => {
    const base = demoBaseYear();
    const byUmkm = await recordsByUmkm(big.ctx);
    expect(byUmkm.size).toBe(500);
    const lengths = new Set<number>();
    for (const records of byUmkm.values()) {
      lengths.add(records.length);
      expect(records.length).toBeGreaterThanOrEqual(3);
      expect(records.length).toBeLessThanOrEqual(5);
      const years = records.map((r) => Number(r.date.slice(0, 4)));
      // One a year, consecutive years.
      expect(years).toEqual(years.map((_, i) => years[0]! + i));
      for (const r of records) {
        expect(r.date >= `${base - 6}-01-01` && r.date <= `${base}-12-31`).toBe(true);
        expect(r.date <= todayIso()).toBe(true);
        expect(Number(r.date.slice(5, 7))).toBeGreaterThanOrEqual(5);
        expect(Number(r.date.slice(5, 7))).toBeLessThanOrEqual(8);
      }
    }
    expect(lengths).toEqual(new Set([3, 4, 5]));
    const firstYears = new Set([...byUmkm.values()].map((r) => r[0]!.date.slice(0, 4)));
    expect(firstYears.has(String(base - 6)) || firstYears.has(String(base - 5))).toBe(true);
    // Most UMKM have a record of the base year: the demo looks current.
    const latest = [...byUmkm.values()].filter((r) => r.at(-1)!.date.startsWith(String(base))).length;
    expect(latest / byUmkm.size).toBeGreaterThan(0.7);
  });

  it('the UMKM row carries its latest record: figures, class, basis, date', async () => {
    const byUmkm = await recordsByUmkm(big.ctx);
    const umkm = await queryRows<Record<string, unknown> & { id: number }>(
      big.ctx.db,
      `SELECT id, annual_sales AS "annualSales", capital, assets, employees, market_reach AS "marketReach", class, class_basis AS "classBasis",
         last_record_date AS "lastRecordDate" FROM umkm`,
    );
    for (const u of umkm) {
      const last = byUmkm.get(u.id)!.at(-1)!;
      expect(u).toEqual({
        id: u.id,
        annualSales: last.annualSales,
        capital: last.capital,
        assets: last.assets,
        employees: last.employees,
        marketReach: last.marketReach,
        class: last.class,
        classBasis: last.classBasis,
        lastRecordDate: last.date,
      });
    }
  });

  it('the derived tables are exactly what the rules derive from the records', async () => {
    const byUmkm = await recordsByUmkm(big.ctx);
    const db = big.ctx.db;
    const year = new Date().getFullYear();
    const moves = (id: number) =>
      queryRows(
        db,
        `SELECT from_record_id AS "fromRecordId", to_record_id AS "toRecordId", from_date AS "fromDate", date, from_class AS "fromClass",
           to_class AS "toClass", direction FROM kelas_perpindahan WHERE umkm_id = ? ORDER BY date`,
        [id],
      );
    const years = (id: number) => queryRows(db, `SELECT year, class FROM kelas_tahunan WHERE umkm_id = ? ORDER BY year`, [id]);
    for (const [id, records] of byUmkm) {
      expect(await moves(id)).toEqual(deriveMoves(records));
      expect(await years(id)).toEqual(classByYear(records, year));
    }
  });

  it('most rise slowly; several cross into kecil, a few into menengah, a few fall', async () => {
    const counts = await moveCounts(big.ctx);
    const naik = Object.entries(counts).filter(([k]) => ['mikro->kecil', 'kecil->menengah', 'mikro->menengah', 'menengah->besar'].includes(k));
    const naikTotal = naik.reduce((s, [, n]) => s + n, 0);
    const turunTotal = (['kecil->mikro', 'menengah->kecil', 'menengah->mikro', 'besar->menengah', 'besar->kecil'] as const).reduce((s, k) => s + (counts[k] ?? 0), 0);
    expect(counts['mikro->kecil']).toBeGreaterThanOrEqual(20);
    expect(counts['kecil->menengah']).toBeGreaterThanOrEqual(5);
    expect(turunTotal).toBeGreaterThan(0);
    expect(turunTotal).toBeLessThan(naikTotal / 2);
    // Most records keep or raise the sales of the year before.
    let steps = 0;
    let rising = 0;
    for (const records of (await recordsByUmkm(big.ctx)).values()) {
      for (let i = 1; i < records.length; i++) {
        const [a, b] = [records[i - 1]!, records[i]!];
        if (a.annualSales === null || b.annualSales === null) continue;
        steps++;
        if (b.annualSales >= a.annualSales) rising++;
      }
    }
    expect(rising / steps).toBeGreaterThan(0.7);
  });

  it('certifications and channels are gained over the years; sources are mixed', async () => {
    const sources = new Set<string>();
    for (const records of (await recordsByUmkm(big.ctx)).values()) {
      for (let i = 0; i < records.length; i++) {
        const r = records[i]!;
        sources.add(r.source);
        const certs = JSON.parse(r.certifications) as string[];
        const channels = JSON.parse(r.channels) as string[];
        for (const c of certs) expect(CERTIFICATIONS).toContain(c);
        expect(channels).toContain('offline');
        if (i === 0) continue;
        const prev = records[i - 1]!;
        for (const c of JSON.parse(prev.certifications) as string[]) expect(certs).toContain(c);
        for (const c of JSON.parse(prev.channels) as string[]) expect(channels).toContain(c);
      }
    }
    expect(sources).toEqual(new Set(FIGURE_SOURCES));
    const withCerts = (await queryRow<{ n: number }>(big.ctx.db, `SELECT COUNT(DISTINCT umkm_id) AS n FROM riwayat_kelas WHERE certifications <> '[]'`))!;
    expect(withCerts.n).toBeGreaterThan(100);
  });

  it('is deterministic, and the first 60 are the same whatever the size', async () => {
    const strip = (m: Map<number, RecordRaw[]>, n: number) =>
      [...m.entries()].filter(([id]) => id <= n).map(([, rs]) => rs.map(({ id: _i, ...rest }) => rest));
    expect(strip(await recordsByUmkm(small.ctx), 60)).toEqual(strip(await recordsByUmkm(big.ctx), 60));
  });

  it('the default 60 show moves both ways at once, in the report too', async () => {
    const counts = await moveCounts(small.ctx);
    expect(counts['mikro->kecil']).toBeGreaterThanOrEqual(3);
    expect(counts['kecil->menengah']).toBeGreaterThanOrEqual(1);
    expect((counts['kecil->mikro'] ?? 0) + (counts['menengah->kecil'] ?? 0)).toBeGreaterThanOrEqual(1);
    const base = demoBaseYear();
    const r: Result<unknown> = await dispatch('progress:report', { from: `${base - 6}-01-01`, to: `${base}-12-31` }, small.ctx.core, adminSession(small.ctx));
    const report = (r as { ok: true; value: PeriodReport }).value;
    expect(report.recorded).toBe(60);
    expect(report.naikTotal).toBeGreaterThan(0);
    expect(report.turunTotal).toBeGreaterThan(0);
  });
});
