import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Kegiatan, KegiatanFigures, Mitra } from '../../shared/contract';
import { fill, messages } from '../../shared/i18n';
import type { Scope } from '../../electron/core/scope';
import { dispatch } from '../../electron/core/dispatch/dispatch';
import { adminSession } from '../support/auth';
import { call } from '../support/call';
import { tempContext } from '../support/tempDb';
import { addMitra, addUmkm, agreementIn, count, thrown } from '../support/partnerships';

let t: Awaited<ReturnType<typeof tempContext>>;
let ctx: Scope;

beforeEach(async () => {
  t = await tempContext();
  ctx = t.ctx;
});
afterEach(async () => {
  await t.cleanup();
});

const MEETING = { name: 'Temu Kemitraan UMKM', theme: 'UMKM Berdaulat, Bangsa Berdaulat', date: '2023-05-23', venue: 'Ballroom Hotel Platinum Balikpapan', organizer: 'DKUMKMP Kota Balikpapan' };

describe('kegiatan: create, update, delete', () => {
  it('creates a meeting with its invitations; every invited partner starts unmarked', async () => {
    const a = await addUmkm(ctx);
    const c = await call(ctx, 'komunitas:create', { name: 'Komunitas Amplang Manggar', memberIds: [a.id] });
    const p = await addMitra(ctx);
    const e = await call(ctx, 'kegiatan:create', { ...MEETING, komunitasIds: [c.id, c.id], mitraIds: [p.id] });
    expect(e).toMatchObject({ ...MEETING, notes: null });
    expect(e.komunitas).toEqual([{ id: c.id, name: 'Komunitas Amplang Manggar', memberCount: 1 }]);
    expect(e.umkm.map((x) => [x.id, x.hadir, x.komunitasNames])).toEqual([[a.id, null, ['Komunitas Amplang Manggar']]]);
    expect(e.partners.map((x) => [x.id, x.hadir, x.activeAgreements])).toEqual([[p.id, null, 0]]);
    expect(await ctx.kegiatan.get(e.id)).toEqual(e);
  });

  it('refuses unknown communities and partners at their fields, and bad input in Indonesian', async () => {
    const err = await thrown(() => call(ctx, 'kegiatan:create', { ...MEETING, komunitasIds: [5], mitraIds: [6, 7] }));
    expect(err.fields).toEqual({ komunitasIds: 'Komunitas dengan ID 5 tidak ditemukan.', mitraIds: 'Mitra dengan ID 6, 7 tidak ditemukan.' });
    expect(await count(ctx, 'kegiatan')).toBe(0);
    const r = await dispatch('kegiatan:create', { ...MEETING, date: '23/05/2023', venue: '' }, ctx.core, adminSession(ctx));
    expect(!r.ok && r.error.fields).toEqual({ date: messages.validation.date, venue: fill(messages.validation.tooShort, { min: 2 }) });
  });

  it('update merges; new invitation lists keep the marks of partners that stay', async () => {
    const p1 = await addMitra(ctx, { name: 'Hotel A' });
    const p2 = await addMitra(ctx, { name: 'Hotel B' });
    const p3 = await addMitra(ctx, { name: 'Hotel C' });
    const c1 = await call(ctx, 'komunitas:create', { name: 'K1' });
    const c2 = await call(ctx, 'komunitas:create', { name: 'K2' });
    const e = await call(ctx, 'kegiatan:create', { ...MEETING, komunitasIds: [c1.id], mitraIds: [p1.id, p2.id] });
    await call(ctx, 'kegiatan:setAttendance', { id: e.id, partners: [{ mitraId: p1.id, hadir: true }, { mitraId: p2.id, hadir: false }] });
    const renamed = await call(ctx, 'kegiatan:update', { id: e.id, changes: { theme: '', venue: 'Hotel Platinum' } });
    expect([renamed.name, renamed.theme, renamed.venue, renamed.partners.length]).toEqual([MEETING.name, null, 'Hotel Platinum', 2]);
    const u = await call(ctx, 'kegiatan:update', { id: e.id, changes: { mitraIds: [p1.id, p3.id], komunitasIds: [c2.id] } });
    expect(u.partners.map((x) => [x.name, x.hadir])).toEqual([['Hotel A', true], ['Hotel C', null]]);
    expect(u.komunitas.map((x) => x.name)).toEqual(['K2']);
    expect((await thrown(() => call(ctx, 'kegiatan:update', { id: e.id, changes: { mitraIds: [99] } }))).fields).toEqual({ mitraIds: 'Mitra dengan ID 99 tidak ditemukan.' });
  });

  it('deleting a meeting keeps the agreements that came from it, with kegiatanId set to null', async () => {
    const a = await addUmkm(ctx);
    const p = await addMitra(ctx);
    const e = await call(ctx, 'kegiatan:create', { ...MEETING, mitraIds: [p.id] });
    const k = await call(ctx, 'kemitraan:propose', { mitraId: p.id, umkmId: a.id, kegiatanId: e.id });
    expect(k.kegiatanId).toBe(e.id);
    expect(await ctx.kegiatan.remove(e.id)).toEqual({ id: e.id });
    expect(await ctx.kemitraan.get(k.id)).toMatchObject({ id: k.id, number: k.number, kegiatanId: null, eventName: null, status: 'diusulkan' });
    expect((await call(ctx, 'kemitraan:list', {})).total).toBe(1);
    expect(await ctx.kegiatan.list()).toEqual([]);
    expect((await thrown(() => ctx.kegiatan.get(e.id))).message).toBe(`Kegiatan dengan ID ${e.id} tidak ditemukan.`);
  });
});

