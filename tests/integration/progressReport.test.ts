import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, PeriodListItem, PeriodListQuery, PeriodReport, ProgressOverview, Result } from '../../shared/contract';
import { KECAMATAN } from '../../shared/domain/regions';
import { SECTORS } from '../../shared/domain/sectors';
import { periodOutcome } from '../../shared/domain/progress';
import { todayIso } from '../../shared/format/date';
import { fill, messages } from '../../shared/i18n';
import type { Scope } from '../../electron/core/scope';
import { dispatch } from '../../electron/core/dispatch/dispatch';
import { adminSession } from '../support/auth';
import { call } from '../support/call';
import { tempContext } from '../support/tempDb';
import { addRecord, KEC, registerUmkm } from '../support/progress';

// A small registry whose report is worked out by hand. Sales in juta; the bounds are mikro <= 2.000,
// kecil <= 15.000, menengah <= 50.000, besar above. Period: the year 2024.
//
//  UMKM  kecamatan  sector       reach          records (date: sales -> class)                         2024 outcome
//  U01   Timur      kuliner      lokal          2023-03-01: 1500 mikro; 2024-06-01: 2500 kecil           naik mikro->kecil
//  U02   Timur      kuliner      lokal          2023-05-01: 1800 mikro; 2024-02-01: 1900 mikro;
//                                               2024-09-01: 16000 menengah                               naik mikro->menengah
//  U03   Timur      fesyen       nasional       2022-01-10: 3000 kecil; 2024-07-01: 20000 menengah      naik kecil->menengah
//  U04   Selatan    kuliner      internasional  2023-01-01: 20000 menengah; 2024-05-01: 60000 besar     naik menengah->besar
//  U05   Selatan    kriya        lokal          2023-02-01: 3000 kecil; 2024-04-01: 1000 mikro          turun kecil->mikro
//  U06   Selatan    kriya        lokal          2023-08-01: 20000 menengah; 2024-03-01: 1000 mikro;
//                                               2025-02-01: 3000 kecil (after the period)               turun menengah->mikro
//  U07   Kota       jasa         regional       2023-09-01: 30000 menengah; 2024-10-01: 10000 kecil     turun menengah->kecil
//  U08   Kota       jasa         regional       2022-06-01: 60000 besar; 2024-08-01: 40000 menengah     turun besar->menengah
//  U09   Kota       kuliner      lokal          2023-04-01: 500 mikro; 2024-06-15: 700 mikro;
//                                               today: 700 mikro                                         tetap
//  U10   Timur      kuliner      lokal          2023-06-01: 1000 mikro; 2024-03-01: 2500 kecil;
//                                               2024-11-01: 1500 mikro (rose and fell inside)            tetap
//  U11   Selatan    perdagangan  lokal          2022-03-01: 5000 kecil                                   not recorded
//  U12   Kota       kuliner      lokal          2025-01-15: 1000 mikro (after the period)                not recorded
//  U13   Timur      kuliner      lokal          2024-05-01: 800 mikro; 2024-12-01: 2100 kecil (first
//                                               record inside the period is the start)                   naik mikro->kecil
//  U14   Timur      kuliner      lokal          2023-01-01: 1000; 2024-06-01: 3000 — then DELETED        left out
//  U15   Selatan    kuliner      lokal          2024-02-02: 900 mikro, status tidak_aktif                tetap
//  U16   Kota       lainnya      lokal          2023-01-01: 1000 mikro, its only record deleted          not recorded
//
// Communities: K1 "Komunitas Amplang Manggar" = U01, U02, U10, U11, U14; K2 "Kelompok Kriya
// Sepinggan" = U05, U06, U09, U12; K3 "Kelompok Dagang Baru" = U11 only (none recorded).

let t: Awaited<ReturnType<typeof tempContext>>;
let ctx: Scope;
const id: Record<string, number> = {};
const komunitas: Record<string, number> = {};

