// The recycle bin: deleted UMKM, partners, agreements, communities and meetings wait there until an
// admin restores them (refused when something live took their NIK, NIB or number) or purges them
// for good with what depends on them; both are audited.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Channel, InputOf, OutputOf } from '../../shared/contract';
import { dispatch } from '../../electron/core/dispatch/dispatch';
import type { SessionRef } from '../../electron/core/auth/sessions';
import { sessionAs, signedIn } from '../support/auth';
import { call } from '../support/call';
import { TRASH_KINDS } from '../../shared/contract/audit';
import { countRows } from '../support/dbQuery';
import { count, validMitra } from '../support/partnerships';
import { tempContext, validUmkm } from '../support/tempDb';

/** Every kind the bin holds, each with nothing in it. */
const noneInBin = Object.fromEntries(TRASH_KINDS.map((k) => [k, 0]));

let env: Awaited<ReturnType<typeof tempContext>>;
let admin: SessionRef;
beforeEach(async () => {
  env = await tempContext();
  admin = await signedIn(env.ctx, 'admin', 'admin1');
});
afterEach(async () => {
  await env.cleanup();
});

async function ok<C extends Channel>(channel: C, input: InputOf<C> | Record<string, unknown>, session: SessionRef = admin): Promise<OutputOf<C>> {
  const r = await dispatch(channel, input, env.ctx.core, session);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
  return r.value as OutputOf<C>;
}
const trail = (q: InputOf<'audit:list'>) => call(env.core, 'audit:list', q);
async function refused<C extends Channel>(channel: C, input: InputOf<C> | Record<string, unknown>, session: SessionRef = admin) {
  const r = await dispatch(channel, input, env.ctx.core, session);
  if (r.ok) throw new Error(`${channel} was not refused`);
  return r.error;
}