describe('kegiatan: attendance and figures', () => {
  // K1 = {u1, u2, u3}, K2 = {u3, u4} invited; K3 = {u5} not invited.
  // Marks: u1 hadir, u2 absent, u3 absent, u5 hadir (walks in), u4 unmarked.
  // Partners p1 hadir, p2 absent, p3 unmarked, p4 not invited but marked hadir.
  // Agreements from the meeting: diusulkan, aktif, selesai, dibatalkan; one more not from it.
  let e: Kegiatan;
  let ids: Record<string, number>;

  beforeEach(async () => {
    const u1 = await addUmkm(ctx, { businessName: 'A Amplang' });
    const u2 = await addUmkm(ctx, { businessName: 'B Batik' });
    const u3 = await addUmkm(ctx, { businessName: 'C Cookies' });
    const u4 = await addUmkm(ctx, { businessName: 'D Dodol' });
    const u5 = await addUmkm(ctx, { businessName: 'E Empek' });
    const u6 = await addUmkm(ctx, { businessName: 'F Frozen' }); // in K1, later moved out of the registry
    const k1 = await call(ctx, 'komunitas:create', { name: 'Komunitas Satu', memberIds: [u1.id, u2.id, u3.id, u6.id] });
    const k2 = await call(ctx, 'komunitas:create', { name: 'Kelompok Dua', memberIds: [u3.id, u4.id] });
    await call(ctx, 'komunitas:create', { name: 'Komunitas Tiga', memberIds: [u5.id] });
    const partners: Mitra[] = [];
    for (const name of ['Hotel A', 'Hotel B', 'Hotel C', 'Hotel D']) partners.push(await addMitra(ctx, { name }));
    const [p1, p2, p3, p4] = partners;
    e = await call(ctx, 'kegiatan:create', { ...MEETING, komunitasIds: [k1.id, k2.id], mitraIds: [p1!.id, p2!.id, p3!.id] });
    e = await call(ctx, 'kegiatan:setAttendance', {
      id: e.id,
      umkm: [
        { umkmId: u1.id, hadir: true },
        { umkmId: u2.id, hadir: true },
        { umkmId: u3.id, hadir: false },
        { umkmId: u5.id, hadir: true },
      ],
      partners: [
        { mitraId: p1!.id, hadir: true },
        { mitraId: p2!.id, hadir: false },
        { mitraId: p4!.id, hadir: true },
      ],
    });
    // A second mark overwrites the first.
    e = await call(ctx, 'kegiatan:setAttendance', { id: e.id, umkm: [{ umkmId: u2.id, hadir: false }] });
    await ctx.umkm.remove(u6.id);
    await agreementIn(ctx, 'diusulkan', p1!.id, { umkmId: u1.id }, { kegiatanId: e.id });
    await agreementIn(ctx, 'aktif', p4!.id, { umkmId: u5.id }, { kegiatanId: e.id });
    await agreementIn(ctx, 'selesai', p1!.id, { komunitasId: k1.id }, { kegiatanId: e.id });
    await agreementIn(ctx, 'dibatalkan', p2!.id, { umkmId: u2.id }, { kegiatanId: e.id });
    await agreementIn(ctx, 'aktif', p3!.id, { umkmId: u4.id });
    ids = { u1: u1.id, u2: u2.id, u3: u3.id, u4: u4.id, u5: u5.id, k1: k1.id, k2: k2.id, p1: p1!.id, p2: p2!.id, p3: p3!.id, p4: p4!.id };
  });

  const FIGURES: KegiatanFigures = {
    komunitasInvited: 2,
    komunitasPresent: 1, // K1 through u1; K2's u3 absent and u4 unmarked
    umkmExpected: 5, // u1..u4 from the communities, u5 marked directly; u6 left the registry
    umkmPresent: 2, // u1, u5
    partnersInvited: 4, // p1..p3 and p4 by its mark
    partnersPresent: 2, // p1, p4
    agreementsProposed: 4,
    agreementsSigned: 2, // aktif and selesai
  };

  it('get lists communities, expected and marked UMKM with their communities, partners with their marks', async () => {
    const g = await ctx.kegiatan.get(e.id);
    expect(g.komunitas).toEqual([
      { id: ids.k2, name: 'Kelompok Dua', memberCount: 2 },
      { id: ids.k1, name: 'Komunitas Satu', memberCount: 3 },
    ]);
    expect(g.umkm.map((x) => [x.businessName, x.hadir, x.komunitasNames])).toEqual([
      ['A Amplang', true, ['Komunitas Satu']],
      ['B Batik', false, ['Komunitas Satu']],
      ['C Cookies', false, ['Kelompok Dua', 'Komunitas Satu']],
      ['D Dodol', null, ['Kelompok Dua']],
      ['E Empek', true, []],
    ]);
    expect(g.partners.map((x) => [x.name, x.hadir, x.activeAgreements])).toEqual([
      ['Hotel A', true, 0],
      ['Hotel B', false, 0],
      ['Hotel C', null, 1],
      ['Hotel D', true, 1],
    ]);
    expect(g.figures).toEqual(FIGURES);
  });

  it('list carries the same figures', async () => {
    const r = await dispatch('kegiatan:list', undefined, ctx.core, adminSession(ctx));
    // Issue 15: the meeting is one kind of activity; its participants are the UMKM expected and present.
    const meeting = { id: e.id, kind: 'temu_kemitraan', name: MEETING.name, theme: MEETING.theme, date: MEETING.date, endDate: null, venue: MEETING.venue, quota: null, fundSource: null, budget: null };
    expect(r).toEqual({ ok: true, value: [{ ...meeting, figures: FIGURES, participants: FIGURES.umkmExpected, participantsPresent: FIGURES.umkmPresent }] });
  });

  it('refuses marks for unknown UMKM or partners at their fields, marking none of the batch', async () => {
    const err = await thrown(() => call(ctx, 'kegiatan:setAttendance', { id: e.id, umkm: [{ umkmId: ids.u4!, hadir: true }, { umkmId: 999, hadir: true }], partners: [{ mitraId: 888, hadir: true }] }));
    expect(err.fields).toEqual({ umkm: 'UMKM dengan ID 999 tidak ditemukan.', partners: 'Mitra dengan ID 888 tidak ditemukan.' });
    expect((await ctx.kegiatan.get(e.id)).figures).toEqual(FIGURES);
    expect((await thrown(() => call(ctx, 'kegiatan:setAttendance', { id: 404 }))).code).toBe('NOT_FOUND');
  });

  it('removing a member from an invited community takes it off the expected list but keeps its own mark', async () => {
    await call(ctx, 'komunitas:removeMembers', { id: ids.k2!, umkmIds: [ids.u4!, ids.u3!] });
    const g = await ctx.kegiatan.get(e.id);
    expect(g.umkm.map((x) => x.businessName)).toEqual(['A Amplang', 'B Batik', 'C Cookies', 'E Empek']);
    expect(g.figures).toMatchObject({ umkmExpected: 4, umkmPresent: 2, komunitasPresent: 1 });
  });
});
