import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Komunitas, UmkmListItem } from '../../shared/contract';
import { fill, messages } from '../../shared/i18n';
import type { Scope } from '../../electron/core/scope';
import { dispatch } from '../../electron/core/dispatch/dispatch';
import { adminSession } from '../support/auth';
import { call } from '../support/call';
import { tempContext } from '../support/tempDb';
import { addAgreement, addMitra, addUmkm, count, thrown } from '../support/partnerships';

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
const LIST_ITEM_KEYS: Array<keyof UmkmListItem> = [
  'id', 'businessName', 'ownerName', 'nik', 'nib', 'kecamatan', 'kecamatanName', 'kelurahan', 'kelurahanName', 'sector', 'class', 'classBasis', 'annualSales', 'capital', 'status', 'registeredAt',
];

describe('komunitas: create, get, list', () => {
  it('creates a community with members; get lists them in the UmkmListItem shape, sorted by name', async () => {
    const b = await addUmkm(ctx, { businessName: 'Batik Bu Rahmah' });
    const a = await addUmkm(ctx, { businessName: 'Amplang Bu Sari', ownerName: 'Sari Rahmawati' });
    const c = await call(ctx, 'komunitas:create', { name: 'Komunitas Amplang Manggar', kecamatan: 'Bpp Timur', phone: '0812-1111-2222', memberIds: [b.id, a.id, a.id] });
    expect(c).toMatchObject({ name: 'Komunitas Amplang Manggar', kecamatan: '64.71.01', kecamatanName: 'Balikpapan Timur', phone: '+6281211112222', leaderUmkmId: null, leaderName: null });
    expect(c.members.map((m) => m.id)).toEqual([a.id, b.id]);
    expect(Object.keys(c.members[0]!).sort()).toEqual([...LIST_ITEM_KEYS].sort());
    expect(c.members[0]).toMatchObject({ businessName: 'Amplang Bu Sari', kecamatanName: 'Balikpapan Selatan', class: 'mikro' });
    expect(await ctx.komunitas.get(c.id)).toEqual(c);
  });

  it('derives the leader name from the leader UMKM owner, and follows an edit of the owner', async () => {
    const a = await addUmkm(ctx, { ownerName: 'Sari Rahmawati' });
    const c = await call(ctx, 'komunitas:create', { name: 'Kelompok Batik Sasirangan Klandasan', leaderUmkmId: a.id, leaderName: 'diabaikan', memberIds: [a.id] });
    expect(c.leaderUmkmId).toBe(a.id);
    expect(c.leaderName).toBe('Sari Rahmawati');
    await ctx.umkm.update(a.id, { ownerName: 'Sari Wulandari' });
    expect((await ctx.komunitas.get(c.id)).leaderName).toBe('Sari Wulandari');
    expect((await call(ctx, 'komunitas:list', {}))[0]!.leaderName).toBe('Sari Wulandari');
  });

  it('keeps a named contact as leader when no leader UMKM is chosen', async () => {
    const c = await call(ctx, 'komunitas:create', { name: 'Paguyuban UMKM Teritip', leaderName: 'Pak RT Syamsul' });
    expect([c.leaderUmkmId, c.leaderName]).toEqual([null, 'Pak RT Syamsul']);
  });

  it('refuses a leader who is not a member (field leaderUmkmId) and writes nothing', async () => {
    const a = await addUmkm(ctx);
    const b = await addUmkm(ctx);
    const err = await thrown(() => call(ctx, 'komunitas:create', { name: 'Komunitas X', leaderUmkmId: b.id, memberIds: [a.id] }));
    expect(err.code).toBe('VALIDATION');
    expect(err.fields).toEqual({ leaderUmkmId: k.leaderNotMember });
    expect(await count(ctx, 'komunitas')).toBe(0);
    expect(await count(ctx, 'komunitas_anggota')).toBe(0);
  });

  it('refuses unknown or deleted member ids, naming them at memberIds', async () => {
    const a = await addUmkm(ctx);
    const gone = await addUmkm(ctx);
    await ctx.umkm.remove(gone.id);
    const err = await thrown(() => call(ctx, 'komunitas:create', { name: 'Komunitas X', memberIds: [a.id, 9999, gone.id] }));
    expect(err.code).toBe('VALIDATION');
    expect(err.fields).toEqual({ memberIds: fill(messages.errors.notFound, { entity: 'UMKM', id: `9999, ${gone.id}` }) });
    expect(err.message).toBe(err.fields!.memberIds);
    expect(await count(ctx, 'komunitas')).toBe(0);
  });

  it('refuses bad input through the handler table with the field named', async () => {
    const r = await dispatch('komunitas:create', { name: 'K', kecamatan: 'Samarinda', memberIds: ['x'] }, ctx.core, adminSession(ctx));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('VALIDATION');
    expect(Object.keys(r.error.fields ?? {}).sort()).toEqual(['kecamatan', 'memberIds.0', 'name']);
    expect(r.error.fields!.kecamatan).toBe(messages.validation.kecamatan);
  });

  it('lets a UMKM belong to several communities; list counts members and filters by UMKM, kecamatan and name', async () => {
    const a = await addUmkm(ctx);
    const b = await addUmkm(ctx);
    const c = await addUmkm(ctx);
    const k1 = await call(ctx, 'komunitas:create', { name: 'Komunitas Kuliner Sepinggan', kecamatan: '64.71.05', memberIds: [a.id, b.id, c.id] });
    const k2 = await call(ctx, 'komunitas:create', { name: 'Kelompok Kriya Gunung Bahagia', kecamatan: '64.71.05', memberIds: [a.id] });
    const k3 = await call(ctx, 'komunitas:create', { name: 'Komunitas Oleh-oleh Prapatan', kecamatan: '64.71.06', memberIds: [b.id] });
    expect((await call(ctx, 'komunitas:list', {})).map((x) => [x.name, x.memberCount])).toEqual([
      ['Kelompok Kriya Gunung Bahagia', 1],
      ['Komunitas Kuliner Sepinggan', 3],
      ['Komunitas Oleh-oleh Prapatan', 1],
    ]);
    expect((await call(ctx, 'komunitas:list', { umkmId: a.id })).map((x) => x.id)).toEqual([k2.id, k1.id]);
    expect((await call(ctx, 'komunitas:list', { kecamatan: 'Kota' })).map((x) => x.id)).toEqual([k3.id]);
    expect((await call(ctx, 'komunitas:list', { search: 'kuliner' })).map((x) => x.id)).toEqual([k1.id]);
    expect(await call(ctx, 'komunitas:list', { search: '100%' })).toEqual([]);
    expect((await call(ctx, 'komunitas:list', {}))[0]).toEqual({ id: k2.id, name: 'Kelompok Kriya Gunung Bahagia', kecamatan: '64.71.05', kecamatanName: 'Balikpapan Selatan', leaderName: null, memberCount: 1 });
  });

  it('leaves a UMKM moved out of the registry out of the members and the count', async () => {
    const a = await addUmkm(ctx);
    const b = await addUmkm(ctx);
    const c = await call(ctx, 'komunitas:create', { name: 'Komunitas X', memberIds: [a.id, b.id] });
    await ctx.umkm.remove(b.id);
    expect((await ctx.komunitas.get(c.id)).members.map((m) => m.id)).toEqual([a.id]);
    expect((await call(ctx, 'komunitas:list', {}))[0]!.memberCount).toBe(1);
  });

  it('get of an unknown or deleted community is NOT_FOUND in Indonesian', async () => {
    const err = await thrown(() => ctx.komunitas.get(42));
    expect([err.code, err.message]).toEqual(['NOT_FOUND', 'Komunitas dengan ID 42 tidak ditemukan.']);
  });
});

