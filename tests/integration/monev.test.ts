// Monitoring of partnerships (issue 15) on a real database (SQLite, or PostgreSQL with
// KEMITRAAN_TEST_ENGINE=postgres): visits with products through their channels, the review cadence
// of an agreement, the due list's rule and order, the outcome asked at closing, roles, audit and
// the recycle bin.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MonevVisitInput } from '../../shared/contract';
import { addDays, addMonths } from '../../shared/domain/monev';
import { formatDate, todayIso } from '../../shared/format/date';
import { fill, messages } from '../../shared/i18n';
import type { Scope } from '../../electron/core/scope';
import { dispatch } from '../../electron/core/dispatch/dispatch';
import { dueCutoff } from '../../electron/core/services/monev/monevService';
import { sessionAs } from '../support/auth';
import { call } from '../support/call';
import { countRows, queryRows } from '../support/dbQuery';
import { tempContext } from '../support/tempDb';
import { addAgreement, addMitra, addUmkm, agreementIn, thrown } from '../support/partnerships';

let t: Awaited<ReturnType<typeof tempContext>>;
let ctx: Scope;
beforeEach(async () => {
  t = await tempContext();
  ctx = t.ctx;
});
afterEach(async () => {
  await t.cleanup();
});

const mv = messages.monevValidation;
const today = todayIso();

function visit(kemitraanId: number, overrides: Partial<MonevVisitInput> = {}): MonevVisitInput {
  return {
    kemitraanId,
    date: addDays(today, -3),
    officer: 'Rina Kartika',
    method: 'kunjungan_lapangan',
    nextStep: 'Tambah stok sebelum akhir bulan',
    products: [
      { product: 'Amplang kepiting 250 g', outlet: 'Lobi hotel', since: '2023-07-01', price: '35.000', sales: 'laku', stockOut: true, feedback: 'Tamu suka' },
      { product: 'Kerupuk ikan 200 g', sales: 'kurang_laku' },
    ],
    ...overrides,
  };
}

/** An active agreement starting on `start` (signed the day before), with a cadence of `reviewMonths`. */
async function active(start: string, reviewMonths: 3 | 6 | null = 6, partner?: number) {
  const u = await addUmkm(ctx, { businessName: `Usaha ${start}` });
  const p = partner ?? (await addMitra(ctx, { name: `Mitra ${start}` })).id;
  const k = await addAgreement(ctx, p, { umkmId: u.id }, { startDate: start, reviewMonths });
  return call(ctx, 'kemitraan:setStatus', { id: k.id, status: 'aktif', signedAt: addDays(start, -1) });
}

