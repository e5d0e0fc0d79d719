import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Kemitraan, Page } from '../../shared/contract';
import { KEMITRAAN_STATUS, type KemitraanStatus } from '../../shared/domain/partnership';
import { todayIso } from '../../shared/format/date';
import { fill, messages } from '../../shared/i18n';
import type { AppContext } from '../../electron/core/context';
import { dispatch } from '../../electron/core/handlers/handlerTable';
import { adminSession } from '../support/auth';
import { tempContext } from '../support/tempDb';
import { addAgreement, addMitra, addUmkm, agreementIn, agreementInput, count, thrown } from '../support/partnerships';

let t: Awaited<ReturnType<typeof tempContext>>;
let ctx: AppContext;

beforeEach(async () => {
  t = await tempContext();
  ctx = t.ctx;
});
afterEach(async () => {
  await t.cleanup();
});

const k = messages.kemitraanValidation;
const label = (s: KemitraanStatus) => messages.kemitraanEnums.status[s];
const shift = (days: number) => todayIso(new Date(Date.now() + days * 86_400_000));

/** Nothing written: no agreement and no support row. */
const nothingWritten = () => expect([count(ctx, 'kemitraan'), count(ctx, 'kemitraan_dukungan')]).toEqual([0, 0]);

describe('kemitraan: create', () => {
  it('creates as diusulkan with an automatic number per start year, names, supports and total value', async () => {
    const u = await addUmkm(ctx, { businessName: 'Amplang Bu Sari' });
    const p = addMitra(ctx, { name: 'Hotel Platinum Balikpapan' });
    const a = addAgreement(ctx, p.id, { umkmId: u.id }, {
      signedAt: '2023-05-30',
      endDate: '2024-05-31',
      supports: [
        { kind: 'pemasaran', description: 'Etalase produk di lobi' },
        { kind: 'permodalan', description: 'Modal kerja', value: '25.000.000' },
        { kind: 'peralatan', description: 'Oven', value: 7_500_000 },
      ],
      notes: 'Hasil temu kemitraan',
    });
    expect(a).toMatchObject({
      number: 'KMT/2023/0001',
      partnerId: p.id,
      partnerName: 'Hotel Platinum Balikpapan',
      umkmId: u.id,
      umkmName: 'Amplang Bu Sari',
      komunitasId: null,
      komunitasName: null,
      kecamatan: '64.71.05',
      signedAt: '2023-05-30',
      startDate: '2023-06-01',
      endDate: '2024-05-31',
      pattern: 'rantai_pasok',
      totalValue: 32_500_000,
      status: 'diusulkan',
      dueForReview: false,
      eventId: null,
      eventName: null,
      notes: 'Hasil temu kemitraan',
    });
    expect(a.supports.map((s) => [s.kind, s.description, s.value])).toEqual([
      ['pemasaran', 'Etalase produk di lobi', null],
      ['permodalan', 'Modal kerja', 25_000_000],
      ['peralatan', 'Oven', 7_500_000],
    ]);
    expect(ctx.kemitraan.get(a.id)).toEqual(a);
    expect(addAgreement(ctx, p.id, { umkmId: u.id }).number).toBe('KMT/2023/0002');
    expect(addAgreement(ctx, p.id, { umkmId: u.id }, { startDate: '2024-01-02' }).number).toBe('KMT/2024/0001');
    // A given number is kept; the next automatic one goes past it.
    expect(addAgreement(ctx, p.id, { umkmId: u.id }, { number: 'KMT/2023/0010' }).number).toBe('KMT/2023/0010');
    expect(addAgreement(ctx, p.id, { umkmId: u.id }, { number: '  ' }).number).toBe('KMT/2023/0011');
  });

  it('a status in the input is refused: a new agreement is always diusulkan', async () => {
    const u = await addUmkm(ctx);
    const p = addMitra(ctx);
    const r = await dispatch('kemitraan:create', agreementInput(p.id, { umkmId: u.id }, { status: 'aktif' }), ctx, adminSession(ctx));
    expect(!r.ok && r.error.fields).toEqual({ _: fill(messages.validation.unknownKey, { key: 'status' }) });
    nothingWritten();
  });

  it('with a community as the party, the kecamatan is the community’s', () => {
    const p = addMitra(ctx);
    const c = ctx.komunitas.create({ name: 'Komunitas Amplang Manggar', kecamatan: '64.71.01' });
    const a = addAgreement(ctx, p.id, { komunitasId: c.id });
    expect([a.umkmId, a.komunitasId, a.komunitasName, a.kecamatan]).toEqual([null, c.id, 'Komunitas Amplang Manggar', '64.71.01']);
  });

  describe('refusals, each at its field, writing nothing', () => {
    it('end before start (endDate)', async () => {
      const u = await addUmkm(ctx);
      const p = addMitra(ctx);
      const err = thrown(() => addAgreement(ctx, p.id, { umkmId: u.id }, { startDate: '2023-06-01', endDate: '2023-05-31' }));
      expect([err.code, err.fields]).toEqual(['VALIDATION', { endDate: k.endBeforeStart }]);
      nothingWritten();
      // The same day is fine.
      expect(addAgreement(ctx, p.id, { umkmId: u.id }, { startDate: '2023-06-01', endDate: '2023-06-01' }).endDate).toBe('2023-06-01');
    });

    it('an inactive UMKM (umkmId, umkmInactive)', async () => {
      const u = await addUmkm(ctx, { businessName: 'Warung Tutup', status: 'tidak_aktif' });
      const p = addMitra(ctx);
      const err = thrown(() => addAgreement(ctx, p.id, { umkmId: u.id }));
      expect(err.fields).toEqual({ umkmId: fill(k.umkmInactive, { name: 'Warung Tutup' }) });
      expect(err.message).toBe(err.fields!.umkmId);
      nothingWritten();
    });

    it('a UMKM moved out of the registry, or unknown (umkmId)', async () => {
      const u = await addUmkm(ctx);
      await ctx.umkm.remove(u.id);
      const p = addMitra(ctx);
      expect(thrown(() => addAgreement(ctx, p.id, { umkmId: u.id })).fields).toEqual({ umkmId: `UMKM dengan ID ${u.id} tidak ditemukan.` });
      expect(thrown(() => addAgreement(ctx, p.id, { umkmId: 4242 })).fields).toEqual({ umkmId: 'UMKM dengan ID 4242 tidak ditemukan.' });
      nothingWritten();
    });

    it('an inactive partner (partnerId, partnerInactive) and an unknown one', async () => {
      const u = await addUmkm(ctx);
      const p = addMitra(ctx, { name: 'Hotel Lama', status: 'tidak_aktif' });
      expect(thrown(() => addAgreement(ctx, p.id, { umkmId: u.id })).fields).toEqual({ partnerId: fill(k.partnerInactive, { name: 'Hotel Lama' }) });
      expect(thrown(() => addAgreement(ctx, 777, { umkmId: u.id })).fields).toEqual({ partnerId: 'Mitra dengan ID 777 tidak ditemukan.' });
      nothingWritten();
    });

    it('both parties, or neither (umkmId, oneParty)', async () => {
      const u = await addUmkm(ctx);
      const p = addMitra(ctx);
      const c = ctx.komunitas.create({ name: 'Komunitas X' });
      expect(thrown(() => addAgreement(ctx, p.id, { umkmId: u.id, komunitasId: c.id })).fields).toEqual({ umkmId: k.oneParty });
      expect(thrown(() => addAgreement(ctx, p.id, {})).fields).toEqual({ umkmId: k.oneParty });
      nothingWritten();
    });

    it('a negative support value (supports.N.value), and no support at all (supports)', async () => {
      const u = await addUmkm(ctx);
      const p = addMitra(ctx);
      const supports = [
        { kind: 'pemasaran', description: 'Etalase produk' },
        { kind: 'permodalan', description: 'Modal kerja', value: -1 },
      ];
      expect(thrown(() => addAgreement(ctx, p.id, { umkmId: u.id }, { supports })).fields).toEqual({ 'supports.1.value': messages.validation.money });
      expect(thrown(() => addAgreement(ctx, p.id, { umkmId: u.id }, { supports: [] })).fields).toEqual({ supports: k.supportsRequired });
      expect(thrown(() => addAgreement(ctx, p.id, { umkmId: u.id }, { supports: [{ kind: 'uang', description: 'x' }] })).fields).toEqual({
        'supports.0.kind': messages.validation.invalidChoice,
        'supports.0.description': fill(messages.validation.tooShort, { min: 3 }),
      });
      nothingWritten();
    });

    it('the database refuses a negative value too (the CHECK stays as a backstop)', async () => {
      const u = await addUmkm(ctx);
      const p = addMitra(ctx);
      const a = addAgreement(ctx, p.id, { umkmId: u.id });
      expect(() => ctx.db.raw.prepare(`INSERT INTO kemitraan_dukungan (kemitraan_id, kind, description, value) VALUES (?, 'event', 'x', -5)`).run(a.id)).toThrow(
        /CHECK constraint failed/,
      );
    });

    it('a number already used (DUPLICATE at number); a deleted agreement frees its number', async () => {
      const u = await addUmkm(ctx);
      const p = addMitra(ctx);
      const first = addAgreement(ctx, p.id, { umkmId: u.id }, { number: 'PKS/001/2023' });
      const err = thrown(() => addAgreement(ctx, p.id, { umkmId: u.id }, { number: 'PKS/001/2023' }));
      expect([err.code, err.fields]).toEqual(['DUPLICATE', { number: fill(k.numberTaken, { number: 'PKS/001/2023' }) }]);
      expect(count(ctx, 'kemitraan')).toBe(1);
      ctx.kemitraan.remove(first.id);
      expect(addAgreement(ctx, p.id, { umkmId: u.id }, { number: 'PKS/001/2023' }).number).toBe('PKS/001/2023');
    });

    it('unknown community and meeting (komunitasId, eventId)', async () => {
      const u = await addUmkm(ctx);
      const p = addMitra(ctx);
      expect(thrown(() => addAgreement(ctx, p.id, { komunitasId: 55 })).fields).toEqual({ komunitasId: 'Komunitas dengan ID 55 tidak ditemukan.' });
      expect(thrown(() => addAgreement(ctx, p.id, { umkmId: u.id }, { eventId: 66 })).fields).toEqual({ eventId: 'Kegiatan dengan ID 66 tidak ditemukan.' });
      nothingWritten();
    });

    it('several problems at once are all named', async () => {
      const u = await addUmkm(ctx, { status: 'tidak_aktif', businessName: 'Warung Tutup' });
      const p = addMitra(ctx, { status: 'tidak_aktif', name: 'Hotel Lama' });
      const err = thrown(() => addAgreement(ctx, p.id, { umkmId: u.id }, { eventId: 9, signedAt: '2024-01-01', endDate: '2023-12-31' }));
      expect(err.message).toBe(messages.errors.validation);
      expect(err.fields).toEqual({
        partnerId: fill(k.partnerInactive, { name: 'Hotel Lama' }),
        umkmId: fill(k.umkmInactive, { name: 'Warung Tutup' }),
        eventId: 'Kegiatan dengan ID 9 tidak ditemukan.',
        signedAt: k.signedAfterStart,
      });
      nothingWritten();
    });
  });
});