describe('komunitas: members', () => {
  it('addMembers adds (ignoring ones already in) and refuses unknown ids at umkmIds, adding none of the batch', async () => {
    const a = await addUmkm(ctx);
    const b = await addUmkm(ctx);
    const c = await call(ctx, 'komunitas:create', { name: 'Komunitas X', memberIds: [a.id] });
    const after = await call(ctx, 'komunitas:addMembers', { id: c.id, umkmIds: [a.id, b.id] });
    expect(after.members.map((m) => m.id)).toEqual([a.id, b.id]);
    const d = await addUmkm(ctx);
    const err = await thrown(() => call(ctx, 'komunitas:addMembers', { id: c.id, umkmIds: [d.id, 777] }));
    expect(err.fields).toEqual({ umkmIds: 'UMKM dengan ID 777 tidak ditemukan.' });
    expect((await ctx.komunitas.get(c.id)).members).toHaveLength(2);
    expect((await thrown(() => call(ctx, 'komunitas:addMembers', { id: 99, umkmIds: [a.id] }))).code).toBe('NOT_FOUND');
  });

  it('removeMembers removes, and refuses an id that is not a member at umkmIds', async () => {
    const a = await addUmkm(ctx);
    const b = await addUmkm(ctx);
    const c = await call(ctx, 'komunitas:create', { name: 'Komunitas X', memberIds: [a.id, b.id] });
    expect((await call(ctx, 'komunitas:removeMembers', { id: c.id, umkmIds: [b.id] })).members.map((m) => m.id)).toEqual([a.id]);
    const err = await thrown(() => call(ctx, 'komunitas:removeMembers', { id: c.id, umkmIds: [a.id, b.id] }));
    expect(err.fields).toEqual({ umkmIds: fill(k.notMember, { id: b.id }) });
    expect((await ctx.komunitas.get(c.id)).members.map((m) => m.id)).toEqual([a.id]);
  });

  it('removing the leader leaves the community without a leader UMKM (the named contact shows again)', async () => {
    const a = await addUmkm(ctx, { ownerName: 'Sari Rahmawati' });
    const b = await addUmkm(ctx);
    const c = await call(ctx, 'komunitas:create', { name: 'Komunitas X', leaderUmkmId: a.id, leaderName: 'Bu Sari', memberIds: [a.id, b.id] });
    const after = await call(ctx, 'komunitas:removeMembers', { id: c.id, umkmIds: [a.id] });
    expect([after.leaderUmkmId, after.leaderName]).toEqual([null, 'Bu Sari']);
  });

  it('removing a UMKM from a community keeps every agreement: its own with a partner and the community one', async () => {
    const a = await addUmkm(ctx);
    const b = await addUmkm(ctx);
    const p = await addMitra(ctx);
    const c = await call(ctx, 'komunitas:create', { name: 'Komunitas X', memberIds: [a.id, b.id] });
    const own = await addAgreement(ctx, p.id, { umkmId: a.id });
    const shared = await addAgreement(ctx, p.id, { komunitasId: c.id });
    await call(ctx, 'komunitas:removeMembers', { id: c.id, umkmIds: [a.id] });
    expect(await ctx.kemitraan.get(own.id)).toEqual(own);
    expect(await ctx.kemitraan.get(shared.id)).toEqual(shared);
    expect((await call(ctx, 'kemitraan:list', {})).total).toBe(2);
    // Replacing the member list through update keeps them too.
    await call(ctx, 'komunitas:update', { id: c.id, changes: { memberIds: [] } });
    expect((await call(ctx, 'kemitraan:list', {})).total).toBe(2);
  });
});