describe('delete, list, restore', () => {
  it('moves a deleted UMKM to the bin, naming who deleted it, and brings it back into the lists', async () => {
    const u = await ok('umkm:create', validUmkm());
    await ok('umkm:delete', { id: u.id });
    expect((await ok('umkm:list', {})).total).toBe(0);
    const bin = await ok('trash:list', { kind: 'umkm' });
    expect(bin.items).toEqual([{ kind: 'umkm', id: u.id, name: u.businessName, detail: u.nik, deletedAt: expect.any(String), deletedBy: 'admin1' }]);
    expect(bin.counts).toEqual({ ...noneInBin, umkm: 1 });

    expect(await ok('trash:restore', { kind: 'umkm', id: u.id })).toEqual({ kind: 'umkm', id: u.id, name: u.businessName });
    expect((await ok('umkm:list', {})).items.map((i) => i.id)).toEqual([u.id]);
    expect((await ok('umkm:get', { id: u.id })).businessName).toBe(u.businessName);
    expect((await ok('trash:list', { kind: 'umkm' })).total).toBe(0);
    const line = (await trail({ action: 'restore' })).items[0]!;
    expect(line).toMatchObject({ entity: 'umkm', entityId: u.id, username: 'admin1' });
    expect(line.changes.deletedAt![0]).toEqual(expect.any(String));
    expect(line.changes.deletedAt![1]).toBeNull();
  });

  it('restores partners, agreements, communities and meetings the same way', async () => {
    const u = await ok('umkm:create', validUmkm());
    const m = await ok('mitra:create', validMitra());
    const k = await ok('komunitas:create', { name: 'Komunitas Kue', memberIds: [u.id] });
    const e = await ok('kegiatan:create', { name: 'Temu Kemitraan', date: '2023-05-23', venue: 'Balai Kota' });
    const a = await ok('kemitraan:create', { mitraId: m.id, umkmId: u.id, startDate: '2023-06-01', pattern: 'rantai_pasok', supports: [{ kind: 'pemasaran', description: 'Etalase' }] });
    await ok('kemitraan:delete', { id: a.id });
    await ok('mitra:delete', { id: m.id });
    await ok('komunitas:delete', { id: k.id });
    await ok('kegiatan:delete', { id: e.id });
    const counts = (await ok('trash:list', { kind: 'mitra' })).counts;
    expect(counts).toEqual({ ...noneInBin, mitra: 1, kemitraan: 1, komunitas: 1, kegiatan: 1 });
    // A proposed agreement waits for its partner to come back first.
    expect((await refused('trash:restore', { kind: 'kemitraan', id: a.id })).code).toBe('CONFLICT');
    await ok('trash:restore', { kind: 'mitra', id: m.id });
    await ok('trash:restore', { kind: 'kemitraan', id: a.id });
    await ok('trash:restore', { kind: 'komunitas', id: k.id });
    await ok('trash:restore', { kind: 'kegiatan', id: e.id });
    expect((await ok('kemitraan:list', {})).items.map((i) => i.id)).toEqual([a.id]);
    expect((await ok('komunitas:get', { id: k.id })).members.map((x) => x.id)).toEqual([u.id]);
    expect((await ok('kegiatan:list', {})).map((x) => x.id)).toEqual([e.id]);
    expect((await ok('mitra:list', {})).total).toBe(1);
  });

  it('refuses to restore a UMKM whose NIK an active UMKM holds now, naming it', async () => {
    const u = await ok('umkm:create', validUmkm());
    await ok('umkm:delete', { id: u.id });
    const taker = await ok('umkm:create', validUmkm({ businessName: 'Pemegang Baru' }));
    const err = await refused('trash:restore', { kind: 'umkm', id: u.id });
    expect(err.code).toBe('DUPLICATE');
    expect(err.message).toContain('Pemegang Baru');
    expect(err.message).toContain(String(taker.id));
    expect((await ok('trash:list', { kind: 'umkm' })).total).toBe(1);
    expect((await trail({ action: 'restore' })).total).toBe(0);
  });

  it('refuses to restore an agreement whose number was given again', async () => {
    const u = await ok('umkm:create', validUmkm());
    const m = await ok('mitra:create', validMitra());
    const a = await ok('kemitraan:create', { number: 'PKS/001', mitraId: m.id, umkmId: u.id, startDate: '2023-06-01', pattern: 'rantai_pasok', supports: [{ kind: 'pemasaran', description: 'Etalase' }] });
    await ok('kemitraan:delete', { id: a.id });
    await ok('kemitraan:create', { number: 'PKS/001', mitraId: m.id, umkmId: u.id, startDate: '2023-07-01', pattern: 'rantai_pasok', supports: [{ kind: 'pemasaran', description: 'Etalase' }] });
    const err = await refused('trash:restore', { kind: 'kemitraan', id: a.id });
    expect(err.code).toBe('DUPLICATE');
    expect(err.message).toContain('PKS/001');
  });

  it('answers NOT_FOUND for a record that is not in the bin', async () => {
    const u = await ok('umkm:create', validUmkm());
    expect((await refused('trash:restore', { kind: 'umkm', id: u.id })).code).toBe('NOT_FOUND');
    expect((await refused('trash:purge', { kind: 'umkm', id: u.id })).code).toBe('NOT_FOUND');
    expect(await count(env.ctx, 'umkm')).toBe(1);
  });

  it('is the admin’s alone', async () => {
    const u = await ok('umkm:create', validUmkm());
    await ok('umkm:delete', { id: u.id });
    const operator = sessionAs(env.ctx, 'operator');
    expect((await refused('trash:restore', { kind: 'umkm', id: u.id }, operator)).code).toBe('FORBIDDEN');
    expect((await refused('trash:purge', { kind: 'umkm', id: u.id }, operator)).code).toBe('FORBIDDEN');
    expect((await refused('trash:list', { kind: 'umkm' }, operator)).code).toBe('FORBIDDEN');
  });
});

