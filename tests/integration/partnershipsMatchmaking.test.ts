import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Kemitraan, Mitra, Suggestion, Umkm } from '../../shared/contract';
import type { MatchReason } from '../../shared/domain/matchmaking';
import { todayIso } from '../../shared/format/date';
import { fill, messages } from '../../shared/i18n';
import type { Scope } from '../../electron/core/scope';
import { dispatch } from '../../electron/core/dispatch/dispatch';
import { adminSession } from '../support/auth';
import { call } from '../support/call';
import { tempContext } from '../support/tempDb';
import { addMitra, addUmkm, agreementIn, count, thrown } from '../support/partnerships';

let t: Awaited<ReturnType<typeof tempContext>>;
let ctx: Scope;
const k = messages.kemitraanValidation;

afterEach(async () => {
  await t.cleanup();
});

const SELATAN = { kecamatan: '64.71.05', kelurahan: '64.71.05.1002' };
const KOTA = { kecamatan: '64.71.06', kelurahan: '64.71.06.1003' };

// The partner: wants kuliner and kriya, offers pembinaan (fits mikro) and permodalan (fits kecil
// and menengah), sits in Balikpapan Selatan, targets kecil. Weights: sector 3, support 2,
// class 2, kecamatan 1.
let p: Mitra;
let u: Record<string, Umkm>;

beforeEach(async () => {
  t = await tempContext();
  ctx = t.ctx;
  p = await addMitra(ctx, { name: 'Hotel Sepinggan', kind: 'hotel', kecamatan: 'Selatan', interestSectors: ['kuliner', 'kriya'], offers: ['pembinaan', 'permodalan'], targetClasses: ['kecil'] });
  const other = await addMitra(ctx, { name: 'Bank Lain', kind: 'bank' });
  const add = (businessName: string, sector: string, annualSales: number, where: Record<string, string>, extra: Record<string, unknown> = {}) =>
    addUmkm(ctx, { businessName, sector, annualSales, ...where, ...extra });
  u = {
    A: await add('Amplang Sepinggan', 'kuliner', 300_000_000, SELATAN), // mikro: 3 + 2 (pembinaan) + 0 + 1 = 6
    B: await add('Kriya Rotan Klandasan', 'kriya', 5_000_000_000, KOTA), // kecil: 3 + 2 (permodalan) + 2 + 0 = 7
    C: await add('Jasa Servis Sepinggan', 'jasa', 20_000_000_000, SELATAN), // menengah: 0 + 2 (permodalan) + 0 + 1 = 3
    G: await add('Batik Gunung Bahagia', 'fesyen', 500_000_000, { kecamatan: '64.71.05', kelurahan: '64.71.05.1006' }), // mikro: 0 + 2 + 0 + 1 = 3
    D: await add('Depot Besar', 'jasa', 60_000_000_000, KOTA), // besar: 0, never suggested
    E: await add('Es Kelapa Tutup', 'kuliner', 5_000_000_000, SELATAN, { status: 'tidak_aktif' }), // inactive
    F: await add('Frozen Food Sepinggan', 'kuliner', 5_000_000_000, SELATAN), // proposed with p
    F2: await add('Fillet Ikan Sepinggan', 'kuliner', 5_000_000_000, SELATAN), // active with p
    H: await add('Hidangan Laut Sepinggan', 'kuliner', 5_000_000_000, SELATAN), // 8; active with another partner only
    I: await add('Ikan Asap Sepinggan', 'kuliner', 5_000_000_000, SELATAN), // 8; finished with p
    J: await add('Jamu Gendong Sepinggan', 'kuliner', 5_000_000_000, SELATAN), // deleted
    K: await add('Kue Bingka Sepinggan', 'kuliner', 300_000_000, SELATAN), // 6; in a community partnered with p
  };
  await agreementIn(ctx, 'diusulkan', p.id, { umkmId: u.F!.id });
  await agreementIn(ctx, 'aktif', p.id, { umkmId: u.F2!.id });
  await agreementIn(ctx, 'aktif', other.id, { umkmId: u.H!.id });
  await agreementIn(ctx, 'selesai', p.id, { umkmId: u.I!.id });
  await agreementIn(ctx, 'dibatalkan', p.id, { umkmId: u.K!.id });
  const kom = await call(ctx, 'komunitas:create', { name: 'Komunitas Kue Sepinggan', memberIds: [u.K!.id] });
  await agreementIn(ctx, 'aktif', p.id, { komunitasId: kom.id });
  await ctx.umkm.remove(u.J!.id);
});