describe('kemitraan: update', () => {
  it('merges the changes over the stored agreement; supports, when given, replace the old ones', async () => {
    const u = await addUmkm(ctx);
    const p = addMitra(ctx);
    const a = addAgreement(ctx, p.id, { umkmId: u.id }, { endDate: '2024-05-31', notes: 'awal' });
    const changed = ctx.kemitraan.update(a.id, { endDate: '2025-05-31', pattern: 'perdagangan_umum' });
    expect(changed).toMatchObject({ number: a.number, endDate: '2025-05-31', pattern: 'perdagangan_umum', notes: 'awal', status: 'diusulkan' });
    expect(changed.supports).toEqual(a.supports);
    const replaced = ctx.kemitraan.update(a.id, { supports: [{ kind: 'event', description: 'Bazar', value: 5_000_000 }], notes: '' });
    expect(replaced.supports.map((s) => [s.kind, s.value])).toEqual([['event', 5_000_000]]);
    expect([replaced.totalValue, replaced.notes]).toEqual([5_000_000, null]);
    expect(count(ctx, 'kemitraan_dukungan')).toBe(1);
  });

  it('cannot change the status (field status: use setStatus)', async () => {
    const u = await addUmkm(ctx);
    const p = addMitra(ctx);
    const a = addAgreement(ctx, p.id, { umkmId: u.id });
    expect(thrown(() => ctx.kemitraan.update(a.id, { status: 'aktif' })).fields).toEqual({ status: k.statusNotEditable });
    expect(ctx.kemitraan.get(a.id).status).toBe('diusulkan');
  });

  it('checks the merged record as a whole and a changed party or number, and changes nothing when refused', async () => {
    const u = await addUmkm(ctx);
    const off = await addUmkm(ctx, { status: 'tidak_aktif', businessName: 'Warung Tutup' });
    const p = addMitra(ctx);
    const c = ctx.komunitas.create({ name: 'Komunitas X' });
    const a = addAgreement(ctx, p.id, { umkmId: u.id }, { endDate: '2024-05-31' });
    addAgreement(ctx, p.id, { umkmId: u.id }, { number: 'PKS-2' });
    expect(thrown(() => ctx.kemitraan.update(a.id, { startDate: '2024-06-01' })).fields).toEqual({ endDate: k.endBeforeStart });
    expect(thrown(() => ctx.kemitraan.update(a.id, { umkmId: off.id })).fields).toEqual({ umkmId: fill(k.umkmInactive, { name: 'Warung Tutup' }) });
    expect(thrown(() => ctx.kemitraan.update(a.id, { komunitasId: c.id })).fields).toEqual({ umkmId: k.oneParty });
    expect(thrown(() => ctx.kemitraan.update(a.id, { number: 'PKS-2' })).code).toBe('DUPLICATE');
    expect(thrown(() => ctx.kemitraan.update(a.id, { supports: [{ kind: 'event', description: 'Bazar', value: -3 }] })).fields).toEqual({
      'supports.0.value': messages.validation.money,
    });
    expect(ctx.kemitraan.get(a.id)).toEqual(a);
    // Switching party is one change naming both.
    expect(ctx.kemitraan.update(a.id, { komunitasId: c.id, umkmId: null }).komunitasName).toBe('Komunitas X');
  });

  it('an agreement whose UMKM has left the registry still lists and can have its notes edited', async () => {
    const u = await addUmkm(ctx, { businessName: 'Amplang Bu Sari' });
    const p = addMitra(ctx);
    const a = agreementIn(ctx, 'aktif', p.id, { umkmId: u.id });
    await ctx.umkm.remove(u.id);
    expect(ctx.kemitraan.list({}).items.map((x) => [x.id, x.umkmName])).toEqual([[a.id, 'Amplang Bu Sari']]);
    expect(ctx.kemitraan.update(a.id, { notes: 'UMKM pindah ke luar kota' }).notes).toBe('UMKM pindah ke luar kota');
  });
});

