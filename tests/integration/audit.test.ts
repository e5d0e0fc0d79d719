// The audit trail: every write through the handler table appends who, when, which record and each
// field before and after; nothing can change or delete a line; failed writes leave no line.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { countRows, openTransactions, queryRow, queryRows } from '../support/dbQuery';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry, Channel, InputOf, OutputOf } from '../../shared/contract';
import { WRITE_AUDIT } from '../../electron/core/audit/channelAudit';
import { AuditLog } from '../../electron/core/audit/auditLog';
import { dispatch } from '../../electron/core/dispatch/dispatch';
import type { SessionRef } from '../../electron/core/auth/sessions';
import { signedIn } from '../support/auth';
import { call } from '../support/call';
import { validMitra } from '../support/partnerships';
import { auditSummary } from '../../shared/format/auditSummary';
import { tempContext, validUmkm } from '../support/tempDb';

let env: Awaited<ReturnType<typeof tempContext>>;
let admin: SessionRef;
let adminId: number;
beforeEach(async () => {
  env = await tempContext();
  admin = await signedIn(env.ctx, 'admin', 'admin1');
  adminId = env.ctx.auth.session(admin)!.caller.userId!;
});
afterEach(async () => {
  await env.cleanup();
});

const rows = async (): Promise<AuditEntry[]> => (await call(env.core, 'audit:list', { pageSize: 500 })).items;
const latest = async (): Promise<AuditEntry> => (await rows())[0]!;
const auditLines = () => countRows(env.ctx.db, 'audit_log');

async function ok<C extends Channel>(channel: C, input: InputOf<C> | Record<string, unknown>, session: SessionRef = admin): Promise<OutputOf<C>> {
  const r = await dispatch(channel, input, env.ctx.core, session);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
  return r.value as OutputOf<C>;
}