describe('monev: visits', () => {
  it('records a visit with its products, lists it, edits it (products replaced) and deletes it to the recycle bin', async () => {
    const k = await active('2023-06-01');
    const v = await call(ctx, 'monev:create', visit(k.id));
    expect(v).toMatchObject({ kemitraanId: k.id, kemitraanNumber: k.number, partnerName: k.partnerName, partyName: k.umkmName, officer: 'Rina Kartika', method: 'kunjungan_lapangan', version: 1 });
    expect(v.products.map((p) => [p.product, p.outlet, p.since, p.price, p.sales, p.stockOut, p.feedback])).toEqual([
      ['Amplang kepiting 250 g', 'Lobi hotel', '2023-07-01', 35_000, 'laku', true, 'Tamu suka'],
      ['Kerupuk ikan 200 g', null, null, null, 'kurang_laku', false, null],
    ]);
    expect((await call(ctx, 'monev:list', { kemitraanId: k.id })).items.map((x) => x.id)).toEqual([v.id]);

    const edited = await call(ctx, 'monev:update', { id: v.id, version: 1, changes: { method: 'telepon', products: [{ product: 'Amplang kepiting 250 g', sales: 'tidak_laku' }] } });
    expect(edited).toMatchObject({ method: 'telepon', version: 2, officer: 'Rina Kartika' });
    expect(edited.products.map((p) => [p.product, p.sales])).toEqual([['Amplang kepiting 250 g', 'tidak_laku']]);
    expect(await countRows(t.core.db, 'monev_produk')).toBe(1);
    // A save on the version the form opened, after another change: refused, nothing written.
    const stale = await thrown(() => call(ctx, 'monev:update', { id: v.id, version: 1, changes: { officer: 'Budi' } }));
    expect(stale.code).toBe('EDIT_CONFLICT');

    await call(ctx, 'monev:delete', { id: v.id, version: 2 });
    expect((await call(ctx, 'monev:list', { kemitraanId: k.id })).total).toBe(0);
    const bin = await call(ctx, 'trash:list', { kind: 'monev_kunjungan' });
    expect(bin.items.map((i) => [i.id, i.name, i.detail])).toEqual([[v.id, formatDate(v.date), 'Rina Kartika']]);
    await call(ctx, 'trash:restore', { kind: 'monev_kunjungan', id: v.id });
    expect((await call(ctx, 'monev:get', { id: v.id })).products).toHaveLength(1);

    // The trail names the visit by its day and agreement; each product's change is in it.
    const trail = await call(ctx, 'audit:entity', { entity: 'monev_kunjungan', id: v.id });
    expect(trail.map((a) => a.action)).toEqual(['restore', 'delete', 'update', 'create']);
    expect(trail[0]!.recordName).toBe(`${formatDate(v.date)} · ${k.number}`);
    expect(Object.keys(trail[2]!.changes).sort()).toEqual(['method', 'products']);
  });

  it('refuses a visit to an agreement not active, before its start, in the future, or with a product placed after the visit', async () => {
    const u = await addUmkm(ctx);
    const p = await addMitra(ctx);
    const proposed = await addAgreement(ctx, p.id, { umkmId: u.id });
    const e1 = await thrown(() => call(ctx, 'monev:create', visit(proposed.id)));
    expect(e1.fields?.kemitraanId).toBe(fill(mv.notActive, { number: proposed.number, status: messages.kemitraanEnums.status.diusulkan }));
    const k = await active('2023-06-01', 6, p.id);
    expect((await thrown(() => call(ctx, 'monev:create', visit(k.id, { date: '2023-05-31', products: [] })))).fields?.date).toBe(fill(mv.dateBeforeStart, { start: '01/06/2023' }));
    expect((await thrown(() => call(ctx, 'monev:create', visit(k.id, { date: addDays(today, 1), products: [] })))).fields?.date).toBe(mv.dateInFuture);
    const late = await thrown(() => call(ctx, 'monev:create', visit(k.id, { date: '2023-08-01', products: [{ product: 'Amplang', since: '2023-08-02', sales: 'laku' }] })));
    expect(late.fields?.['products.0.since']).toBe(mv.sinceAfterVisit);
    expect((await thrown(() => call(ctx, 'monev:create', visit(k.id, { method: 'surat' as never })))).code).toBe('VALIDATION');
    expect(await countRows(t.core.db, 'monev_kunjungan')).toBe(0);
    expect(await countRows(t.core.db, 'monev_produk')).toBe(0);
  });

  it('lets the viewer role read but not write', async () => {
    const k = await active('2023-06-01');
    const viewer = sessionAs(ctx, 'pimpinan');
    const refused = await dispatch('monev:create', visit(k.id), t.core, viewer);
    expect(refused.ok ? null : refused.error.code).toBe('FORBIDDEN');
    const read = await dispatch('monev:due', {}, t.core, viewer);
    expect(read.ok).toBe(true);
  });
});