const YEAR_2024 = { from: '2024-01-01', to: '2024-12-31' };

beforeAll(async () => {
  t = await tempContext();
  ctx = t.ctx;
  const reg = async (key: string, kec: keyof typeof KEC, sector: string, reach: string, date: string, sales: number, extra: Record<string, unknown> = {}) => {
    const u = await registerUmkm(ctx, date, sales, { businessName: `Usaha ${key}`, ...KEC[kec], sector, marketReach: reach, ...extra });
    id[key] = u.id;
  };
  await reg('U01', 'timur', 'kuliner', 'lokal', '2023-03-01', 1500);
  await addRecord(ctx, id.U01!, '2024-06-01', 2500);
  await reg('U02', 'timur', 'kuliner', 'lokal', '2023-05-01', 1800);
  await addRecord(ctx, id.U02!, '2024-09-01', 16_000);
  await addRecord(ctx, id.U02!, '2024-02-01', 1900); // entered out of order
  await reg('U03', 'timur', 'fesyen', 'nasional', '2022-01-10', 3000);
  await addRecord(ctx, id.U03!, '2024-07-01', 20_000);
  await reg('U04', 'selatan', 'kuliner', 'internasional', '2023-01-01', 20_000);
  await addRecord(ctx, id.U04!, '2024-05-01', 60_000);
  await reg('U05', 'selatan', 'kriya', 'lokal', '2023-02-01', 3000);
  await addRecord(ctx, id.U05!, '2024-04-01', 1000);
  await reg('U06', 'selatan', 'kriya', 'lokal', '2023-08-01', 20_000);
  await addRecord(ctx, id.U06!, '2024-03-01', 1000);
  await addRecord(ctx, id.U06!, '2025-02-01', 3000);
  await reg('U07', 'kota', 'jasa', 'regional', '2023-09-01', 30_000);
  await addRecord(ctx, id.U07!, '2024-10-01', 10_000);
  await reg('U08', 'kota', 'jasa', 'regional', '2022-06-01', 60_000);
  await addRecord(ctx, id.U08!, '2024-08-01', 40_000);
  await reg('U09', 'kota', 'kuliner', 'lokal', '2023-04-01', 500);
  await addRecord(ctx, id.U09!, '2024-06-15', 700);
  await addRecord(ctx, id.U09!, todayIso(), 700);
  await reg('U10', 'timur', 'kuliner', 'lokal', '2023-06-01', 1000);
  await addRecord(ctx, id.U10!, '2024-03-01', 2500);
  await addRecord(ctx, id.U10!, '2024-11-01', 1500);
  await reg('U11', 'selatan', 'perdagangan', 'lokal', '2022-03-01', 5000);
  await reg('U12', 'kota', 'kuliner', 'lokal', '2025-01-15', 1000);
  await reg('U13', 'timur', 'kuliner', 'lokal', '2024-05-01', 800);
  await addRecord(ctx, id.U13!, '2024-12-01', 2100);
  await reg('U14', 'timur', 'kuliner', 'lokal', '2023-01-01', 1000);
  await addRecord(ctx, id.U14!, '2024-06-01', 3000);
  await reg('U15', 'selatan', 'kuliner', 'lokal', '2024-02-02', 900, { status: 'tidak_aktif' });
  await reg('U16', 'kota', 'lainnya', 'lokal', '2023-01-01', 1000);
  await ctx.progress.remove((await ctx.progress.timeline(id.U16!)).records[0]!.id);

  komunitas.K1 = (await call(ctx, 'komunitas:create', { name: 'Komunitas Amplang Manggar', kecamatan: '64.71.01', memberIds: [id.U01!, id.U02!, id.U10!, id.U11!, id.U14!] })).id;
  komunitas.K2 = (await call(ctx, 'komunitas:create', { name: 'Kelompok Kriya Sepinggan', kecamatan: '64.71.05', memberIds: [id.U05!, id.U06!, id.U09!, id.U12!] })).id;
  komunitas.K3 = (await call(ctx, 'komunitas:create', { name: 'Kelompok Dagang Baru', kecamatan: '64.71.05', memberIds: [id.U11!] })).id;
  await ctx.umkm.remove(id.U14!);
});
afterAll(async () => {
  await t.cleanup();
});

