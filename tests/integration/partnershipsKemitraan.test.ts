import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Kemitraan, KemitraanListQuery, Page } from '../../shared/contract';
import { KEMITRAAN_STATUS, type KemitraanStatus } from '../../shared/domain/partnership';
import { formatDate, todayIso } from '../../shared/format/date';
import { fill, messages } from '../../shared/i18n';
import type { Scope } from '../../electron/core/scope';
import { DukunganEntity } from '../../electron/core/db/entities';
import { dispatch } from '../../electron/core/dispatch/dispatch';
import { adminSession } from '../support/auth';
import { call } from '../support/call';
import { checkViolation } from '../support/dbQuery';
import { tempContext } from '../support/tempDb';
import { addAgreement, addMitra, addUmkm, agreementIn, agreementInput, count, thrown } from '../support/partnerships';

let t: Awaited<ReturnType<typeof tempContext>>;
let ctx: Scope;

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
const nothingWritten = async () => expect([await count(ctx, 'kemitraan'), await count(ctx, 'kemitraan_dukungan')]).toEqual([0, 0]);

describe('kemitraan: create', () => {
  it('creates as diusulkan with an automatic number per start year, names, supports and total value', async () => {
    const u = await addUmkm(ctx, { businessName: 'Amplang Bu Sari' });
    const p = await addMitra(ctx, { name: 'Hotel Platinum Balikpapan' });
    const a = await addAgreement(ctx, p.id, { umkmId: u.id }, {
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
      mitraId: p.id,
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
      kegiatanId: null,
      eventName: null,
      notes: 'Hasil temu kemitraan',
    });
    expect(a.supports.map((s) => [s.kind, s.description, s.value])).toEqual([
      ['pemasaran', 'Etalase produk di lobi', null],
      ['permodalan', 'Modal kerja', 25_000_000],
      ['peralatan', 'Oven', 7_500_000],
    ]);
    expect(await ctx.kemitraan.get(a.id)).toEqual(a);
    expect((await addAgreement(ctx, p.id, { umkmId: u.id })).number).toBe('KMT/2023/0002');
    expect((await addAgreement(ctx, p.id, { umkmId: u.id }, { startDate: '2024-01-02' })).number).toBe('KMT/2024/0001');
    // A given number is kept; the next automatic one goes past it.
    expect((await addAgreement(ctx, p.id, { umkmId: u.id }, { number: 'KMT/2023/0010' })).number).toBe('KMT/2023/0010');
    expect((await addAgreement(ctx, p.id, { umkmId: u.id }, { number: '  ' })).number).toBe('KMT/2023/0011');
  });

  it('a status in the input is refused: a new agreement is always diusulkan', async () => {
    const u = await addUmkm(ctx);
    const p = await addMitra(ctx);
    const r = await dispatch('kemitraan:create', agreementInput(p.id, { umkmId: u.id }, { status: 'aktif' }), ctx.core, adminSession(ctx));
    expect(!r.ok && r.error.fields).toEqual({ _: fill(messages.validation.unknownKey, { key: 'status' }) });
    await nothingWritten();
  });

  it('with a community as the party, the kecamatan is the community’s', async () => {
    const p = await addMitra(ctx);
    const c = await call(ctx, 'komunitas:create', { name: 'Komunitas Amplang Manggar', kecamatan: '64.71.01' });
    const a = await addAgreement(ctx, p.id, { komunitasId: c.id });
    expect([a.umkmId, a.komunitasId, a.komunitasName, a.kecamatan]).toEqual([null, c.id, 'Komunitas Amplang Manggar', '64.71.01']);
  });

  describe('refusals, each at its field, writing nothing', () => {
    it('end before start (endDate)', async () => {
      const u = await addUmkm(ctx);
      const p = await addMitra(ctx);
      const err = await thrown(() => addAgreement(ctx, p.id, { umkmId: u.id }, { startDate: '2023-06-01', endDate: '2023-05-31' }));
      expect([err.code, err.fields]).toEqual(['VALIDATION', { endDate: k.endBeforeStart }]);
      await nothingWritten();
      // The same day is fine.
      expect((await addAgreement(ctx, p.id, { umkmId: u.id }, { startDate: '2023-06-01', endDate: '2023-06-01' })).endDate).toBe('2023-06-01');
    });

    it('an inactive UMKM (umkmId, umkmInactive)', async () => {
      const u = await addUmkm(ctx, { businessName: 'Warung Tutup', status: 'tidak_aktif' });
      const p = await addMitra(ctx);
      const err = await thrown(() => addAgreement(ctx, p.id, { umkmId: u.id }));
      expect(err.fields).toEqual({ umkmId: fill(k.umkmInactive, { name: 'Warung Tutup' }) });
      expect(err.message).toBe(err.fields!.umkmId);
      await nothingWritten();
    });

    it('a UMKM moved out of the registry, or unknown (umkmId)', async () => {
      const u = await addUmkm(ctx);
      await ctx.umkm.remove(u.id);
      const p = await addMitra(ctx);
      expect((await thrown(() => addAgreement(ctx, p.id, { umkmId: u.id }))).fields).toEqual({ umkmId: `UMKM dengan ID ${u.id} tidak ditemukan.` });
      expect((await thrown(() => addAgreement(ctx, p.id, { umkmId: 4242 }))).fields).toEqual({ umkmId: 'UMKM dengan ID 4242 tidak ditemukan.' });
      await nothingWritten();
    });

    it('an inactive partner (mitraId, partnerInactive) and an unknown one', async () => {
      const u = await addUmkm(ctx);
      const p = await addMitra(ctx, { name: 'Hotel Lama', status: 'tidak_aktif' });
      expect((await thrown(() => addAgreement(ctx, p.id, { umkmId: u.id }))).fields).toEqual({ mitraId: fill(k.partnerInactive, { name: 'Hotel Lama' }) });
      expect((await thrown(() => addAgreement(ctx, 777, { umkmId: u.id }))).fields).toEqual({ mitraId: 'Mitra dengan ID 777 tidak ditemukan.' });
      await nothingWritten();
    });

    it('both parties, or neither (umkmId, oneParty)', async () => {
      const u = await addUmkm(ctx);
      const p = await addMitra(ctx);
      const c = await call(ctx, 'komunitas:create', { name: 'Komunitas X' });
      expect((await thrown(() => addAgreement(ctx, p.id, { umkmId: u.id, komunitasId: c.id }))).fields).toEqual({ umkmId: k.oneParty });
      expect((await thrown(() => addAgreement(ctx, p.id, {}))).fields).toEqual({ umkmId: k.oneParty });
      await nothingWritten();
    });

    it('a negative support value (supports.N.value), and no support at all (supports)', async () => {
      const u = await addUmkm(ctx);
      const p = await addMitra(ctx);
      const supports = [
        { kind: 'pemasaran', description: 'Etalase produk' },
        { kind: 'permodalan', description: 'Modal kerja', value: -1 },
      ];
      expect((await thrown(() => addAgreement(ctx, p.id, { umkmId: u.id }, { supports }))).fields).toEqual({ 'supports.1.value': messages.validation.money });
      expect((await thrown(() => addAgreement(ctx, p.id, { umkmId: u.id }, { supports: [] }))).fields).toEqual({ supports: k.supportsRequired });
      expect((await thrown(() => addAgreement(ctx, p.id, { umkmId: u.id }, { supports: [{ kind: 'uang', description: 'x' }] }))).fields).toEqual({
        'supports.0.kind': messages.validation.invalidChoice,
        'supports.0.description': fill(messages.validation.tooShort, { min: 3 }),
      });
      await nothingWritten();
    });

    it('the database refuses a negative value too (the CHECK stays as a backstop)', async () => {
      const u = await addUmkm(ctx);
      const p = await addMitra(ctx);
      const a = await addAgreement(ctx, p.id, { umkmId: u.id });
      await expect(ctx.tx.em.insert(DukunganEntity, { kemitraanId: a.id, kind: 'event', description: 'x', value: -5 })).rejects.toThrow(checkViolation(ctx.db));
    });

    it('a number already used (DUPLICATE at number); a deleted agreement frees its number', async () => {
      const u = await addUmkm(ctx);
      const p = await addMitra(ctx);
      const first = await addAgreement(ctx, p.id, { umkmId: u.id }, { number: 'PKS/001/2023' });
      const err = await thrown(() => addAgreement(ctx, p.id, { umkmId: u.id }, { number: 'PKS/001/2023' }));
      expect([err.code, err.fields]).toEqual(['DUPLICATE', { number: fill(k.numberTaken, { number: 'PKS/001/2023' }) }]);
      expect(await count(ctx, 'kemitraan')).toBe(1);
      await ctx.kemitraan.remove(first.id);
      expect((await addAgreement(ctx, p.id, { umkmId: u.id }, { number: 'PKS/001/2023' })).number).toBe('PKS/001/2023');
    });

    it('unknown community and meeting (komunitasId, kegiatanId)', async () => {
      const u = await addUmkm(ctx);
      const p = await addMitra(ctx);
      expect((await thrown(() => addAgreement(ctx, p.id, { komunitasId: 55 }))).fields).toEqual({ komunitasId: 'Komunitas dengan ID 55 tidak ditemukan.' });
      expect((await thrown(() => addAgreement(ctx, p.id, { umkmId: u.id }, { kegiatanId: 66 }))).fields).toEqual({ kegiatanId: 'Kegiatan dengan ID 66 tidak ditemukan.' });
      await nothingWritten();
    });

    it('several problems at once are all named', async () => {
      const u = await addUmkm(ctx, { status: 'tidak_aktif', businessName: 'Warung Tutup' });
      const p = await addMitra(ctx, { status: 'tidak_aktif', name: 'Hotel Lama' });
      const err = await thrown(() => addAgreement(ctx, p.id, { umkmId: u.id }, { kegiatanId: 9, signedAt: '2024-01-01', endDate: '2023-12-31' }));
      expect(err.message).toBe(messages.errors.validation);
      expect(err.fields).toEqual({
        mitraId: fill(k.partnerInactive, { name: 'Hotel Lama' }),
        umkmId: fill(k.umkmInactive, { name: 'Warung Tutup' }),
        kegiatanId: 'Kegiatan dengan ID 9 tidak ditemukan.',
        signedAt: k.signedAfterStart,
      });
      await nothingWritten();
    });
  });
});