describe('monev: review cadence and the due list', () => {
  it('a new agreement reviews every 6 months unless told 3 or none; the cadence is edited like any field', async () => {
    const u = await addUmkm(ctx);
    const p = await addMitra(ctx);
    expect((await addAgreement(ctx, p.id, { umkmId: u.id })).reviewMonths).toBe(6);
    expect((await addAgreement(ctx, p.id, { umkmId: u.id }, { reviewMonths: 3 })).reviewMonths).toBe(3);
    const none = await addAgreement(ctx, p.id, { umkmId: u.id }, { reviewMonths: null });
    expect(none.reviewMonths).toBeNull();
    expect((await call(ctx, 'kemitraan:update', { id: none.id, changes: { notes: 'x' } })).reviewMonths).toBeNull();
    expect((await call(ctx, 'kemitraan:update', { id: none.id, changes: { reviewMonths: 3 } })).reviewMonths).toBe(3);
    const bad = await thrown(() => call(ctx, 'kemitraan:update', { id: none.id, changes: { reviewMonths: 4 as never } }));
    expect(bad.fields?.reviewMonths).toBe(mv.reviewMonths);
  });

  it('lists active agreements whose review is past or within 14 days, overdue first, counted from the last visit or the signing day', async () => {
    // Review day = signing + 6 months (no visits yet).
    const overdueLong = await active(addMonths(addDays(today, -40), -6)); // 40 days late
    const overdueShort = await active(addMonths(addDays(today, -2), -6)); // 2 days late
    const dueSoon = await active(addMonths(addDays(today, 10), -6)); // in 10 days
    const notYet = await active(addMonths(addDays(today, 20), -6)); // in 20 days: not listed
    const threeMonthly = await active(addMonths(addDays(today, -5), -3), 3); // 5 days late on a 3-month cadence
    const noReview = await active(addMonths(today, -12), null); // no cadence: never listed
    // A visit moves the review: 6 months after the visit, far away.
    const visited = await active(addMonths(today, -12));
    await call(ctx, 'monev:create', visit(visited.id, { date: addDays(today, -1) }));
    // Closed agreements are not reviewed.
    const u = await addUmkm(ctx);
    const closed = await agreementIn(ctx, 'selesai', overdueLong.mitraId, { umkmId: u.id }, { startDate: '2022-01-01', signedAt: '2022-01-01' });

    const due = await call(ctx, 'monev:due', {});
    expect(due.items.map((d) => d.kemitraanId)).toEqual([overdueLong.id, threeMonthly.id, overdueShort.id, dueSoon.id]);
    expect(due.items.map((d) => d.daysLate)).toEqual([40, 5, 2, -10]);
    expect(due.total).toBe(4);
    expect(due.overdue).toBe(3);
    expect(due.items[0]).toMatchObject({ number: overdueLong.number, partnerName: overdueLong.partnerName, partyName: overdueLong.umkmName, lastVisit: null, reviewMonths: 6, nextReview: addDays(today, -40) });
    for (const k of [notYet, noReview, visited, closed]) expect(due.items.map((d) => d.kemitraanId)).not.toContain(k.id);

    // The visit listed: counted from it. The overdue one visited today leaves the list.
    await call(ctx, 'monev:create', visit(overdueLong.id, { date: today }));
    const after = await call(ctx, 'monev:due', { overdueOnly: true });
    expect(after.items.map((d) => d.kemitraanId)).toEqual([threeMonthly.id, overdueShort.id]);
    // Filters: partner, kecamatan; paging keeps the order.
    expect((await call(ctx, 'monev:due', { mitraId: dueSoon.mitraId })).items.map((d) => d.kemitraanId)).toEqual([dueSoon.id]);
    expect((await call(ctx, 'monev:due', { kecamatan: '64.71.01' })).total).toBe(0);
    expect((await call(ctx, 'monev:due', { kecamatan: '64.71.05' })).total).toBe(3);
    expect((await call(ctx, 'monev:due', { page: 2, pageSize: 2 })).items.map((d) => d.kemitraanId)).toEqual([dueSoon.id]);
  });

  it('the cutoff of a review at a month end is exact: 31/08 + 6 months is 28/02 (or 29/02)', () => {
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
    expect(addMonths('2022-08-31', 6)).toBe('2023-02-28');
    // Reviews due by 29/02/2024 on a 6-month cadence: based on or before 31/08/2023.
    expect(dueCutoff('2024-02-29', 6)).toBe('2023-08-31');
    expect(dueCutoff('2024-03-15', 3)).toBe('2023-12-15');
  });
});