describe('kemitraan: status transitions', () => {
  const ALLOWED = new Set(['diusulkan>aktif', 'diusulkan>dibatalkan', 'aktif>selesai', 'aktif>dibatalkan']);
  const pairs = KEMITRAAN_STATUS.flatMap((from) => KEMITRAAN_STATUS.map((to) => [from, to] as const));

  it('covers all 16 pairs', () => expect(pairs).toHaveLength(16));

  it.each(pairs)('%s -> %s', async (from, to) => {
    const u = await addUmkm(ctx);
    const p = addMitra(ctx);
    const a = agreementIn(ctx, from, p.id, { umkmId: u.id });
    expect(a.status).toBe(from);
    const call = () => ctx.kemitraan.setStatus({ id: a.id, status: to, signedAt: '2023-05-30' });
    if (ALLOWED.has(`${from}>${to}`)) {
      const moved = call();
      expect(moved.status).toBe(to);
      expect(ctx.kemitraan.get(a.id).status).toBe(to);
    } else {
      const err = thrown(call);
      expect([err.code, err.fields]).toEqual(['VALIDATION', { status: fill(k.transition, { from: label(from), to: label(to) }) }]);
      expect(err.message).toBe(`Status tidak dapat diubah dari ${label(from)} menjadi ${label(to)}.`);
      expect(ctx.kemitraan.get(a.id)).toEqual(a);
    }
  });

  it('activation needs a signing date, given in the call or already stored (field signedAt)', async () => {
    const u = await addUmkm(ctx);
    const p = addMitra(ctx);
    const a = addAgreement(ctx, p.id, { umkmId: u.id });
    expect(thrown(() => ctx.kemitraan.setStatus({ id: a.id, status: 'aktif' })).fields).toEqual({ signedAt: k.signedAtRequired });
    expect(ctx.kemitraan.get(a.id).status).toBe('diusulkan');
    expect(ctx.kemitraan.setStatus({ id: a.id, status: 'aktif', signedAt: '2023-06-02' })).toMatchObject({ status: 'aktif', signedAt: '2023-06-02' });
    const stored = addAgreement(ctx, p.id, { umkmId: u.id }, { signedAt: '2023-05-29' });
    expect(ctx.kemitraan.setStatus({ id: stored.id, status: 'aktif' })).toMatchObject({ status: 'aktif', signedAt: '2023-05-29' });
    const late = addAgreement(ctx, p.id, { umkmId: u.id }, { endDate: '2023-12-31' });
    expect(thrown(() => ctx.kemitraan.setStatus({ id: late.id, status: 'aktif', signedAt: '2024-01-01' })).fields).toEqual({ signedAt: k.signedAfterStart });
    const bad = await dispatch('kemitraan:setStatus', { id: a.id, status: 'selesai', signedAt: '2023-02-30' }, ctx, adminSession(ctx));
    expect(!bad.ok && bad.error.fields).toEqual({ signedAt: messages.validation.date });
  });

  it('activation re-checks that the UMKM (and the partner) are still active', async () => {
    const u = await addUmkm(ctx, { businessName: 'Amplang Bu Sari' });
    const p = addMitra(ctx, { name: 'Hotel A' });
    const a = addAgreement(ctx, p.id, { umkmId: u.id }, { signedAt: '2023-05-30' });
    await ctx.umkm.update(u.id, { status: 'tidak_aktif' });
    expect(thrown(() => ctx.kemitraan.setStatus({ id: a.id, status: 'aktif' })).fields).toEqual({ umkmId: fill(k.umkmInactive, { name: 'Amplang Bu Sari' }) });
    await ctx.umkm.update(u.id, { status: 'aktif' });
    ctx.mitra.update(p.id, { status: 'tidak_aktif' });
    expect(thrown(() => ctx.kemitraan.setStatus({ id: a.id, status: 'aktif' })).fields).toEqual({ partnerId: fill(k.partnerInactive, { name: 'Hotel A' }) });
    // Cancelling needs neither.
    expect(ctx.kemitraan.setStatus({ id: a.id, status: 'dibatalkan' }).status).toBe('dibatalkan');
  });

  it('a reason is kept in the notes', async () => {
    const u = await addUmkm(ctx);
    const p = addMitra(ctx);
    const a = addAgreement(ctx, p.id, { umkmId: u.id }, { notes: 'Usulan temu kemitraan' });
    const c = ctx.kemitraan.setStatus({ id: a.id, status: 'dibatalkan', reason: 'UMKM belum punya PIRT' });
    expect(c.notes).toBe(`Usulan temu kemitraan\nDibatalkan (${todayIso()}): UMKM belum punya PIRT`);
  });

  it('an unknown agreement is NOT_FOUND', () => {
    expect(thrown(() => ctx.kemitraan.setStatus({ id: 5, status: 'aktif' })).message).toBe('Kemitraan dengan ID 5 tidak ditemukan.');
  });
});