const value = <T>(r: Result<unknown>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message} ${JSON.stringify(r.error.fields)}`);
  return r.value as T;
};
const report = async (q: Record<string, unknown>) => value<PeriodReport>(await dispatch('progress:report', q, ctx.core, adminSession(ctx)));
const listOf = async (q: PeriodListQuery) => value<Page<PeriodListItem>>(await dispatch('progress:reportList', q, ctx.core, adminSession(ctx)));
const names = (p: Page<PeriodListItem>) => p.items.map((i) => i.businessName.replace('Usaha ', ''));
const zero = { naik: 0, turun: 0, tetap: 0, recorded: 0 };

describe('progress:report on the fixture registry, 2024', () => {
  it('counts every transition, tetap, recorded and the percentage as worked out by hand', async () => {
    const r = await report(YEAR_2024);
    expect(r).toMatchObject({
      from: '2024-01-01',
      to: '2024-12-31',
      // Recorded: U01-U10, U13, U15 = 12 (U11, U12, U16 have no 2024 record; U14 is deleted).
      recorded: 12,
      naik: { 'mikro->kecil': 2, 'mikro->menengah': 1, 'kecil->menengah': 1, 'menengah->besar': 1 }, // U01+U13, U02, U03, U04
      turun: { 'kecil->mikro': 1, 'menengah->mikro': 1, 'menengah->kecil': 1, 'besar->menengah': 1 }, // U05, U06, U07, U08
      naikTotal: 5,
      turunTotal: 4,
      tetap: 3, // U09, U10, U15
      naikPercent: 41.7, // 5 / 12 = 41.67 %
      // Active menengah now, still lokal or regional: U02 (lokal), U08 (regional); U03 sells nationally.
      menengahNeedMarket: 2,
      // Active UMKM whose latest record is over a year old or missing: all but U09 (recorded today),
      // U14 (deleted) and U15 (inactive) = 16 - 3 = 13.
      staleRecords: 13,
    });
  });

  it('by kecamatan (all six, zeros too) and by sector (all of them)', async () => {
    const r = await report(YEAR_2024);
    expect(r.byKecamatan).toEqual({
      'Balikpapan Timur': { naik: 4, turun: 0, tetap: 1, recorded: 5 }, // U01 U02 U03 U13 naik, U10 tetap
      'Balikpapan Barat': zero,
      'Balikpapan Utara': zero,
      'Balikpapan Tengah': zero,
      'Balikpapan Selatan': { naik: 1, turun: 2, tetap: 1, recorded: 4 }, // U04 naik, U05 U06 turun, U15 tetap
      'Balikpapan Kota': { naik: 0, turun: 2, tetap: 1, recorded: 3 }, // U07 U08 turun, U09 tetap
    });
    expect(Object.keys(r.byKecamatan)).toEqual(KECAMATAN.map((k) => k.name));
    expect(r.bySector).toEqual({
      kuliner: { naik: 4, turun: 0, tetap: 3, recorded: 7 }, // U01 U02 U04 U13 naik; U09 U10 U15 tetap
      fesyen: { naik: 1, turun: 0, tetap: 0, recorded: 1 }, // U03
      kriya: { naik: 0, turun: 2, tetap: 0, recorded: 2 }, // U05 U06
      jasa: { naik: 0, turun: 2, tetap: 0, recorded: 2 }, // U07 U08
      perdagangan: zero, // U11 not recorded
      industri_pengolahan: zero,
      pertanian_perikanan: zero,
      lainnya: zero, // U16 not recorded
    });
    expect(Object.keys(r.bySector)).toEqual([...SECTORS]);
  });

  it('by community: those with a recorded member, by name; deleted members left out', async () => {
    const r = await report(YEAR_2024);
    expect(r.byKomunitas).toEqual([
      { komunitasId: komunitas.K2, name: 'Kelompok Kriya Sepinggan', naik: 0, turun: 2, tetap: 1, recorded: 3 }, // U05 U06 turun, U09 tetap
      { komunitasId: komunitas.K1, name: 'Komunitas Amplang Manggar', naik: 2, turun: 0, tetap: 1, recorded: 3 }, // U01 U02 naik, U10 tetap
    ]);
  });

  it('filtered by kecamatan, by sector and by community', async () => {
    const timur = await report({ ...YEAR_2024, kecamatan: 'Bpp Timur' });
    expect(timur).toMatchObject({
      recorded: 5,
      naik: { 'mikro->kecil': 2, 'mikro->menengah': 1, 'kecil->menengah': 1, 'menengah->besar': 0 },
      naikTotal: 4,
      turunTotal: 0,
      tetap: 1,
      naikPercent: 80,
      menengahNeedMarket: 1, // U02
      staleRecords: 5, // U01 U02 U03 U10 U13
    });
    expect(timur.byKecamatan['Balikpapan Selatan']).toEqual(zero);
    expect(timur.byKomunitas).toEqual([{ komunitasId: komunitas.K1, name: 'Komunitas Amplang Manggar', naik: 2, turun: 0, tetap: 1, recorded: 3 }]);

    const kriya = await report({ ...YEAR_2024, sector: 'kriya' });
    expect(kriya).toMatchObject({ recorded: 2, naikTotal: 0, turunTotal: 2, tetap: 0, naikPercent: 0, menengahNeedMarket: 0, staleRecords: 2 });
    expect(kriya.turun).toEqual({ 'kecil->mikro': 1, 'menengah->mikro': 1, 'menengah->kecil': 0, 'besar->menengah': 0 });

    const k1 = await report({ ...YEAR_2024, komunitasId: komunitas.K1 });
    expect(k1).toMatchObject({ recorded: 3, naikTotal: 2, turunTotal: 0, tetap: 1, naikPercent: 66.7, menengahNeedMarket: 1, staleRecords: 4 }); // stale: U01 U02 U10 U11
    expect(k1.naik).toEqual({ 'mikro->kecil': 1, 'mikro->menengah': 1, 'kecil->menengah': 0, 'menengah->besar': 0 });
    expect(k1.byKecamatan['Balikpapan Timur']).toEqual({ naik: 2, turun: 0, tetap: 1, recorded: 3 });

    const k3 = await report({ ...YEAR_2024, komunitasId: komunitas.K3 });
    expect(k3).toMatchObject({ recorded: 0, naikTotal: 0, tetap: 0, naikPercent: 0, byKomunitas: [], staleRecords: 1 });
  });

  it('the ends of a period: a move on the first day is already the start; a period with nothing recorded', async () => {
    // June 2024: U01's record of 1 June stands on the first day (kecil at both ends); U09 recorded 15 June.
    const june = await report({ from: '2024-06-01', to: '2024-06-30' });
    expect(june).toMatchObject({ recorded: 2, naikTotal: 0, turunTotal: 0, tetap: 2 });
    // From 2 June: U01 has no record inside, so it is not counted.
    expect((await report({ from: '2024-06-02', to: '2024-06-30' })).recorded).toBe(1);
    // The day U13 crossed (2024-12-01) alone: its record of that day is both ends.
    expect(await report({ from: '2024-12-01', to: '2024-12-01' })).toMatchObject({ recorded: 1, naikTotal: 0, tetap: 1 });
    // From U13's registration to the day it crossed: naik.
    expect((await report({ from: '2024-05-01', to: '2024-12-01' })).naik['mikro->kecil']).toBe(2); // U01 (2024-06-01) and U13
    const empty = await report({ from: '2019-01-01', to: '2019-12-31' });
    expect(empty).toMatchObject({ recorded: 0, naikTotal: 0, turunTotal: 0, tetap: 0, naikPercent: 0, byKomunitas: [] });
  });

  it('agrees with periodOutcome over every UMKM for several periods', async () => {
    const live = [...Object.entries(id)].filter(([k]) => k !== 'U14');
    for (const [from, to] of [
      ['2022-01-01', '2022-12-31'],
      ['2023-01-01', '2023-12-31'],
      ['2023-06-01', '2024-06-01'],
      ['2024-03-01', '2024-11-01'],
      ['2025-01-01', todayIso()],
      ['2020-01-01', todayIso()],
    ] as const) {
      const expected = { naik: 0, turun: 0, tetap: 0, recorded: 0 };
      for (const [, umkmId] of live) {
        const o = periodOutcome((await ctx.progress.timeline(umkmId)).records, from, to);
        if (!o) continue;
        expected.recorded++;
        expected[o.kind]++;
      }
      const r = await report({ from, to });
      expect({ naik: r.naikTotal, turun: r.turunTotal, tetap: r.tetap, recorded: r.recorded }, `${from}..${to}`).toEqual(expected);
    }
  });

  it('refuses a reversed period, an unknown kecamatan, sector or community', async () => {
    const reversed = await dispatch('progress:report', { from: '2024-12-31', to: '2024-01-01' }, ctx.core, adminSession(ctx));
    expect(!reversed.ok && reversed.error.fields).toEqual({ to: messages.progressValidation.rangeReversed });
    const kec = await dispatch('progress:report', { ...YEAR_2024, kecamatan: 'Samarinda' }, ctx.core, adminSession(ctx));
    expect(!kec.ok && Object.keys(kec.error.fields ?? {})).toEqual(['kecamatan']);
    const sector = await dispatch('progress:report', { ...YEAR_2024, sector: 'tambang' }, ctx.core, adminSession(ctx));
    expect(!sector.ok && Object.keys(sector.error.fields ?? {})).toEqual(['sector']);
    const k = await dispatch('progress:report', { ...YEAR_2024, komunitasId: 999 }, ctx.core, adminSession(ctx));
    expect(!k.ok && k.error.fields).toEqual({ komunitasId: fill(messages.errors.notFound, { entity: messages.kemitraanEntity.komunitas, id: 999 }) });
  });
});

describe('progress:reportList: the UMKM behind each figure', () => {
  it('naik, turun and tetap list exactly the UMKM counted, by name, with both ends', async () => {
    const naik = await listOf({ period: YEAR_2024, outcome: 'naik' });
    expect(names(naik)).toEqual(['U01', 'U02', 'U03', 'U04', 'U13']);
    expect(naik.total).toBe(5);
    expect(naik.items.map((i) => [i.fromClass, i.toClass])).toEqual([
      ['mikro', 'kecil'],
      ['mikro', 'menengah'],
      ['kecil', 'menengah'],
      ['menengah', 'besar'],
      ['mikro', 'kecil'],
    ]);
    expect(naik.items[0]).toMatchObject({ id: id.U01, kecamatanName: 'Balikpapan Timur', class: 'kecil', lastRecordDate: '2024-06-01', sector: 'kuliner' });
    const turun = await listOf({ period: YEAR_2024, outcome: 'turun' });
    expect(names(turun)).toEqual(['U05', 'U06', 'U07', 'U08']);
    // U06's current class (kecil, from 2025) is not its class at the end of 2024 (mikro).
    expect(turun.items[1]).toMatchObject({ class: 'kecil', fromClass: 'menengah', toClass: 'mikro', lastRecordDate: '2025-02-01' });
    const tetap = await listOf({ period: YEAR_2024, outcome: 'tetap' });
    expect(names(tetap)).toEqual(['U09', 'U10', 'U15']);
    expect(tetap.items.map((i) => [i.fromClass, i.toClass])).toEqual([
      ['mikro', 'mikro'],
      ['mikro', 'mikro'],
      ['mikro', 'mikro'],
    ]);
    expect(tetap.total).toBe(3);
  });

  it('one transition, with the filters of the report', async () => {
    expect(names(await listOf({ period: YEAR_2024, outcome: 'naik', transition: 'mikro->kecil' }))).toEqual(['U01', 'U13']);
    expect(names(await listOf({ period: YEAR_2024, outcome: 'turun', transition: 'besar->menengah' }))).toEqual(['U08']);
    expect(names(await listOf({ period: YEAR_2024, outcome: 'naik', transition: 'kecil->besar' }))).toEqual([]);
    expect(names(await listOf({ period: { ...YEAR_2024, kecamatan: '64.71.05' }, outcome: 'turun' }))).toEqual(['U05', 'U06']);
    expect(names(await listOf({ period: { ...YEAR_2024, komunitasId: komunitas.K1 }, outcome: 'naik' }))).toEqual(['U01', 'U02']);
    expect(names(await listOf({ period: { ...YEAR_2024, sector: 'kuliner' }, outcome: 'tetap' }))).toEqual(['U09', 'U10', 'U15']);
    expect(names(await listOf({ period: { ...YEAR_2024, komunitasId: komunitas.K2 }, outcome: 'tetap' }))).toEqual(['U09']);
  });

  it('the sum of the lists is the report, for every figure and filter', async () => {
    for (const period of [YEAR_2024, { ...YEAR_2024, kecamatan: '64.71.06' }, { from: '2023-01-01', to: todayIso() }]) {
      const r = await report(period);
      expect((await listOf({ period, outcome: 'naik' })).total).toBe(r.naikTotal);
      expect((await listOf({ period, outcome: 'turun' })).total).toBe(r.turunTotal);
      expect((await listOf({ period, outcome: 'tetap' })).total).toBe(r.tetap);
      expect((await listOf({ period, outcome: 'tanpa_data' })).total).toBe(r.staleRecords);
      expect((await listOf({ period, outcome: 'menengah_pasar' })).total).toBe(r.menengahNeedMarket);
      for (const [key, n] of Object.entries(r.naik)) expect((await listOf({ period, outcome: 'naik', transition: key })).total, key).toBe(n);
      for (const [key, n] of Object.entries(r.turun)) expect((await listOf({ period, outcome: 'turun', transition: key })).total, key).toBe(n);
    }
  });

  it('tanpa_data: the data to collect, never recorded first, then oldest record first, paged', async () => {
    const all = await listOf({ period: YEAR_2024, outcome: 'tanpa_data', pageSize: 50 });
    // U16 (none), U11 2022-03-01, U05 2024-04-01, U04 2024-05-01, U01 2024-06-01, U03 2024-07-01, U08 2024-08-01,
    // U02 2024-09-01, U07 2024-10-01, U10 2024-11-01, U13 2024-12-01, U12 2025-01-15, U06 2025-02-01.
    expect(names(all)).toEqual(['U16', 'U11', 'U05', 'U04', 'U01', 'U03', 'U08', 'U02', 'U07', 'U10', 'U13', 'U12', 'U06']);
    expect(all.items[0]).toMatchObject({ lastRecordDate: null, fromClass: null, toClass: null });
    // Classes over the period for those recorded in it, none for the others.
    expect(all.items.find((i) => i.id === id.U02)).toMatchObject({ fromClass: 'mikro', toClass: 'menengah' });
    expect(all.items.find((i) => i.id === id.U11)).toMatchObject({ fromClass: null, toClass: null, lastRecordDate: '2022-03-01' });
    const page3 = await listOf({ period: YEAR_2024, outcome: 'tanpa_data', pageSize: 5, page: 3 });
    expect([names(page3), page3.total, page3.page, page3.pageSize]).toEqual([['U13', 'U12', 'U06'], 13, 3, 5]);
    const beyond = await listOf({ period: YEAR_2024, outcome: 'tanpa_data', pageSize: 5, page: 9 });
    expect([beyond.items, beyond.total]).toEqual([[], 13]);
  });

  it('menengah_pasar: active menengah UMKM still selling locally or regionally', async () => {
    const r = await listOf({ period: YEAR_2024, outcome: 'menengah_pasar' });
    expect(names(r)).toEqual(['U02', 'U08']);
    expect(r.items.map((i) => i.class)).toEqual(['menengah', 'menengah']);
  });

  it('pages the naik list and refuses a transition that does not fit the figure', async () => {
    const p1 = await listOf({ period: YEAR_2024, outcome: 'naik', pageSize: 2 });
    const p3 = await listOf({ period: YEAR_2024, outcome: 'naik', pageSize: 2, page: 3 });
    expect([names(p1), names(p3), p1.total, p3.total]).toEqual([['U01', 'U02'], ['U13'], 5, 5]);
    const empty = await listOf({ period: YEAR_2024, outcome: 'naik', pageSize: 2, page: 4 });
    expect([empty.items, empty.total]).toEqual([[], 5]);
    for (const [outcome, transition] of [
      ['naik', 'kecil->mikro'],
      ['turun', 'mikro->kecil'],
      ['naik', 'mikro'],
      ['naik', 'mikro->raksasa'],
    ] as const) {
      const r = await dispatch('progress:reportList', { period: YEAR_2024, outcome, transition }, ctx.core, adminSession(ctx));
      expect(!r.ok && r.error.fields, transition).toEqual({ transition: fill(messages.progressValidation.transitionInvalid, { transition, outcome }) });
    }
    const bad = await dispatch('progress:reportList', { period: YEAR_2024, outcome: 'semua' }, ctx.core, adminSession(ctx));
    expect(!bad.ok && Object.keys(bad.error.fields ?? {})).toEqual(['outcome']);
  });
});

describe('progress:overview on the fixture registry', () => {
  it('class per year from the earliest record to this year, moves per year, market reach', async () => {
    const o = value<ProgressOverview>(await dispatch('progress:overview', {}, ctx.core, adminSession(ctx)));
    const year = new Date().getFullYear();
    // 2022: U03 kecil, U11 kecil, U08 besar.
    // 2023: mikro U01 U02 U09 U10; kecil U03 U05 U11; menengah U04 U06 U07; besar U08.
    // 2024: mikro U05 U06 U09 U10 U15; kecil U01 U07 U11 U13; menengah U02 U03 U08; besar U04.
    // 2025 on: U06 kecil again, U12 mikro joins. U14 (deleted) and U16 (no record) never count.
    const y2025 = { mikro: 5, kecil: 5, menengah: 3, besar: 1 };
    expect(o.classByYear).toEqual([
      { year: 2022, mikro: 0, kecil: 2, menengah: 0, besar: 1 },
      { year: 2023, mikro: 4, kecil: 3, menengah: 3, besar: 1 },
      { year: 2024, mikro: 5, kecil: 4, menengah: 3, besar: 1 },
      ...Array.from({ length: year - 2024 }, (_, i) => ({ year: 2025 + i, ...y2025 })),
    ]);
    // 2024 up: U01 U02 U03 U04 U10 U13; down: U05 U06 U07 U08 U10. 2025 up: U06. (U14 deleted.)
    expect(o.movesByYear).toEqual([
      { year: 2024, naik: 6, turun: 5 },
      { year: 2025, naik: 1, turun: 0 },
    ]);
    // Active, not deleted: U01-U13 and U16 (U15 inactive).
    expect(o.marketReach).toEqual({ lokal: 10, regional: 2, nasional: 1, internasional: 1 });
  });
});