const sector = (s: string): MatchReason => ({ kind: 'sector', sector: s } as MatchReason);
const support = (s: string): MatchReason => ({ kind: 'support', support: s } as MatchReason);
const klass = (c: string): MatchReason => ({ kind: 'class', class: c } as MatchReason);
const KEC: MatchReason = { kind: 'kecamatan' };
const ranked = (list: Suggestion[]) => list.map((s) => [s.umkm.businessName, s.score, s.reasons]);

describe('mitra:suggest', () => {
  it('ranks active UMKM without an open agreement with the partner by score, then name, with the reasons', async () => {
    expect(ranked(await call(ctx, 'mitra:suggest', { mitraId: p.id }))).toEqual([
      ['Hidangan Laut Sepinggan', 8, [sector('kuliner'), support('permodalan'), klass('kecil'), KEC]],
      ['Ikan Asap Sepinggan', 8, [sector('kuliner'), support('permodalan'), klass('kecil'), KEC]],
      ['Kriya Rotan Klandasan', 7, [sector('kriya'), support('permodalan'), klass('kecil')]],
      ['Amplang Sepinggan', 6, [sector('kuliner'), support('pembinaan'), KEC]],
      ['Kue Bingka Sepinggan', 6, [sector('kuliner'), support('pembinaan'), KEC]],
      ['Batik Gunung Bahagia', 3, [support('pembinaan'), KEC]],
      ['Jasa Servis Sepinggan', 3, [support('permodalan'), KEC]],
    ]);
  });

  it('returns UmkmListItem rows and honours the limit', async () => {
    const top = await call(ctx, 'mitra:suggest', { mitraId: p.id, limit: 3 });
    expect(top.map((s) => s.umkm.businessName)).toEqual(['Hidangan Laut Sepinggan', 'Ikan Asap Sepinggan', 'Kriya Rotan Klandasan']);
    expect(top[2]!.umkm).toMatchObject({ id: u.B!.id, class: 'kecil', kecamatanName: 'Balikpapan Kota', sector: 'kriya', status: 'aktif' });
    const r = await dispatch('mitra:suggest', { mitraId: String(p.id), limit: 1 }, ctx.core, adminSession(ctx));
    expect(r.ok && (r.value as Suggestion[]).map((s) => s.umkm.id)).toEqual([u.H!.id]);
    const bad = await dispatch('mitra:suggest', { mitraId: p.id, limit: 0 }, ctx.core, adminSession(ctx));
    expect(!bad.ok && bad.error.fields).toEqual({ limit: fill(messages.validation.numberTooSmall, { min: 1 }) });
  });

  it('with kegiatanId and no attendance yet: the members of the invited communities', async () => {
    const kom = await call(ctx, 'komunitas:create', { name: 'Komunitas Undangan', memberIds: [u.A!.id, u.B!.id, u.C!.id, u.D!.id, u.F!.id] });
    await call(ctx, 'komunitas:create', { name: 'Komunitas Tak Diundang', memberIds: [u.G!.id] });
    const e = await call(ctx, 'kegiatan:create', { name: 'Temu Kemitraan UMKM', date: '2023-05-23', venue: 'Ballroom Hotel Platinum Balikpapan', komunitasIds: [kom.id], mitraIds: [p.id] });
    expect(ranked(await call(ctx, 'mitra:suggest', { mitraId: p.id, kegiatanId: e.id }))).toEqual([
      ['Kriya Rotan Klandasan', 7, [sector('kriya'), support('permodalan'), klass('kecil')]],
      ['Amplang Sepinggan', 6, [sector('kuliner'), support('pembinaan'), KEC]],
      ['Jasa Servis Sepinggan', 3, [support('permodalan'), KEC]],
    ]);
  });

  it('with kegiatanId and attendance marked: only those present (a walk-in included, absentees not)', async () => {
    const kom = await call(ctx, 'komunitas:create', { name: 'Komunitas Undangan', memberIds: [u.A!.id, u.B!.id, u.C!.id] });
    const e = await call(ctx, 'kegiatan:create', { name: 'Temu Kemitraan UMKM', date: '2023-05-23', venue: 'Ballroom Hotel Platinum Balikpapan', komunitasIds: [kom.id] });
    await call(ctx, 'kegiatan:setAttendance', { id: e.id, umkm: [{ umkmId: u.A!.id, hadir: true }, { umkmId: u.B!.id, hadir: false }, { umkmId: u.G!.id, hadir: true }] });
    expect(ranked(await call(ctx, 'mitra:suggest', { mitraId: p.id, kegiatanId: e.id }))).toEqual([
      ['Amplang Sepinggan', 6, [sector('kuliner'), support('pembinaan'), KEC]],
      ['Batik Gunung Bahagia', 3, [support('pembinaan'), KEC]],
    ]);
  });

  it('refuses an inactive partner (mitraId) and an unknown meeting (kegiatanId); an unknown partner is NOT_FOUND', async () => {
    const off = await addMitra(ctx, { name: 'Hotel Tutup', status: 'tidak_aktif' });
    expect((await thrown(() => call(ctx, 'mitra:suggest', { mitraId: off.id }))).fields).toEqual({ mitraId: fill(k.partnerInactive, { name: 'Hotel Tutup' }) });
    expect((await thrown(() => call(ctx, 'mitra:suggest', { mitraId: p.id, kegiatanId: 99 }))).fields).toEqual({ kegiatanId: 'Kegiatan dengan ID 99 tidak ditemukan.' });
    expect((await thrown(() => call(ctx, 'mitra:suggest', { mitraId: 999 }))).message).toBe('Mitra dengan ID 999 tidak ditemukan.');
  });

  it('a partner with no sectors, offers, kecamatan or classes gets no suggestion', async () => {
    const blank = await addMitra(ctx, { name: 'Mitra Kosong', kecamatan: '', interestSectors: [], offers: [], targetClasses: [] });
    expect(await call(ctx, 'mitra:suggest', { mitraId: blank.id })).toEqual([]);
  });
});