describe('kemitraan: update', () => {
  it('merges the changes over the stored agreement; supports, when given, replace the old ones', async () => {
    const u = await addUmkm(ctx);
    const p = await addMitra(ctx);
    const a = await addAgreement(ctx, p.id, { umkmId: u.id }, { endDate: '2024-05-31', notes: 'awal' });
    const changed = await call(ctx, 'kemitraan:update', { id: a.id, changes: { endDate: '2025-05-31', pattern: 'perdagangan_umum' } });
    expect(changed).toMatchObject({ number: a.number, endDate: '2025-05-31', pattern: 'perdagangan_umum', notes: 'awal', status: 'diusulkan' });
    expect(changed.supports).toEqual(a.supports);
    const replaced = await call(ctx, 'kemitraan:update', { id: a.id, changes: { supports: [{ kind: 'event', description: 'Bazar', value: 5_000_000 }], notes: '' } });
    expect(replaced.supports.map((s) => [s.kind, s.value])).toEqual([['event', 5_000_000]]);
    expect([replaced.totalValue, replaced.notes]).toEqual([5_000_000, null]);
    expect(await count(ctx, 'kemitraan_dukungan')).toBe(1);
  });

  it('cannot change the status (field status: use setStatus)', async () => {
    const u = await addUmkm(ctx);
    const p = await addMitra(ctx);
    const a = await addAgreement(ctx, p.id, { umkmId: u.id });
    expect((await thrown(() => call(ctx, 'kemitraan:update', { id: a.id, changes: { status: 'aktif' as never } }))).fields).toEqual({ status: k.statusNotEditable });
    expect((await ctx.kemitraan.get(a.id)).status).toBe('diusulkan');
  });

  it('checks the merged record as a whole and a changed party or number, and changes nothing when refused', async () => {
    const u = await addUmkm(ctx);
    const off = await addUmkm(ctx, { status: 'tidak_aktif', businessName: 'Warung Tutup' });
    const p = await addMitra(ctx);
    const c = await call(ctx, 'komunitas:create', { name: 'Komunitas X' });
    const a = await addAgreement(ctx, p.id, { umkmId: u.id }, { endDate: '2024-05-31' });
    await addAgreement(ctx, p.id, { umkmId: u.id }, { number: 'PKS-2' });
    expect((await thrown(() => call(ctx, 'kemitraan:update', { id: a.id, changes: { startDate: '2024-06-01' } }))).fields).toEqual({ endDate: k.endBeforeStart });
    expect((await thrown(() => call(ctx, 'kemitraan:update', { id: a.id, changes: { umkmId: off.id } }))).fields).toEqual({ umkmId: fill(k.umkmInactive, { name: 'Warung Tutup' }) });
    expect((await thrown(() => call(ctx, 'kemitraan:update', { id: a.id, changes: { komunitasId: c.id } }))).fields).toEqual({ umkmId: k.oneParty });
    expect((await thrown(() => call(ctx, 'kemitraan:update', { id: a.id, changes: { number: 'PKS-2' } }))).code).toBe('DUPLICATE');
    expect((await thrown(() => call(ctx, 'kemitraan:update', { id: a.id, changes: { supports: [{ kind: 'event', description: 'Bazar', value: -3 }] } }))).fields).toEqual({
      'supports.0.value': messages.validation.money,
    });
    expect(await ctx.kemitraan.get(a.id)).toEqual(a);
    // Switching party is one change naming both.
    expect((await call(ctx, 'kemitraan:update', { id: a.id, changes: { komunitasId: c.id, umkmId: null } })).komunitasName).toBe('Komunitas X');
  });

  it('an agreement whose UMKM has left the registry still lists and can have its notes edited', async () => {
    const u = await addUmkm(ctx, { businessName: 'Amplang Bu Sari' });
    const p = await addMitra(ctx);
    const a = await agreementIn(ctx, 'aktif', p.id, { umkmId: u.id });
    await ctx.umkm.remove(u.id);
    expect((await call(ctx, 'kemitraan:list', {})).items.map((x) => [x.id, x.umkmName])).toEqual([[a.id, 'Amplang Bu Sari']]);
    expect((await call(ctx, 'kemitraan:update', { id: a.id, changes: { notes: 'UMKM pindah ke luar kota' } })).notes).toBe('UMKM pindah ke luar kota');
  });
});