describe('kemitraan: due for review', () => {
  it('is an aktif agreement whose end date has passed, nothing else', async () => {
    const u = await addUmkm(ctx);
    const p = addMitra(ctx);
    const start = '2023-01-01';
    const due = agreementIn(ctx, 'aktif', p.id, { umkmId: u.id }, { startDate: start, endDate: shift(-1) });
    const endsToday = agreementIn(ctx, 'aktif', p.id, { umkmId: u.id }, { startDate: start, endDate: shift(0) });
    const open = agreementIn(ctx, 'aktif', p.id, { umkmId: u.id }, { startDate: start });
    const done = agreementIn(ctx, 'selesai', p.id, { umkmId: u.id }, { startDate: start, endDate: shift(-30) });
    const proposed = agreementIn(ctx, 'diusulkan', p.id, { umkmId: u.id }, { startDate: start, endDate: shift(-30) });
    const flags = Object.fromEntries(ctx.kemitraan.list({}).items.map((x) => [x.id, x.dueForReview]));
    expect(flags).toEqual({ [due.id]: true, [endsToday.id]: false, [open.id]: false, [done.id]: false, [proposed.id]: false });
    expect(ctx.kemitraan.get(due.id).dueForReview).toBe(true);
    expect(ctx.kemitraan.list({ dueForReview: true }).items.map((x) => x.id)).toEqual([due.id]);
    expect(ctx.kemitraan.list({ dueForReview: false }).total).toBe(4);
  });
});