describe('every write of the core areas', () => {
  it('records who, when, the record, and each changed field before and after', async () => {
    const seen = new Set<string>();
    // Lines a write appends beside its own: a meeting deleted notes each agreement it unlinks.
    const also: Partial<Record<Channel, number>> = {};
    const started = new Date().toISOString();
    /** Runs a write and returns its line, checked for who and when and the record it names. */
    async function write<C extends Channel>(channel: C, input: InputOf<C> | Record<string, unknown>, entity: string, action: string, id?: (out: OutputOf<C>) => number) {
      const before = await auditLines();
      const out = await ok(channel, input);
      expect(await auditLines(), `${channel} appends one line`).toBe(before + 1 + (also[channel] ?? 0));
      const line = await latest();
      expect(line, channel).toMatchObject({ username: 'admin1', userId: adminId, role: 'admin', via: 'app', entity, action });
      expect(line.at >= started && line.at <= new Date().toISOString(), `${channel} at`).toBe(true);
      const expectedId = id ? id(out) : (out as { id: number }).id;
      expect(line.entityId, `${channel} entity id`).toBe(expectedId);
      expect(line.summary.length, `${channel} summary`).toBeGreaterThan(5);
      seen.add(channel);
      return { out, line };
    }

    const { out: u1, line: c1 } = await write('umkm:create', validUmkm(), 'umkm', 'create');
    expect(c1.changes.businessName).toEqual([null, 'Amplang Kepiting Bu Sari']);
    expect(c1.changes.nik).toEqual([null, '6471054506880001']);
    expect(c1.changes.updatedAt).toBeUndefined();

    const { line: up } = await write('umkm:update', { id: u1.id, changes: { ownerName: 'Sari Baru', annualSales: 400_000_000 } }, 'umkm', 'update');
    expect(up.changes).toEqual({ ownerName: ['Sari Rahmawati', 'Sari Baru'], annualSales: [350_000_000, 400_000_000] });
    expect(up.summary).toContain('Amplang Kepiting Bu Sari');

    const u2 = await ok('umkm:create', validUmkm({ nik: '6471054506880002', businessName: 'Kue Lapis Mama' }));
    const { out: k } = await write('komunitas:create', { name: 'Komunitas Amplang', memberIds: [u1.id] }, 'komunitas', 'create');
    const { line: ku } = await write('komunitas:update', { id: k.id, changes: { name: 'Komunitas Amplang Kota' } }, 'komunitas', 'update');
    expect(ku.changes).toEqual({ name: ['Komunitas Amplang', 'Komunitas Amplang Kota'] });
    const { line: add } = await write('komunitas:addMembers', { id: k.id, umkmIds: [u2.id] }, 'komunitas', 'update');
    expect(add.changes).toEqual({ members: [[`Amplang Kepiting Bu Sari (#${u1.id})`], [`Amplang Kepiting Bu Sari (#${u1.id})`, `Kue Lapis Mama (#${u2.id})`]] });
    const { line: rem } = await write('komunitas:removeMembers', { id: k.id, umkmIds: [u2.id] }, 'komunitas', 'update');
    expect(rem.changes.members![1]).toEqual([`Amplang Kepiting Bu Sari (#${u1.id})`]);

    const { out: m } = await write('mitra:create', validMitra(), 'mitra', 'create');
    const { line: mu } = await write('mitra:update', { id: m.id, changes: { contactName: 'Budi' } }, 'mitra', 'update');
    expect(mu.changes).toEqual({ contactName: ['Rina Kartika', 'Budi'] });

    const { out: a, line: ac } = await write(
      'kemitraan:create',
      { mitraId: m.id, umkmId: u1.id, startDate: '2023-06-01', pattern: 'rantai_pasok', supports: [{ kind: 'pemasaran', description: 'Etalase' }] },
      'kemitraan',
      'create',
    );
    expect(ac.changes.supports).toEqual([null, [{ kind: 'pemasaran', description: 'Etalase', value: null }]]);
    const { line: au } = await write('kemitraan:update', { id: a.id, changes: { notes: 'Ditinjau' } }, 'kemitraan', 'update');
    expect(au.changes).toEqual({ notes: [null, 'Ditinjau'] });
    const { line: as } = await write('kemitraan:setStatus', { id: a.id, status: 'aktif', signedAt: '2023-05-30' }, 'kemitraan', 'update');
    expect(as.changes).toEqual({ status: ['diusulkan', 'aktif'], signedAt: [null, '2023-05-30'] });

    const { out: e } = await write('kegiatan:create', { name: 'Temu Kemitraan', date: '2023-05-23', venue: 'Balai Kota', komunitasIds: [k.id], mitraIds: [m.id] }, 'kegiatan', 'create');
    const { line: eu } = await write('kegiatan:update', { id: e.id, changes: { venue: 'Hotel Gran Senyiur' } }, 'kegiatan', 'update');
    expect(eu.changes).toEqual({ venue: ['Balai Kota', 'Hotel Gran Senyiur'] });
    const { line: att } = await write('kegiatan:setAttendance', { id: e.id, umkm: [{ umkmId: u1.id, hadir: true }], partners: [{ mitraId: m.id, hadir: false }] }, 'kegiatan', 'update');
    expect(att.changes).toEqual({
      umkmPresent: [[], [`Amplang Kepiting Bu Sari (#${u1.id})`]],
      partnersAbsent: [[], [`Hotel Contoh Balikpapan (#${m.id})`]],
    });
    const { out: p } = await write('kemitraan:propose', { mitraId: m.id, umkmId: u2.id, kegiatanId: e.id }, 'kemitraan', 'create');

    // An activity with participants (issue 15): each change is the activity's update, its lines named.
    const { out: tr } = await write('kegiatan:create', { kind: 'pelatihan', name: 'Bimtek PKP', date: '2024-03-12', endDate: '2024-03-13', venue: 'Aula' }, 'kegiatan', 'create');
    const byActivity = (o: { kegiatanId: number }) => o.kegiatanId;
    const { out: pp, line: pa } = await write('kegiatan:addParticipants', { id: tr.id, umkmIds: [u1.id], walkIns: [{ name: 'Siti Aminah' }] }, 'kegiatan', 'update', byActivity);
    const siti = pp.participants.find((x) => x.kind === 'walkin')!;
    expect(pa.changes.participants).toEqual([[], expect.arrayContaining([`Amplang Kepiting Bu Sari (u${u1.id})`, `Siti Aminah (p${siti.pesertaId})`])]);
    const { line: pm } = await write('kegiatan:attend', { id: tr.id, day: '2024-03-12', marks: [{ umkmId: u1.id, status: 'hadir' }] }, 'kegiatan', 'update', byActivity);
    expect(pm.changes.attendance).toEqual([[], [`2024-03-12 Amplang Kepiting Bu Sari (u${u1.id}): hadir`]]);
    const { line: pc } = await write('kegiatan:updateParticipant', { id: tr.id, pesertaId: siti.pesertaId, changes: { certificateNumber: 'PKP/001' } }, 'kegiatan', 'update', byActivity);
    expect(pc.changes.certificates).toEqual([[], [`Siti Aminah (p${siti.pesertaId}): PKP/001`]]);
    await write('kegiatan:removeParticipant', { id: tr.id, pesertaId: siti.pesertaId }, 'kegiatan', 'update', byActivity);
    const sheet = new ExcelJS.Workbook();
    sheet.addWorksheet('Peserta').addRows([['Nama', '13/03/2024'], ['Budi Santoso', 'H']]);
    const file = path.join(env.dir, 'peserta.xlsx');
    await sheet.xlsx.writeFile(file);
    const { line: pi } = await write('kegiatan:importParticipants', { id: tr.id, fileId: env.core.files.register(file).fileId }, 'kegiatan', 'update', () => tr.id);
    expect(pi.changes.attendance![1]).toContain(`2024-03-13 Budi Santoso (p${siti.pesertaId! + 1}): hadir`);

    const { out: r } = await write('progress:add', { umkmId: u1.id, date: '2024-01-10', annualSales: 500_000_000, source: 'survei' }, 'class_record', 'create');
    const { line: ru } = await write('progress:update', { id: r.id, changes: { employees: 4 } }, 'class_record', 'update');
    expect(ru.changes).toEqual({ employees: [null, 4] });
    const { line: rd } = await write('progress:delete', { id: r.id }, 'class_record', 'delete');
    expect(rd.changes.deletedAt![0]).toBeNull();
    expect(typeof rd.changes.deletedAt![1]).toBe('string');

    const { line: pd } = await write('kemitraan:delete', { id: p.id }, 'kemitraan', 'delete');
    expect(pd.summary).toContain(p.number);
    // The agreement proposed at the meeting (now in the bin) loses its link: one line on it too.
    also['kegiatan:delete'] = 1;
    await write('kegiatan:delete', { id: e.id }, 'kegiatan', 'delete');
    await write('komunitas:delete', { id: k.id }, 'komunitas', 'delete');
    const m2 = await ok('mitra:create', validMitra({ name: 'Bank Contoh' }));
    await write('mitra:delete', { id: m2.id }, 'mitra', 'delete');
    const { line: ud } = await write('umkm:delete', { id: u2.id }, 'umkm', 'delete');
    expect(ud.changes.deletedAt![1]).toBe((await queryRow<{ d: string }>(env.ctx.db, `SELECT deleted_at AS d FROM umkm WHERE id = ?`, [u2.id]))!.d);

    // Every core write channel of the table was exercised (a new one must be added here too).
    const core = Object.entries(WRITE_AUDIT)
      .filter(([, s]) => ['umkm', 'komunitas', 'mitra', 'kemitraan', 'kegiatan', 'class_record'].includes(s!.entity))
      .map(([c]) => c);
    expect([...seen].sort()).toEqual(core.sort());
  });

  it("shows a UMKM's own history, its class records included, newest first", async () => {
    const u = await ok('umkm:create', validUmkm());
    await ok('umkm:update', { id: u.id, changes: { phone: '0813-1111-2222' } });
    const r = await ok('progress:add', { umkmId: u.id, date: '2024-02-01', annualSales: 500_000_000, source: 'survei' });
    const other = await ok('umkm:create', validUmkm({ nik: '6471054506880003', businessName: 'Lain' }));
    await ok('umkm:update', { id: other.id, changes: { phone: '0813-9999-0000' } });
    const history = await ok('audit:entity', { entity: 'umkm', id: u.id });
    expect(history.map((h) => [h.entity, h.action, h.entityId])).toEqual([
      ['class_record', 'create', r.id],
      ['umkm', 'update', u.id],
      ['umkm', 'create', u.id],
    ]);
  });

  it('filters the list by date range, user, action, entity and text', async () => {
    const u = await ok('umkm:create', validUmkm());
    await ok('umkm:update', { id: u.id, changes: { phone: '0813-1111-2222' } });
    await ok('mitra:create', validMitra());
    const operator = await signedIn(env.ctx, 'operator', 'operator1');
    await ok('mitra:create', validMitra({ name: 'Swalayan Contoh', kind: 'swalayan' }), operator);
    const today = new Date();
    const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    const tomorrow = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1);
    const list = (q: InputOf<'audit:list'>) => ok('audit:list', q);
    expect((await list({ entity: 'mitra' })).total).toBe(2);
    expect((await list({ entity: 'mitra', username: 'operator1' })).items.map((i) => i.summary)).toEqual([expect.stringContaining('Swalayan Contoh')]);
    expect((await list({ action: 'update' })).items.map((i) => i.entityId)).toEqual([u.id]);
    expect((await list({ action: 'login' })).items.map((i) => i.username).sort()).toEqual(['admin1', 'operator1']);
    expect((await list({ from: iso(today), to: iso(today), entity: 'umkm' })).total).toBe(2);
    expect((await list({ from: iso(tomorrow) })).total).toBe(0);
    expect((await list({ search: 'swalayan' })).total).toBe(1);
    expect((await list({ entity: 'umkm', entityId: u.id })).total).toBe(2);
    const page = await list({ pageSize: 2, page: 1 });
    expect(page.items).toHaveLength(2);
    expect(page.items[0]!.id).toBeGreaterThan(page.items[1]!.id);
    expect(page.usernames).toEqual(['admin1', 'operator1']);
  });
});