describe('kemitraan: the day an agreement finished', () => {
  it('is the day the clerk gives, today when none is given, and only while selesai', async () => {
    const u = await addUmkm(ctx);
    const p = await addMitra(ctx);
    const a = await agreementIn(ctx, 'aktif', p.id, { umkmId: u.id });
    expect(a.finishedAt).toBeNull();
    const done = await call(ctx, 'kemitraan:setStatus', { id: a.id, status: 'selesai', finishedAt: '2024-05-31' });
    expect(done).toMatchObject({ status: 'selesai', finishedAt: '2024-05-31' });
    expect((await ctx.kemitraan.get(a.id)).finishedAt).toBe('2024-05-31');
    expect((await call(ctx, 'kemitraan:list', { status: 'selesai' })).items.map((x) => [x.id, x.finishedAt])).toEqual([[a.id, '2024-05-31']]);
    const b = await agreementIn(ctx, 'aktif', p.id, { umkmId: u.id });
    expect((await call(ctx, 'kemitraan:setStatus', { id: b.id, status: 'selesai' })).finishedAt).toBe(todayIso());
    // Cancelled, proposed and active agreements have none.
    const c = await agreementIn(ctx, 'aktif', p.id, { umkmId: u.id });
    expect((await call(ctx, 'kemitraan:setStatus', { id: c.id, status: 'dibatalkan' })).finishedAt).toBeNull();
  });

  it('is refused before the start date, in the future, and with any other status; nothing changes', async () => {
    const u = await addUmkm(ctx);
    const p = await addMitra(ctx);
    const a = await agreementIn(ctx, 'aktif', p.id, { umkmId: u.id }); // starts 2023-06-01
    const before = await ctx.kemitraan.get(a.id);
    const refused = async (input: Record<string, unknown>) => thrown(() => call(ctx, 'kemitraan:setStatus', { id: a.id, ...input } as never));
    expect((await refused({ status: 'selesai', finishedAt: '2023-05-31' })).fields).toEqual({ finishedAt: fill(k.finishedBeforeStart, { start: '01/06/2023' }) });
    expect((await refused({ status: 'selesai', finishedAt: shift(1) })).fields).toEqual({ finishedAt: k.finishedInFuture });
    expect((await refused({ status: 'dibatalkan', finishedAt: '2024-01-01' })).fields).toEqual({ finishedAt: k.finishedOnlyWhenDone });
    expect((await refused({ status: 'selesai', finishedAt: '2024-02-30' })).fields).toEqual({ finishedAt: messages.validation.date });
    expect(await ctx.kemitraan.get(a.id)).toEqual(before);
    // The start day itself and today are both allowed.
    expect((await call(ctx, 'kemitraan:setStatus', { id: a.id, status: 'selesai', finishedAt: '2023-06-01' })).finishedAt).toBe('2023-06-01');
  });

  it('keeps a finished agreement starting on or before its finish day when edited', async () => {
    const u = await addUmkm(ctx);
    const p = await addMitra(ctx);
    const a = await agreementIn(ctx, 'aktif', p.id, { umkmId: u.id });
    await call(ctx, 'kemitraan:setStatus', { id: a.id, status: 'selesai', finishedAt: '2023-12-31' });
    expect((await thrown(() => call(ctx, 'kemitraan:update', { id: a.id, changes: { startDate: '2024-01-02' } }))).fields).toEqual({
      startDate: fill(k.startAfterFinished, { date: '31/12/2023' }),
    });
    const edited = await call(ctx, 'kemitraan:update', { id: a.id, changes: { notes: 'Laporan akhir diterima', startDate: '2023-12-31' } });
    expect(edited).toMatchObject({ finishedAt: '2023-12-31', startDate: '2023-12-31', notes: 'Laporan akhir diterima' });
  });

  it('appears in the trail of the status change, labelled as the form labels it', async () => {
    const u = await addUmkm(ctx);
    const p = await addMitra(ctx);
    const a = await agreementIn(ctx, 'aktif', p.id, { umkmId: u.id });
    await call(ctx, 'kemitraan:setStatus', { id: a.id, status: 'selesai', finishedAt: '2024-03-15' });
    const [line] = await ctx.audit.forEntity('kemitraan', a.id);
    expect(line!.changes).toMatchObject({ status: ['aktif', 'selesai'], finishedAt: [null, '2024-03-15'] });
    expect(messages.kemitraanFields.finishedAt).toBe('Tanggal selesai');
  });
});