describe('kemitraan: list filters', () => {
  let ids: Record<'a' | 'b' | 'c' | 'd', number>;
  let refs: Record<'hotel' | 'bank' | 'selatan' | 'kota' | 'timur', number>;
  let eventId: number;

  beforeEach(async () => {
    const selatan = await addUmkm(ctx, { businessName: 'Amplang Sepinggan' }); // 64.71.05
    const kota = await addUmkm(ctx, { businessName: 'Batik Klandasan', kecamatan: '64.71.06', kelurahan: '64.71.06.1003' });
    const hotel = addMitra(ctx, { name: 'Hotel A', kind: 'hotel' });
    const bank = addMitra(ctx, { name: 'Bank B', kind: 'bank' });
    const timur = ctx.komunitas.create({ name: 'Komunitas Amplang Manggar', kecamatan: '64.71.01', memberIds: [kota.id] });
    eventId = ctx.kegiatan.create({ name: 'Temu Kemitraan UMKM', date: '2023-05-23', venue: 'Ballroom Hotel Platinum Balikpapan' }).id;
    const money = [{ kind: 'permodalan', description: 'Modal kerja', value: 50_000_000 }];
    ids = {
      // 2023-06-01 .. 2023-12-31, aktif
      a: agreementIn(ctx, 'aktif', hotel.id, { umkmId: selatan.id }, { startDate: '2023-06-01', endDate: '2023-12-31', eventId }).id,
      // 2024-01-01 .. open, diusulkan
      b: agreementIn(ctx, 'diusulkan', bank.id, { umkmId: kota.id }, { startDate: '2024-01-01', pattern: 'bagi_hasil', supports: money }).id,
      // 2023-03-01 .. 2023-05-31, selesai, community in Timur
      c: agreementIn(ctx, 'selesai', hotel.id, { komunitasId: timur.id }, { startDate: '2023-03-01', endDate: '2023-05-31', eventId }).id,
      // 2025-01-01 .. 2025-12-31, dibatalkan
      d: agreementIn(ctx, 'dibatalkan', bank.id, { umkmId: selatan.id }, { startDate: '2025-01-01', endDate: '2025-12-31', pattern: 'bagi_hasil', supports: money }).id,
    };
    refs = { hotel: hotel.id, bank: bank.id, selatan: selatan.id, kota: kota.id, timur: timur.id };
  });

  const found = (q: Record<string, unknown>) => {
    const page: Page<Kemitraan> = ctx.kemitraan.list(q);
    expect(page.total).toBe(page.items.length);
    const byId = Object.fromEntries(Object.entries(ids).map(([name, id]) => [id, name]));
    return page.items.map((x) => byId[x.id]).sort();
  };

  it('no filter: all, newest start first, with the list fields', () => {
    const page = ctx.kemitraan.list({});
    expect(page.items.map((x) => x.id)).toEqual([ids.d, ids.b, ids.a, ids.c]);
    expect(page.items[2]).toMatchObject({ partnerName: 'Hotel A', umkmName: 'Amplang Sepinggan', kecamatan: '64.71.05', eventName: 'Temu Kemitraan UMKM', totalValue: 0 });
    expect(page.items[3]).toMatchObject({ komunitasName: 'Komunitas Amplang Manggar', kecamatan: '64.71.01', umkmName: null });
  });

  it('status, partner, UMKM, community, meeting, pattern, support kind', () => {
    expect(found({ status: 'aktif' })).toEqual(['a']);
    expect(found({ status: 'dibatalkan' })).toEqual(['d']);
    expect(found({ partnerId: refs.bank })).toEqual(['b', 'd']);
    expect(found({ umkmId: refs.selatan })).toEqual(['a', 'd']);
    expect(found({ komunitasId: refs.timur })).toEqual(['c']);
    expect(found({ eventId })).toEqual(['a', 'c']);
    expect(found({ pattern: 'bagi_hasil' })).toEqual(['b', 'd']);
    expect(found({ supportKind: 'permodalan' })).toEqual(['b', 'd']);
    expect(found({ supportKind: 'pemasaran' })).toEqual(['a', 'c']);
    expect(found({ supportKind: 'event' })).toEqual([]);
    expect(found({ partnerId: refs.bank, status: 'diusulkan' })).toEqual(['b']);
  });

  it('kecamatan: of the UMKM, or of the community (names accepted)', () => {
    expect(found({ kecamatan: 'Bpp Selatan' })).toEqual(['a', 'd']);
    expect(found({ kecamatan: '64.71.06' })).toEqual(['b']);
    // The community is in Timur even though its member lives in Kota.
    expect(found({ kecamatan: 'Balikpapan Timur' })).toEqual(['c']);
    expect(found({ kecamatan: 'Utara' })).toEqual([]);
    expect(thrown(() => ctx.kemitraan.list({ kecamatan: 'Samarinda' })).fields).toEqual({ kecamatan: messages.validation.kecamatan });
  });

  it('date range: agreements running at some time within [from, to]', () => {
    expect(found({ from: '2023-05-01', to: '2023-05-31' })).toEqual(['c']);
    expect(found({ from: '2023-05-31', to: '2023-06-01' })).toEqual(['a', 'c']); // both bounds inclusive
    expect(found({ from: '2023-07-01', to: '2023-07-31' })).toEqual(['a']);
    expect(found({ from: '2024-06-01', to: '2024-06-30' })).toEqual(['b']); // open-ended
    expect(found({ from: '2025-06-01' })).toEqual(['b', 'd']);
    expect(found({ to: '2023-03-01' })).toEqual(['c']);
    expect(found({ from: '2022-01-01', to: '2022-12-31' })).toEqual([]);
    expect(thrown(() => ctx.kemitraan.list({ from: '2023-06-01', to: '2023-05-01' })).fields).toEqual({ to: k.rangeReversed });
  });

  it('due for review, and paging with the total', () => {
    expect(found({ dueForReview: true })).toEqual(['a']);
    const page = ctx.kemitraan.list({ pageSize: 3, page: 2 });
    expect([page.total, page.items.map((x) => x.id)]).toEqual([4, [ids.c]]);
  });

  it('a deleted agreement leaves the list; the CLI-style text ids work through the handler table', async () => {
    ctx.kemitraan.remove(ids.b);
    expect(found({})).toEqual(['a', 'c', 'd']);
    expect(thrown(() => ctx.kemitraan.get(ids.b)).code).toBe('NOT_FOUND');
    const r = await dispatch('kemitraan:list', { partnerId: String(refs.hotel), status: 'aktif' }, ctx, adminSession(ctx));
    expect(r.ok && (r.value as Page<Kemitraan>).items.map((x) => x.id)).toEqual([ids.a]);
  });
});