describe('komunitas: update and delete', () => {
  it('update merges the changed fields; memberIds, when given, replaces the members', async () => {
    const a = await addUmkm(ctx);
    const b = await addUmkm(ctx);
    const c = await call(ctx, 'komunitas:create', { name: 'Komunitas X', kecamatan: '64.71.01', phone: '0812-1111-2222', notes: 'catatan', memberIds: [a.id] });
    const renamed = await call(ctx, 'komunitas:update', { id: c.id, changes: { name: 'Komunitas Amplang Manggar' } });
    expect(renamed).toMatchObject({ name: 'Komunitas Amplang Manggar', kecamatan: '64.71.01', phone: '+6281211112222', notes: 'catatan' });
    expect(renamed.members.map((m) => m.id)).toEqual([a.id]);
    const replaced = await call(ctx, 'komunitas:update', { id: c.id, changes: { memberIds: [b.id], leaderUmkmId: b.id, notes: '' } });
    expect(replaced.members.map((m) => m.id)).toEqual([b.id]);
    expect([replaced.leaderUmkmId, replaced.notes]).toEqual([b.id, null]);
  });

  it('update refuses a leader outside the new member list, an unknown field, and changes nothing', async () => {
    const a = await addUmkm(ctx);
    const b = await addUmkm(ctx);
    const c = await call(ctx, 'komunitas:create', { name: 'Komunitas X', leaderUmkmId: a.id, memberIds: [a.id, b.id] });
    expect((await thrown(() => call(ctx, 'komunitas:update', { id: c.id, changes: { memberIds: [b.id] } }))).fields).toEqual({ leaderUmkmId: k.leaderNotMember });
    expect((await thrown(() => call(ctx, 'komunitas:update', { id: c.id, changes: { ketua: 'x' } as never }))).fields).toEqual({ _: fill(messages.validation.unknownKey, { key: 'ketua' }) });
    expect(await ctx.komunitas.get(c.id)).toEqual(c);
  });

  it('delete is refused (CONFLICT) while the community is party to a proposed or active agreement', async () => {
    const p = await addMitra(ctx);
    const c = await call(ctx, 'komunitas:create', { name: 'Komunitas X' });
    const a = await addAgreement(ctx, p.id, { komunitasId: c.id });
    const err = await thrown(() => ctx.komunitas.remove(c.id));
    expect([err.code, err.message]).toEqual(['CONFLICT', fill(k.komunitasHasAgreements, { n: 1 })]);
    await call(ctx, 'kemitraan:setStatus', { id: a.id, status: 'dibatalkan' });
    expect(await ctx.komunitas.remove(c.id)).toEqual({ id: c.id });
    expect(await call(ctx, 'komunitas:list', {})).toEqual([]);
    // The agreement still names the community.
    expect((await ctx.kemitraan.get(a.id)).komunitasName).toBe('Komunitas X');
  });

  it('works through the handler table end to end', async () => {
    const a = await addUmkm(ctx);
    const created = await dispatch('komunitas:create', { name: 'Komunitas X', memberIds: [String(a.id)] }, ctx.core, adminSession(ctx));
    expect(created.ok).toBe(true);
    const id = (created as { ok: true; value: Komunitas }).value.id;
    const removed = await dispatch('komunitas:removeMembers', { id, umkmIds: [a.id] }, ctx.core, adminSession(ctx));
    expect(removed.ok && (removed.value as Komunitas).members).toEqual([]);
    const empty = await dispatch('komunitas:addMembers', { id, umkmIds: [] }, ctx.core, adminSession(ctx));
    expect(!empty.ok && empty.error.fields).toEqual({ umkmIds: fill(k.listTooShort, { min: 1 }) });
  });
});
