import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Kemitraan, SeedDemoResult, Stats } from '../../shared/contract';
import { scoreCandidate } from '../../shared/domain/matchmaking';
import { MITRA_KINDS } from '../../shared/domain/partnership';
import { messages } from '../../shared/i18n';
import type { Scope } from '../../electron/core/scope';
import { dispatch } from '../../electron/core/dispatch/dispatch';
import { adminSession } from '../support/auth';
import { call } from '../support/call';
import { queryRows } from '../support/dbQuery';
import { tempContext } from '../support/tempDb';
import { addMitra } from '../support/partnerships';

let t: Awaited<ReturnType<typeof tempContext>>;
let ctx: Scope;

beforeEach(async () => {
  t = await tempContext();
  ctx = t.ctx;
});
afterEach(async () => {
  await t.cleanup();
});

async function seed(umkm?: number): Promise<SeedDemoResult> {
  const r = await dispatch('demo:seed', umkm === undefined ? {} : { umkm }, ctx.core, adminSession(ctx));
  if (!r.ok) throw new Error(r.error.message);
  return r.value as SeedDemoResult;
}

const allAgreements = async (): Promise<Kemitraan[]> => (await call(ctx, 'kemitraan:list', { pageSize: 500 })).items;

describe('seed-demo: the temu kemitraan of 23 May 2023', () => {
  it('reports what it loaded', async () => {
    expect(await seed()).toEqual({ umkm: 60, komunitas: 15, mitra: 20, kegiatan: 8, kemitraan: 20 });
  });

  it('15 communities of four or five UMKM, each in one kecamatan, covering the first 60 UMKM', async () => {
    await seed(200);
    const list = await call(ctx, 'komunitas:list', {});
    expect(list).toHaveLength(15);
    const first60 = new Set((await queryRows<{ id: number }>(ctx.db, `SELECT id FROM umkm ORDER BY id LIMIT 60`)).map((r) => r.id));
    const covered = new Set<number>();
    for (const item of list) {
      const c = await call(ctx, 'komunitas:get', { id: item.id });
      expect(c.members.length).toBeGreaterThanOrEqual(4);
      expect(c.members.length).toBeLessThanOrEqual(5);
      expect(item.memberCount).toBe(c.members.length);
      expect(c.kecamatan).not.toBeNull();
      expect(new Set(c.members.map((m) => m.kecamatan))).toEqual(new Set([c.kecamatan]));
      expect(c.leaderUmkmId).not.toBeNull();
      expect(c.members.map((m) => m.id)).toContain(c.leaderUmkmId);
      expect(c.leaderName).toBe(c.members.find((m) => m.id === c.leaderUmkmId)!.ownerName);
      for (const m of c.members) covered.add(m.id);
    }
    expect(covered).toEqual(first60);
    const names = list.map((c) => c.name);
    expect(names).toContain('Komunitas Amplang Manggar');
    expect(names).toContain('Kelompok Batik Sasirangan Klandasan');
    // Some UMKM belong to two communities.
    const memberships = list.reduce((s, c) => s + c.memberCount, 0);
    expect(memberships).toBeGreaterThan(60);
    // Every kecamatan has its communities.
    expect(new Set(list.map((c) => c.kecamatan)).size).toBe(6);
  });

  it('20 partners of the seven kinds, with interests, offers and target classes', async () => {
    await seed();
    const page = await call(ctx, 'mitra:list', { pageSize: 100 });
    expect(page.total).toBe(20);
    const partners = await Promise.all(page.items.map((m) => call(ctx, 'mitra:get', { id: m.id })));
    expect(new Set(partners.map((m) => m.kind))).toEqual(new Set(MITRA_KINDS.filter((k) => k !== 'lainnya')));
    expect(partners.map((m) => m.name)).toContain('Hotel Platinum Balikpapan');
    expect(new Set(partners.map((m) => m.name)).size).toBe(20);
    for (const m of partners) {
      expect(m.status).toBe('aktif');
      expect(m.interestSectors.length).toBeGreaterThan(0);
      expect(m.offers.length).toBeGreaterThan(0);
      expect(m.targetClasses.length).toBeGreaterThan(0);
      expect(m.phone).toMatch(/^\+62542\d{6}$/);
      expect(m.kecamatanName).toMatch(/^Balikpapan /);
    }
  });

  it('the meeting with every community and partner invited and attendance for each (most present)', async () => {
    await seed();
    const [item] = await call(ctx, 'kegiatan:list', { kind: 'temu_kemitraan' });
    const e = await call(ctx, 'kegiatan:get', { id: item!.id });
    expect(e).toMatchObject({
      name: 'Temu Kemitraan UMKM',
      theme: 'UMKM Berdaulat, Bangsa Berdaulat',
      date: '2023-05-23',
      venue: 'Ballroom Hotel Platinum Balikpapan',
      organizer: 'DKUMKMP Kota Balikpapan',
    });
    expect(e.komunitas).toHaveLength(15);
    expect(e.partners).toHaveLength(20);
    expect(e.umkm).toHaveLength(60);
    expect(e.umkm.every((u) => u.hadir !== null && u.komunitasNames.length >= 1)).toBe(true);
    expect(e.partners.every((p) => p.hadir !== null)).toBe(true);
    const f = e.figures;
    expect(f.umkmPresent).toBeGreaterThan(45);
    expect(f.umkmPresent).toBeLessThan(60);
    expect(f.partnersPresent).toBe(17);
    expect(e.partners.find((p) => p.name === 'Hotel Platinum Balikpapan')!.hadir).toBe(true);
    expect(f.agreementsProposed).toBe(16);
    expect(f.agreementsSigned).toBe((await allAgreements()).filter((k) => k.kegiatanId === e.id && (k.status === 'aktif' || k.status === 'selesai')).length);
    expect(item!.figures).toEqual(f);
  });

  it('agreements in each status, some from the meeting, some with a community, some due for review, with support values', async () => {
    await seed();
    const list = await allAgreements();
    expect(list).toHaveLength(20);
    const byStatus = (s: Kemitraan['status']) => list.filter((k) => k.status === s).length;
    expect([byStatus('diusulkan'), byStatus('aktif'), byStatus('selesai'), byStatus('dibatalkan')]).toEqual([6, 8, 3, 3]);
    expect(list.filter((k) => k.kegiatanId !== null)).toHaveLength(16);
    expect(list.filter((k) => k.komunitasId !== null).length).toBeGreaterThanOrEqual(3);
    expect(list.filter((k) => k.dueForReview).length).toBeGreaterThanOrEqual(2);
    expect(list.filter((k) => k.totalValue > 0).length).toBeGreaterThan(5);
    expect(new Set(list.map((k) => k.number)).size).toBe(20);
    for (const k of list) {
      expect(k.number).toMatch(new RegExp(`^KMT/${k.startDate.slice(0, 4)}/\\d{4}$`));
      expect(k.supports.length).toBeGreaterThan(0);
      if (k.status === 'aktif' || k.status === 'selesai') expect(k.signedAt).not.toBeNull();
      if (k.endDate) expect(k.endDate >= k.startDate).toBe(true);
    }
    // Agreements with a UMKM went to active UMKM; those from the meeting to UMKM that attended.
    const e = await call(ctx, 'kegiatan:get', { id: (await call(ctx, 'kegiatan:list', { kind: 'temu_kemitraan' }))[0]!.id });
    const present = new Set(e.umkm.filter((u) => u.hadir).map((u) => u.id));
    for (const k of list.filter((x) => x.umkmId !== null)) {
      expect((await call(ctx, 'umkm:get', { id: k.umkmId! })).status).toBe('aktif');
      if (k.kegiatanId !== null) expect(present.has(k.umkmId!)).toBe(true);
    }
  });

  it('stats counts communities, partners and agreements by status', async () => {
    await seed();
    const r = await dispatch('stats:summary', undefined, ctx.core, adminSession(ctx));
    const s = (r as { ok: true; value: Stats }).value;
    expect(Object.keys(s)).toEqual(['umkm', 'byClass', 'byKecamatan', 'komunitas', 'mitra', 'kemitraan']);
    expect([s.umkm, s.komunitas, s.mitra]).toEqual([60, 15, 20]);
    expect(s.kemitraan).toEqual({ diusulkan: 6, aktif: 8, selesai: 3, dibatalkan: 3 });
  });

  it('is deterministic: two databases get the same communities, partners, attendance and agreements', async () => {
    await seed();
    const snapshot = async (c: Scope) => ({
      komunitas: await Promise.all((await call(c, 'komunitas:list', {})).map(async (k) => [k.name, k.kecamatan, (await call(c, 'komunitas:get', { id: k.id })).members.map((m) => m.nik)])),
      mitra: (await call(c, 'mitra:list', { pageSize: 100 })).items.map((m) => [m.name, m.kind, m.phone, m.offers]),
      hadir: (await call(c, 'kegiatan:get', { id: 1 })).umkm.map((u) => [u.nik, u.hadir]),
      kemitraan: (await call(c, 'kemitraan:list', { pageSize: 100 })).items.map((k) => [k.number, k.partnerName, k.umkmName, k.komunitasName, k.status, k.totalValue]),
    });
    const other = await tempContext();
    try {
      await dispatch('demo:seed', {}, other.ctx.core, adminSession(other.ctx));
      expect(await snapshot(other.ctx)).toEqual(await snapshot(ctx));
    } finally {
      await other.cleanup();
    }
  });

  it('suggestions for every demo partner are exactly the rule applied to every candidate, ranked', async () => {
    await seed(300);
    const umkm = (await call(ctx, 'umkm:list', { pageSize: 500 })).items;
    const open = await queryRows<{ m: number; u: number }>(ctx.db, `SELECT mitra_id AS m, umkm_id AS u FROM kemitraan WHERE umkm_id IS NOT NULL AND status IN ('aktif', 'diusulkan') AND deleted_at IS NULL`);
    const reach = new Map((await queryRows<{ id: number; r: 'lokal' }>(ctx.db, `SELECT id, market_reach AS r FROM umkm`)).map((x) => [x.id, x.r]));
    for (const item of (await call(ctx, 'mitra:list', { pageSize: 100 })).items) {
      const p = await call(ctx, 'mitra:get', { id: item.id });
      const expected = umkm
        .filter((u) => u.status === 'aktif' && !open.some((o) => o.m === p.id && o.u === u.id))
        .map((u) => ({ u, ...scoreCandidate(p, { sector: u.sector, class: u.class, kecamatan: u.kecamatan, marketReach: reach.get(u.id)! }) }))
        .filter((x) => x.score > 0)
        .sort((a, b) => b.score - a.score || (a.u.businessName.toLowerCase() < b.u.businessName.toLowerCase() ? -1 : a.u.businessName.toLowerCase() > b.u.businessName.toLowerCase() ? 1 : a.u.id - b.u.id))
        .slice(0, 150)
        .map((x) => [x.u.id, x.score, x.reasons]);
      const got = (await call(ctx, 'mitra:suggest', { mitraId: p.id, limit: 150 })).map((s) => [s.umkm.id, s.score, s.reasons]);
      expect(got, p.name).toEqual(expected);
    }
  });

  it('with fewer than 60 UMKM loads the registry only', async () => {
    expect(await seed(12)).toEqual({ umkm: 12, komunitas: 0, mitra: 0, kegiatan: 0, kemitraan: 0 });
  });

  it('is refused into a database that already has partners', async () => {
    await addMitra(ctx);
    const r = await dispatch('demo:seed', {}, ctx.core, adminSession(ctx));
    expect(r).toEqual({ ok: false, error: { code: 'CONFLICT', message: messages.errors.demoNotEmpty } });
    expect((await call(ctx, 'kemitraan:list', {})).total).toBe(0);
  });
});