describe('kemitraan:propose', () => {
  it('turns a suggestion into a diusulkan agreement in one step: default pattern, one support per offer, the meeting date', async () => {
    const e = await call(ctx, 'kegiatan:create', { name: 'Temu Kemitraan UMKM', date: '2023-05-23', venue: 'Ballroom Hotel Platinum Balikpapan' });
    const before = await count(ctx, 'kemitraan');
    const a = await call(ctx, 'kemitraan:propose', { mitraId: p.id, umkmId: u.A!.id, kegiatanId: e.id });
    expect(await count(ctx, 'kemitraan')).toBe(before + 1);
    expect(a).toMatchObject({
      number: 'KMT/2023/0007', // six agreements of the fixture start in 2023
      mitraId: p.id,
      umkmId: u.A!.id,
      umkmName: 'Amplang Sepinggan',
      status: 'diusulkan',
      pattern: 'rantai_pasok', // DEFAULT_PATTERN.hotel
      startDate: '2023-05-23',
      endDate: null,
      signedAt: null,
      kegiatanId: e.id,
      eventName: 'Temu Kemitraan UMKM',
      totalValue: 0,
    } satisfies Partial<Kemitraan>);
    expect(a.supports.map((s) => [s.kind, s.description, s.value])).toEqual([
      ['pembinaan', 'Pembinaan dari Hotel Sepinggan', null],
      ['permodalan', 'Permodalan dari Hotel Sepinggan', null],
    ]);
    // The pair is no longer suggested.
    expect((await call(ctx, 'mitra:suggest', { mitraId: p.id })).map((s) => s.umkm.id)).not.toContain(u.A!.id);
  });

  it('starts today without a meeting; a given pattern and start date are kept; a bank proposes bagi hasil', async () => {
    const today = await call(ctx, 'kemitraan:propose', { mitraId: p.id, umkmId: u.A!.id });
    expect([today.startDate, today.kegiatanId, today.number.slice(0, 9)]).toEqual([todayIso(), null, `KMT/${todayIso().slice(0, 4)}/`]);
    const given = await call(ctx, 'kemitraan:propose', { mitraId: p.id, umkmId: u.B!.id, pattern: 'subkontrak', startDate: '2024-02-01' });
    expect([given.pattern, given.startDate, given.number]).toEqual(['subkontrak', '2024-02-01', 'KMT/2024/0001']);
    const bank = await addMitra(ctx, { name: 'Bank Benua Etam', kind: 'bank', offers: [] });
    const b = await call(ctx, 'kemitraan:propose', { mitraId: bank.id, umkmId: u.C!.id });
    expect(b.pattern).toBe('bagi_hasil');
    expect(b.supports.map((s) => [s.kind, s.description])).toEqual([['lainnya', 'Dukungan dari Bank Benua Etam']]);
  });

  it('is refused (CONFLICT) while the UMKM has a proposed or active agreement with the partner, allowed again once it ended', async () => {
    const first = await call(ctx, 'kemitraan:propose', { mitraId: p.id, umkmId: u.A!.id });
    let err = await thrown(() => call(ctx, 'kemitraan:propose', { mitraId: p.id, umkmId: u.A!.id }));
    expect([err.code, err.fields]).toEqual(['CONFLICT', { umkmId: fill(k.alreadyProposed, { number: first.number }) }]);
    err = await thrown(() => call(ctx, 'kemitraan:propose', { mitraId: p.id, umkmId: u.F2!.id }));
    expect([err.code, err.message, err.fields]).toEqual(['CONFLICT', k.alreadyActive, { umkmId: k.alreadyActive }]);
    // Finished (I) and cancelled (K) agreements do not block.
    expect((await call(ctx, 'kemitraan:propose', { mitraId: p.id, umkmId: u.I!.id })).status).toBe('diusulkan');
    expect((await call(ctx, 'kemitraan:propose', { mitraId: p.id, umkmId: u.K!.id })).status).toBe('diusulkan');
  });

  it('refuses an inactive UMKM, an inactive partner and an unknown meeting, each at its field', async () => {
    const before = await count(ctx, 'kemitraan');
    expect((await thrown(() => call(ctx, 'kemitraan:propose', { mitraId: p.id, umkmId: u.E!.id }))).fields).toEqual({ umkmId: fill(k.umkmInactive, { name: 'Es Kelapa Tutup' }) });
    expect((await thrown(() => call(ctx, 'kemitraan:propose', { mitraId: p.id, umkmId: u.J!.id }))).fields).toEqual({ umkmId: `UMKM dengan ID ${u.J!.id} tidak ditemukan.` });
    const off = await addMitra(ctx, { name: 'Hotel Tutup', status: 'tidak_aktif' });
    expect((await thrown(() => call(ctx, 'kemitraan:propose', { mitraId: off.id, umkmId: u.A!.id }))).fields).toEqual({ mitraId: fill(k.partnerInactive, { name: 'Hotel Tutup' }) });
    expect((await thrown(() => call(ctx, 'kemitraan:propose', { mitraId: p.id, umkmId: u.A!.id, kegiatanId: 77 }))).fields).toEqual({ kegiatanId: 'Kegiatan dengan ID 77 tidak ditemukan.' });
    expect(await count(ctx, 'kemitraan')).toBe(before);
  });

  it('works through the handler table, then activates like any agreement', async () => {
    const r = await dispatch('kemitraan:propose', { mitraId: p.id, umkmId: u.B!.id }, ctx.core, adminSession(ctx));
    expect(r.ok).toBe(true);
    const a = (r as { ok: true; value: Kemitraan }).value;
    const act = await dispatch('kemitraan:setStatus', { id: a.id, status: 'aktif', signedAt: todayIso() }, ctx.core, adminSession(ctx));
    expect(act.ok && (act.value as Kemitraan).status).toBe('aktif');
    expect((await call(ctx, 'mitra:list', { search: 'Sepinggan' })).items[0]).toMatchObject({ activeAgreements: 3, fosteredUmkm: 3 }); // F2, K via the community, B
  });
});
