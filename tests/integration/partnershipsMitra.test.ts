import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MitraListItem, MitraListQuery } from '../../shared/contract';
import { fill, messages } from '../../shared/i18n';
import type { Scope } from '../../electron/core/scope';
import { dispatch } from '../../electron/core/dispatch/dispatch';
import { MitraEntity } from '../../electron/core/db/entities';
import { adminSession } from '../support/auth';
import { call } from '../support/call';
import { tempContext } from '../support/tempDb';
import { addAgreement, addMitra, addUmkm, agreementIn, thrown, validMitra } from '../support/partnerships';

let t: Awaited<ReturnType<typeof tempContext>>;
let ctx: Scope;

beforeEach(async () => {
  t = await tempContext();
  ctx = t.ctx;
});
afterEach(async () => {
  await t.cleanup();
});

describe('mitra: create, get, update', () => {
  it('creates a partner with normalised fields and defaults, and gets it back', async () => {
    const m = await addMitra(ctx, { email: 'Kemitraan@Hotel.Contoh.ID', nib: '8120-0000-31000', interestSectors: ['kuliner', 'kuliner', 'kriya'], notes: '' });
    expect(m).toMatchObject({
      name: 'Hotel Contoh Balikpapan',
      kind: 'hotel',
      kecamatan: '64.71.06',
      kecamatanName: 'Balikpapan Kota',
      phone: '+62542731234',
      email: 'kemitraan@hotel.contoh.id',
      nib: '8120000031000',
      npwp: null,
      status: 'aktif',
      interestSectors: ['kuliner', 'kriya'],
      offers: ['pemasaran'],
      targetClasses: ['mikro'],
      notes: null,
    });
    expect(m.createdAt).toBe(m.updatedAt);
    expect(await ctx.mitra.get(m.id)).toEqual(m);
  });

  it('refuses bad input with each field named in Indonesian', async () => {
    const err = await thrown(() => call(ctx, 'mitra:create', validMitra({ name: 'X', kind: 'warung', email: 'bukan-email', offers: ['uang'], nib: '123' })));
    expect(err.code).toBe('VALIDATION');
    expect(err.fields).toEqual({
      name: fill(messages.validation.tooShort, { min: 2 }),
      kind: messages.validation.invalidChoice,
      email: messages.validation.invalidEmail,
      'offers.0': messages.validation.invalidChoice,
      nib: messages.validation.nib,
    });
  });

  it('update merges the changed fields over the stored partner and checks the whole', async () => {
    const m = await addMitra(ctx, { address: 'Jl. Jenderal Sudirman No. 45' });
    const u = await call(ctx, 'mitra:update', { id: m.id, changes: { status: 'tidak_aktif', offers: ['event', 'pembinaan'], address: '' } });
    expect(u).toMatchObject({ name: m.name, kind: 'hotel', status: 'tidak_aktif', offers: ['event', 'pembinaan'], address: null, phone: m.phone });
    expect((await thrown(() => call(ctx, 'mitra:update', { id: m.id, changes: { kind: 'warung' as never } }))).fields).toEqual({ kind: messages.validation.invalidChoice });
    expect((await thrown(() => call(ctx, 'mitra:update', { id: 999, changes: { name: 'Baru' } }))).message).toBe('Mitra dengan ID 999 tidak ditemukan.');
  });
});