describe('kemitraan: status transitions', () => {
  const ALLOWED = new Set(['diusulkan>aktif', 'diusulkan>dibatalkan', 'aktif>selesai', 'aktif>dibatalkan']);
  const pairs = KEMITRAAN_STATUS.flatMap((from) => KEMITRAAN_STATUS.map((to) => [from, to] as const));

  it('covers all 16 pairs', () => expect(pairs).toHaveLength(16));

  it.each(pairs)('%s -> %s', async (from, to) => {
    const u = await addUmkm(ctx);
    const p = await addMitra(ctx);
    const a = await agreementIn(ctx, from, p.id, { umkmId: u.id });
    expect(a.status).toBe(from);
    const move = () => call(ctx, 'kemitraan:setStatus', { id: a.id, status: to, signedAt: '2023-05-30' });
    if (ALLOWED.has(`${from}>${to}`)) {
      const moved = await move();
      expect(moved.status).toBe(to);
      expect((await ctx.kemitraan.get(a.id)).status).toBe(to);
    } else {
      const err = await thrown(move);
      expect([err.code, err.fields]).toEqual(['VALIDATION', { status: fill(k.transition, { from: label(from), to: label(to) }) }]);
      expect(err.message).toBe(`Status tidak dapat diubah dari ${label(from)} menjadi ${label(to)}.`);
      expect(await ctx.kemitraan.get(a.id)).toEqual(a);
    }
  });

  it('activation needs a signing date, given in the call or already stored (field signedAt)', async () => {
    const u = await addUmkm(ctx);
    const p = await addMitra(ctx);
    const a = await addAgreement(ctx, p.id, { umkmId: u.id });
    expect((await thrown(() => call(ctx, 'kemitraan:setStatus', { id: a.id, status: 'aktif' }))).fields).toEqual({ signedAt: k.signedAtRequired });
    expect((await ctx.kemitraan.get(a.id)).status).toBe('diusulkan');
    expect(await call(ctx, 'kemitraan:setStatus', { id: a.id, status: 'aktif', signedAt: '2023-06-02' })).toMatchObject({ status: 'aktif', signedAt: '2023-06-02' });
    const stored = await addAgreement(ctx, p.id, { umkmId: u.id }, { signedAt: '2023-05-29' });
    expect(await call(ctx, 'kemitraan:setStatus', { id: stored.id, status: 'aktif' })).toMatchObject({ status: 'aktif', signedAt: '2023-05-29' });
    const late = await addAgreement(ctx, p.id, { umkmId: u.id }, { endDate: '2023-12-31' });
    expect((await thrown(() => call(ctx, 'kemitraan:setStatus', { id: late.id, status: 'aktif', signedAt: '2024-01-01' }))).fields).toEqual({ signedAt: k.signedAfterStart });
    const bad = await dispatch('kemitraan:setStatus', { id: a.id, status: 'selesai', signedAt: '2023-02-30' }, ctx.core, adminSession(ctx));
    expect(!bad.ok && bad.error.fields).toEqual({ signedAt: messages.validation.date });
  });

  it('activation re-checks that the UMKM (and the partner) are still active', async () => {
    const u = await addUmkm(ctx, { businessName: 'Amplang Bu Sari' });
    const p = await addMitra(ctx, { name: 'Hotel A' });
    const a = await addAgreement(ctx, p.id, { umkmId: u.id }, { signedAt: '2023-05-30' });
    await ctx.umkm.update(u.id, { status: 'tidak_aktif' });
    expect((await thrown(() => call(ctx, 'kemitraan:setStatus', { id: a.id, status: 'aktif' }))).fields).toEqual({ umkmId: fill(k.umkmInactive, { name: 'Amplang Bu Sari' }) });
    await ctx.umkm.update(u.id, { status: 'aktif' });
    await call(ctx, 'mitra:update', { id: p.id, changes: { status: 'tidak_aktif' } });
    expect((await thrown(() => call(ctx, 'kemitraan:setStatus', { id: a.id, status: 'aktif' }))).fields).toEqual({ mitraId: fill(k.partnerInactive, { name: 'Hotel A' }) });
    // Cancelling needs neither.
    expect((await call(ctx, 'kemitraan:setStatus', { id: a.id, status: 'dibatalkan' })).status).toBe('dibatalkan');
  });

  it('a reason is kept in the notes', async () => {
    const u = await addUmkm(ctx);
    const p = await addMitra(ctx);
    const a = await addAgreement(ctx, p.id, { umkmId: u.id }, { notes: 'Usulan temu kemitraan' });
    const c = await call(ctx, 'kemitraan:setStatus', { id: a.id, status: 'dibatalkan', reason: 'UMKM belum punya PIRT' });
    // The day as clerks write it (23/05/2023), never ISO.
    expect(c.notes).toBe(`Usulan temu kemitraan\nDibatalkan (${formatDate(todayIso())}): UMKM belum punya PIRT`);
    expect(c.notes).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('an unknown agreement is NOT_FOUND', async () => {
    expect((await thrown(() => call(ctx, 'kemitraan:setStatus', { id: 5, status: 'aktif' }))).message).toBe('Kemitraan dengan ID 5 tidak ditemukan.');
  });
});

describe('kemitraan: due for review', () => {
  it('is an aktif agreement whose end date has passed, nothing else', async () => {
    const u = await addUmkm(ctx);
    const p = await addMitra(ctx);
    const start = '2023-01-01';
    const due = await agreementIn(ctx, 'aktif', p.id, { umkmId: u.id }, { startDate: start, endDate: shift(-1) });
    const endsToday = await agreementIn(ctx, 'aktif', p.id, { umkmId: u.id }, { startDate: start, endDate: shift(0) });
    const open = await agreementIn(ctx, 'aktif', p.id, { umkmId: u.id }, { startDate: start });
    const done = await agreementIn(ctx, 'selesai', p.id, { umkmId: u.id }, { startDate: start, endDate: shift(-30) });
    const proposed = await agreementIn(ctx, 'diusulkan', p.id, { umkmId: u.id }, { startDate: start, endDate: shift(-30) });
    const flags = Object.fromEntries((await call(ctx, 'kemitraan:list', {})).items.map((x) => [x.id, x.dueForReview]));
    expect(flags).toEqual({ [due.id]: true, [endsToday.id]: false, [open.id]: false, [done.id]: false, [proposed.id]: false });
    expect((await ctx.kemitraan.get(due.id)).dueForReview).toBe(true);
    expect((await call(ctx, 'kemitraan:list', { dueForReview: true })).items.map((x) => x.id)).toEqual([due.id]);
    expect((await call(ctx, 'kemitraan:list', { dueForReview: false })).total).toBe(4);
  });
});

describe('kemitraan: list filters', () => {
  let ids: Record<'a' | 'b' | 'c' | 'd', number>;
  let refs: Record<'hotel' | 'bank' | 'selatan' | 'kota' | 'timur', number>;
  let kegiatanId: number;

  beforeEach(async () => {
    const selatan = await addUmkm(ctx, { businessName: 'Amplang Sepinggan' }); // 64.71.05
    const kota = await addUmkm(ctx, { businessName: 'Batik Klandasan', kecamatan: '64.71.06', kelurahan: '64.71.06.1003' });
    const hotel = await addMitra(ctx, { name: 'Hotel A', kind: 'hotel' });
    const bank = await addMitra(ctx, { name: 'Bank B', kind: 'bank' });
    const timur = await call(ctx, 'komunitas:create', { name: 'Komunitas Amplang Manggar', kecamatan: '64.71.01', memberIds: [kota.id] });
    kegiatanId = (await call(ctx, 'kegiatan:create', { name: 'Temu Kemitraan UMKM', date: '2023-05-23', venue: 'Ballroom Hotel Platinum Balikpapan' })).id;
    const money = [{ kind: 'permodalan', description: 'Modal kerja', value: 50_000_000 }];
    ids = {
      // 2023-06-01 .. 2023-12-31, aktif
      a: (await agreementIn(ctx, 'aktif', hotel.id, { umkmId: selatan.id }, { startDate: '2023-06-01', endDate: '2023-12-31', kegiatanId })).id,
      // 2024-01-01 .. open, diusulkan
      b: (await agreementIn(ctx, 'diusulkan', bank.id, { umkmId: kota.id }, { startDate: '2024-01-01', pattern: 'bagi_hasil', supports: money })).id,
      // 2023-03-01 .. 2023-05-31, selesai, community in Timur
      c: (await agreementIn(ctx, 'selesai', hotel.id, { komunitasId: timur.id }, { startDate: '2023-03-01', endDate: '2023-05-31', kegiatanId })).id,
      // 2025-01-01 .. 2025-12-31, dibatalkan
      d: (await agreementIn(ctx, 'dibatalkan', bank.id, { umkmId: selatan.id }, { startDate: '2025-01-01', endDate: '2025-12-31', pattern: 'bagi_hasil', supports: money })).id,
    };
    refs = { hotel: hotel.id, bank: bank.id, selatan: selatan.id, kota: kota.id, timur: timur.id };
  });

  const found = async (q: KemitraanListQuery) => {
    const page: Page<Kemitraan> = await call(ctx, 'kemitraan:list', q);
    expect(page.total).toBe(page.items.length);
    const byId = Object.fromEntries(Object.entries(ids).map(([name, id]) => [id, name]));
    return page.items.map((x) => byId[x.id]).sort();
  };

  it('no filter: all, newest start first, with the list fields', async () => {
    const page = await call(ctx, 'kemitraan:list', {});
    expect(page.items.map((x) => x.id)).toEqual([ids.d, ids.b, ids.a, ids.c]);
    expect(page.items[2]).toMatchObject({ partnerName: 'Hotel A', umkmName: 'Amplang Sepinggan', kecamatan: '64.71.05', eventName: 'Temu Kemitraan UMKM', totalValue: 0 });
    expect(page.items[3]).toMatchObject({ komunitasName: 'Komunitas Amplang Manggar', kecamatan: '64.71.01', umkmName: null });
  });

  it('status, partner, UMKM, community, meeting, pattern, support kind', async () => {
    expect(await found({ status: 'aktif' })).toEqual(['a']);
    expect(await found({ status: 'dibatalkan' })).toEqual(['d']);
    expect(await found({ mitraId: refs.bank })).toEqual(['b', 'd']);
    expect(await found({ umkmId: refs.selatan })).toEqual(['a', 'd']);
    expect(await found({ komunitasId: refs.timur })).toEqual(['c']);
    expect(await found({ kegiatanId })).toEqual(['a', 'c']);
    expect(await found({ pattern: 'bagi_hasil' })).toEqual(['b', 'd']);
    expect(await found({ supportKind: 'permodalan' })).toEqual(['b', 'd']);
    expect(await found({ supportKind: 'pemasaran' })).toEqual(['a', 'c']);
    expect(await found({ supportKind: 'event' })).toEqual([]);
    expect(await found({ mitraId: refs.bank, status: 'diusulkan' })).toEqual(['b']);
  });

  it('kecamatan: of the UMKM, or of the community (names accepted)', async () => {
    expect(await found({ kecamatan: 'Bpp Selatan' })).toEqual(['a', 'd']);
    expect(await found({ kecamatan: '64.71.06' })).toEqual(['b']);
    // The community is in Timur even though its member lives in Kota.
    expect(await found({ kecamatan: 'Balikpapan Timur' })).toEqual(['c']);
    expect(await found({ kecamatan: 'Utara' })).toEqual([]);
    expect((await thrown(() => call(ctx, 'kemitraan:list', { kecamatan: 'Samarinda' }))).fields).toEqual({ kecamatan: messages.validation.kecamatan });
  });

  it('date range: agreements running at some time within [from, to]', async () => {
    expect(await found({ from: '2023-05-01', to: '2023-05-31' })).toEqual(['c']);
    expect(await found({ from: '2023-05-31', to: '2023-06-01' })).toEqual(['a', 'c']); // both bounds inclusive
    expect(await found({ from: '2023-07-01', to: '2023-07-31' })).toEqual(['a']);
    expect(await found({ from: '2024-06-01', to: '2024-06-30' })).toEqual(['b']); // open-ended
    expect(await found({ from: '2025-06-01' })).toEqual(['b', 'd']);
    expect(await found({ to: '2023-03-01' })).toEqual(['c']);
    expect(await found({ from: '2022-01-01', to: '2022-12-31' })).toEqual([]);
    expect((await thrown(() => call(ctx, 'kemitraan:list', { from: '2023-06-01', to: '2023-05-01' }))).fields).toEqual({ to: k.rangeReversed });
  });

  it('due for review, and paging with the total', async () => {
    expect(await found({ dueForReview: true })).toEqual(['a']);
    const page = await call(ctx, 'kemitraan:list', { pageSize: 3, page: 2 });
    expect([page.total, page.items.map((x) => x.id)]).toEqual([4, [ids.c]]);
  });

  it('a deleted agreement leaves the list; the CLI-style text ids work through the handler table', async () => {
    await ctx.kemitraan.remove(ids.b);
    expect(await found({})).toEqual(['a', 'c', 'd']);
    expect((await thrown(() => ctx.kemitraan.get(ids.b))).code).toBe('NOT_FOUND');
    const r = await dispatch('kemitraan:list', { mitraId: String(refs.hotel), status: 'aktif' }, ctx.core, adminSession(ctx));
    expect(r.ok && (r.value as Page<Kemitraan>).items.map((x) => x.id)).toEqual([ids.a]);
  });
});