describe('purge', () => {
  it('removes a UMKM with its class records, memberships and attendance, and keeps the whole row in the trail', async () => {
    const u = await ok('umkm:create', validUmkm());
    const keep = await ok('umkm:create', validUmkm({ nik: '6471054506880002', businessName: 'Tetap Ada' }));
    await ok('progress:add', { umkmId: u.id, date: '2024-01-10', annualSales: 500_000_000, source: 'survei' });
    const k = await ok('komunitas:create', { name: 'Komunitas Kue', memberIds: [u.id, keep.id] });
    const e = await ok('kegiatan:create', { name: 'Temu Kemitraan', date: '2023-05-23', venue: 'Balai Kota', komunitasIds: [k.id] });
    await ok('kegiatan:setAttendance', { id: e.id, umkm: [{ umkmId: u.id, hadir: true }] });
    await ok('umkm:delete', { id: u.id });
    const records = await count(env.ctx, 'riwayat_kelas');
    expect(await ok('trash:purge', { kind: 'umkm', id: u.id })).toEqual({ kind: 'umkm', id: u.id, name: u.businessName });

    const db = env.ctx.db;
    const left = (table: string, where: string) => countRows(db, table, where, [u.id]);
    expect(await left('umkm', 'id = ?')).toBe(0);
    expect(await left('riwayat_kelas', 'umkm_id = ?')).toBe(0);
    expect(await left('kelas_tahunan', 'umkm_id = ?')).toBe(0);
    expect(await left('komunitas_anggota', 'umkm_id = ?')).toBe(0);
    expect(await left('kegiatan_umkm', 'umkm_id = ?')).toBe(0);
    // SQLite's search is a table of its own (umkm_fts) that must lose the row too; PostgreSQL's is
    // an index on the umkm row itself (ix_umkm_search), gone with the row.
    if (db.kind === 'sqlite') expect(await left('umkm_fts', `umkm_fts MATCH '"Amplang"' AND rowid = ?`)).toBe(0);
    expect(await count(env.ctx, 'riwayat_kelas')).toBe(records - 2);
    expect((await ok('komunitas:get', { id: k.id })).members.map((x) => x.id)).toEqual([keep.id]);
    expect((await ok('trash:list', { kind: 'umkm' })).total).toBe(0);

    const line = (await trail({ action: 'purge' })).items[0]!;
    expect(line).toMatchObject({ entity: 'umkm', entityId: u.id, username: 'admin1' });
    expect(line.changes.businessName).toEqual([u.businessName, null]);
    expect(line.changes.nik).toEqual([u.nik, null]);
    expect(line.changes.classRecords).toEqual([2, null]);
    expect(line.changes.memberships).toEqual([1, null]);
    expect(line.changes.attendance).toEqual([1, null]);
    // The trail of its life stays: create, delete, purge.
    expect((await trail({ entity: 'umkm', entityId: u.id })).items.map((i) => i.action)).toEqual(['purge', 'delete', 'create']);
  });

  it('removes an agreement with its supports', async () => {
    const u = await ok('umkm:create', validUmkm());
    const m = await ok('mitra:create', validMitra());
    const a = await ok('kemitraan:create', {
      mitraId: m.id,
      umkmId: u.id,
      startDate: '2023-06-01',
      pattern: 'rantai_pasok',
      supports: [{ kind: 'pemasaran', description: 'Etalase', value: 1_000_000 }],
    });
    await ok('kemitraan:delete', { id: a.id });
    await ok('trash:purge', { kind: 'kemitraan', id: a.id });
    expect(await count(env.ctx, 'kemitraan')).toBe(0);
    expect(await count(env.ctx, 'kemitraan_dukungan')).toBe(0);
    const line = (await trail({ action: 'purge' })).items[0]!;
    expect(line.changes.number).toEqual([a.number, null]);
    expect(line.changes.supports).toEqual([[{ kind: 'pemasaran', description: 'Etalase', value: 1_000_000 }], null]);
  });

  it('refuses a UMKM or partner still party to an agreement, even one in the bin, naming it', async () => {
    const u = await ok('umkm:create', validUmkm());
    const m = await ok('mitra:create', validMitra());
    const a = await ok('kemitraan:create', { mitraId: m.id, umkmId: u.id, startDate: '2023-06-01', pattern: 'rantai_pasok', supports: [{ kind: 'pemasaran', description: 'Etalase' }] });
    await ok('kemitraan:delete', { id: a.id });
    await ok('umkm:delete', { id: u.id });
    await ok('mitra:delete', { id: m.id });
    for (const kind of ['umkm', 'mitra'] as const) {
      const err = await refused('trash:purge', { kind, id: kind === 'umkm' ? u.id : m.id });
      expect(err.code).toBe('CONFLICT');
      expect(err.message).toContain(a.number);
    }
    expect(await count(env.ctx, 'umkm')).toBe(1);
    expect((await trail({ action: 'purge' })).total).toBe(0);
    // Agreement first, then the parties.
    await ok('trash:purge', { kind: 'kemitraan', id: a.id });
    await ok('trash:purge', { kind: 'umkm', id: u.id });
    await ok('trash:purge', { kind: 'mitra', id: m.id });
    expect((await trail({ action: 'purge' })).total).toBe(3);
  });
});