describe('monev: the outcome asked when an agreement closes', () => {
  it('records the outcome of an active agreement finished or cancelled, and refuses one elsewhere', async () => {
    const k = await active('2023-06-01');
    const done = await call(ctx, 'kemitraan:setStatus', { id: k.id, status: 'selesai', outcome: 'berlanjut_mandiri', outcomeNotes: 'Hotel memesan langsung' });
    expect([done.status, done.outcome, done.outcomeNotes]).toEqual(['selesai', 'berlanjut_mandiri', 'Hotel memesan langsung']);

    const k2 = await active('2023-07-01');
    const wrong = await thrown(() => call(ctx, 'kemitraan:setStatus', { id: k2.id, status: 'dibatalkan', outcome: 'diperpanjang' }));
    expect(wrong.fields?.outcome).toBe(mv.outcomeNotForCancelled);
    const notesAlone = await thrown(() => call(ctx, 'kemitraan:setStatus', { id: k2.id, status: 'selesai', outcomeNotes: 'tanpa hasil' }));
    expect(notesAlone.fields?.outcomeNotes).toBe(mv.outcomeNotesWithoutOutcome);
    expect((await call(ctx, 'kemitraan:get', { id: k2.id })).status).toBe('aktif');
    expect((await call(ctx, 'kemitraan:setStatus', { id: k2.id, status: 'dibatalkan', outcome: 'gagal' })).outcome).toBe('gagal');

    // A proposal cancelled never ran: no outcome is asked, none accepted.
    const u = await addUmkm(ctx);
    const proposed = await addAgreement(ctx, k.mitraId, { umkmId: u.id });
    const early = await thrown(() => call(ctx, 'kemitraan:setStatus', { id: proposed.id, status: 'dibatalkan', outcome: 'gagal' }));
    expect(early.fields?.outcome).toBe(mv.outcomeNotClosing);
    const rows = await queryRows<{ id: number; outcome: string | null }>(t.core.db, 'SELECT id, outcome FROM kemitraan ORDER BY id');
    expect(rows.map((r) => r.outcome)).toEqual(['berlanjut_mandiri', 'gagal', null]);
  });
});

describe('monev: demo data', () => {
  it('gives the demo agreements a cadence, visits with products, some overdue, some due soon, and outcomes for the closed', async () => {
    await call(ctx, 'demo:seed', { umkm: 60 });
    const due = await call(ctx, 'monev:due', { pageSize: 100 });
    expect(due.overdue).toBeGreaterThan(0);
    expect(due.items.some((d) => d.daysLate <= 0)).toBe(true);
    expect(due.items.some((d) => d.lastVisit !== null)).toBe(true);
    // Overdue first, the longest first.
    const late = due.items.map((d) => d.daysLate);
    expect(late).toEqual([...late].sort((a, b) => b - a));
    const visits = await call(ctx, 'monev:list', { pageSize: 500 });
    expect(visits.total).toBeGreaterThan(10);
    expect(visits.items.every((v) => v.products.length >= 1 && v.date <= today)).toBe(true);
    const sales = new Set(visits.items.flatMap((v) => v.products.map((x) => x.sales)));
    expect([...sales].sort()).toEqual(['kurang_laku', 'laku', 'tidak_laku']);
    const rows = await queryRows<{ status: string; review_months: number | null; outcome: string | null }>(t.core.db, 'SELECT status, review_months, outcome FROM kemitraan');
    expect(rows.filter((r) => r.status === 'aktif').every((r) => r.review_months === 3 || r.review_months === 6)).toBe(true);
    expect(rows.filter((r) => r.status === 'selesai').every((r) => r.outcome !== null)).toBe(true);
  });
});