describe('mitra: list', () => {
  it('filters by name (substring, any case), kind and status, with paging', async () => {
    await addMitra(ctx, { name: 'Hotel Platinum Balikpapan' });
    await addMitra(ctx, { name: 'Grand Sentosa Hotel', status: 'tidak_aktif' });
    await addMitra(ctx, { name: 'Borneo Fresh Supermarket', kind: 'supermarket' });
    await addMitra(ctx, { name: 'Plaza Teluk', kind: 'mall' });
    const names = async (q: MitraListQuery) => (await call(ctx, 'mitra:list', q)).items.map((m) => m.name);
    expect(await names({})).toEqual(['Borneo Fresh Supermarket', 'Grand Sentosa Hotel', 'Hotel Platinum Balikpapan', 'Plaza Teluk']);
    expect(await names({ search: 'HOTEL' })).toEqual(['Grand Sentosa Hotel', 'Hotel Platinum Balikpapan']);
    expect(await names({ search: 'tin' })).toEqual(['Hotel Platinum Balikpapan']);
    expect(await names({ kind: 'hotel' })).toEqual(['Grand Sentosa Hotel', 'Hotel Platinum Balikpapan']);
    expect(await names({ kind: 'hotel', status: 'aktif' })).toEqual(['Hotel Platinum Balikpapan']);
    expect(await names({ search: '_' })).toEqual([]);
    const page = await call(ctx, 'mitra:list', { pageSize: 3, page: 2 });
    expect([page.total, page.page, page.pageSize, page.items.map((m) => m.name)]).toEqual([4, 2, 3, ['Plaza Teluk']]);
    const r = await dispatch('mitra:list', { kind: 'warung' }, ctx.core, adminSession(ctx));
    expect(!r.ok && r.error.fields).toEqual({ kind: messages.validation.invalidChoice });
  });

  it('counts aktif agreements and the distinct UMKM fostered directly or through a community', async () => {
    const [a, b, c, d, gone] = [await addUmkm(ctx), await addUmkm(ctx), await addUmkm(ctx), await addUmkm(ctx), await addUmkm(ctx)];
    const p = await addMitra(ctx, { name: 'Hotel A' });
    const other = await addMitra(ctx, { name: 'Hotel B' });
    const kom = await call(ctx, 'komunitas:create', { name: 'Komunitas X', memberIds: [a.id, b.id, gone.id] });
    await agreementIn(ctx, 'aktif', p.id, { umkmId: a.id }); // a (also a member)
    await agreementIn(ctx, 'aktif', p.id, { komunitasId: kom.id }); // a, b, gone
    await agreementIn(ctx, 'aktif', p.id, { umkmId: gone.id });
    await agreementIn(ctx, 'diusulkan', p.id, { umkmId: c.id }); // not active: not counted
    await agreementIn(ctx, 'selesai', p.id, { umkmId: d.id });
    await agreementIn(ctx, 'aktif', other.id, { umkmId: d.id });
    await ctx.umkm.remove(gone.id); // out of the registry: no longer counted as fostered
    const list = (await call(ctx, 'mitra:list', {})).items;
    const item = (name: string) => list.find((m) => m.name === name)!;
    expect(item('Hotel A')).toEqual({
      id: p.id,
      name: 'Hotel A',
      kind: 'hotel',
      sector: 'Perhotelan',
      kecamatanName: 'Balikpapan Kota',
      contactName: 'Rina Kartika',
      phone: '+62542731234',
      status: 'aktif',
      offers: ['pemasaran'],
      activeAgreements: 3,
      fosteredUmkm: 2,
    } satisfies MitraListItem);
    expect([item('Hotel B').activeAgreements, item('Hotel B').fosteredUmkm]).toEqual([1, 1]);
  });
});

describe('mitra: delete', () => {
  it('is refused (CONFLICT, partnerHasAgreements) while the partner has proposed or active agreements', async () => {
    const a = await addUmkm(ctx);
    const b = await addUmkm(ctx);
    const p = await addMitra(ctx);
    const k1 = await addAgreement(ctx, p.id, { umkmId: a.id });
    const k2 = await agreementIn(ctx, 'aktif', p.id, { umkmId: b.id });
    let err = await thrown(() => ctx.mitra.remove(p.id));
    expect([err.code, err.message]).toEqual(['CONFLICT', fill(messages.kemitraanValidation.partnerHasAgreements, { n: 2 })]);
    await call(ctx, 'kemitraan:setStatus', { id: k1.id, status: 'dibatalkan' });
    err = await thrown(() => ctx.mitra.remove(p.id));
    expect(err.message).toBe(fill(messages.kemitraanValidation.partnerHasAgreements, { n: 1 }));
    await call(ctx, 'kemitraan:setStatus', { id: k2.id, status: 'selesai' });
    expect(await ctx.mitra.remove(p.id)).toEqual({ id: p.id });
    expect((await call(ctx, 'mitra:list', {})).total).toBe(0);
    expect((await thrown(() => ctx.mitra.get(p.id))).code).toBe('NOT_FOUND');
    // Its finished agreements still list with the partner's name.
    expect((await call(ctx, 'kemitraan:list', {})).items.map((k) => k.partnerName)).toEqual([p.name, p.name]);
  });

  it('a partner without agreements is deleted (soft: the row stays)', async () => {
    const p = await addMitra(ctx);
    const r = await dispatch('mitra:delete', { id: p.id }, ctx.core, adminSession(ctx));
    expect(r).toEqual({ ok: true, value: { id: p.id } });
    const row = await ctx.tx.em.findOneBy(MitraEntity, { id: p.id });
    expect(row!.deletedAt).not.toBeNull();
  });
});