describe('names on the trail', () => {
  it("names a class record by its day (dd/mm/yyyy) and its UMKM's business name, never by id or ISO date", async () => {
    const u = await ok('umkm:create', validUmkm());
    const r = await ok('progress:add', { umkmId: u.id, date: '2024-01-10', annualSales: 500_000_000, source: 'survei' });
    const line = await latest();
    expect(line.summary).toBe('Data perkembangan "10/01/2024 · Amplang Kepiting Bu Sari" ditambahkan');
    expect(line.summary).not.toMatch(/UMKM #|\d{4}-\d{2}-\d{2}/);
    expect(line.recordName).toBe('10/01/2024 · Amplang Kepiting Bu Sari');
    // The name the listing gives is the record's name now; the line itself keeps what it said.
    await ok('umkm:update', { id: u.id, changes: { businessName: 'Amplang Sari Jaya' } });
    const [rename, ...older] = await rows();
    expect(rename).toMatchObject({ entity: 'umkm', recordName: 'Amplang Sari Jaya', summary: 'UMKM "Amplang Sari Jaya" diubah (1 isian)' });
    expect(older.find((e) => e.entity === 'class_record')).toMatchObject({ entityId: r.id, recordName: '10/01/2024 · Amplang Sari Jaya' });
    expect(older.find((e) => e.entity === 'umkm' && e.action === 'create')).toMatchObject({ recordName: 'Amplang Sari Jaya', summary: 'UMKM "Amplang Kepiting Bu Sari" ditambahkan' });
    // A record's own history has the same names.
    expect((await ok('audit:entity', { entity: 'umkm', id: u.id })).map((e) => e.recordName)).toEqual(['Amplang Sari Jaya', '10/01/2024 · Amplang Sari Jaya', 'Amplang Sari Jaya']);
  });

  it('shows a line written before, "2024-01-10 · UMKM #27", with the day and name, and names agreements, partners and accounts', async () => {
    const u = await ok('umkm:create', validUmkm());
    const r = await ok('progress:add', { umkmId: u.id, date: '2024-01-10', annualSales: 500_000_000, source: 'survei' });
    const old = `Data perkembangan "2024-01-10 · UMKM #${u.id}" diubah (1 isian)`;
    await env.ctx.audit.record({ caller: { userId: adminId, username: 'admin1', role: 'admin', via: 'app' }, action: 'update', entity: 'class_record', entityId: r.id, summary: old, changes: { employees: [null, 4] } });
    const line = await latest();
    expect(line).toMatchObject({ summary: old, recordName: '10/01/2024 · Amplang Kepiting Bu Sari' });
    expect(auditSummary(line)).toBe('Data perkembangan "10/01/2024 · Amplang Kepiting Bu Sari" diubah (1 isian)');
    // Any other ISO date in a line reads as dd/mm/yyyy; a backup's file name stays as it is.
    expect(auditSummary({ entity: 'kemitraan', recordName: null, summary: 'Kemitraan "KMT/2023/0001" selesai 2024-05-31' })).toBe('Kemitraan "KMT/2023/0001" selesai 31/05/2024');
    expect(auditSummary({ entity: 'database', recordName: null, summary: 'Dipulihkan dari kemitraan-2024-05-31-101500.sqlite' })).toBe('Dipulihkan dari kemitraan-2024-05-31-101500.sqlite');

    const m = await ok('mitra:create', validMitra());
    const k = await ok('kemitraan:propose', { mitraId: m.id, umkmId: u.id });
    const names = new Map((await rows()).map((e) => [`${e.entity}:${e.entityId}`, e.recordName]));
    expect(names.get(`mitra:${m.id}`)).toBe(m.name);
    expect(names.get(`kemitraan:${k.id}`)).toBe(k.number);
    expect(names.get(`user:${adminId}`)).toBe('admin1');
    // Lines about no record (a sign-in of an unknown name, the database) have none.
    expect((await rows()).filter((e) => e.entityId === null).every((e) => e.recordName === null)).toBe(true);
  });
});

describe('the trail cannot be changed', () => {
  it('refuses UPDATE and DELETE of its lines, from anyone with the file', async () => {
    await ok('umkm:create', validUmkm());
    const db = env.ctx.db;
    const before = await queryRows(db, `SELECT * FROM audit_log ORDER BY id`);
    expect(before.length).toBeGreaterThan(0);
    await expect(queryRows(db, `UPDATE audit_log SET username = 'orang lain'`)).rejects.toThrow(/append-only/);
    await expect(queryRows(db, `DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    await expect(queryRows(db, `DELETE FROM audit_log WHERE id = 1`)).rejects.toThrow(/append-only/);
    expect(await queryRows(db, `SELECT * FROM audit_log ORDER BY id`)).toEqual(before);
  });

  it('offers no channel that writes to it', async () => {
    const channels = Object.keys((await import('../../shared/contract')).contract).filter((c) => c.startsWith('audit:'));
    expect(channels.sort()).toEqual(['audit:entity', 'audit:list']);
  });
});

describe('failed writes', () => {
  it('record nothing', async () => {
    const u = await ok('umkm:create', validUmkm());
    const n = await auditLines();
    const dup = await dispatch('umkm:create', validUmkm({ businessName: 'Kembar' }), env.ctx.core, admin);
    expect(dup.ok).toBe(false);
    expect((await dispatch('umkm:update', { id: 9999, changes: { phone: '0813-1111-2222' } }, env.ctx.core, admin)).ok).toBe(false);
    expect((await dispatch('umkm:update', { id: u.id, changes: { nik: '12' } }, env.ctx.core, admin)).ok).toBe(false);
    expect((await dispatch('kemitraan:setStatus', { id: 9999, status: 'aktif' }, env.ctx.core, admin)).ok).toBe(false);
    expect(await auditLines()).toBe(n);
  });

  it('never commit a write without its line: a failing record rolls the write back', async () => {
    const original = AuditLog.prototype.record;
    AuditLog.prototype.record = () => {
      throw new Error('disk full');
    };
    const r = await dispatch('umkm:create', validUmkm(), env.ctx.core, admin, () => {}).finally(() => (AuditLog.prototype.record = original));
    expect(r.ok).toBe(false);
    expect(await countRows(env.ctx.db, 'umkm')).toBe(0);
    expect(await openTransactions(env.ctx.db)).toBe(0);
    // The connection is usable again at once.
    expect((await dispatch('umkm:create', validUmkm(), env.ctx.core, admin)).ok).toBe(true);
  });
});

describe('sign-in and accounts', () => {
  it('records sign-ins, refused ones included, and never a password', async () => {
    const key = 'other-window';
    const bad = await dispatch('auth:login', { username: 'admin1', password: 'salah-sekali' }, env.ctx.core, { key, via: 'app' });
    expect(bad.ok).toBe(false);
    const failed = await latest();
    expect(failed).toMatchObject({ action: 'login_failed', username: 'admin1', entity: 'user' });
    expect(failed.summary).toContain('admin1');
    const logins = (await rows()).filter((r) => r.action === 'login');
    expect(logins.map((l) => [l.username, l.userId])).toEqual([['admin1', adminId]]);

    await ok('users:create', { username: 'op2', fullName: 'Operator Dua', role: 'operator', password: 'rahasia-operator-2' });
    const created = await latest();
    expect(created).toMatchObject({ action: 'create', entity: 'user', username: 'admin1' });
    expect(created.changes.username).toEqual([null, 'op2']);
    await ok('users:update', { id: created.entityId!, changes: { password: 'rahasia-baru-2222', role: 'pimpinan' } });
    expect((await latest()).changes).toEqual({ role: ['operator', 'pimpinan'], password: ['***', '***'] });
    const all = JSON.stringify(await queryRows(env.ctx.db, `SELECT * FROM audit_log`));
    expect(all).not.toContain('rahasia');
    expect(all).not.toContain('salah-sekali');
    expect(all).not.toMatch(/scrypt|argon|\$[0-9a-z]+\$/i);
  });
});
