// Kegiatan pembinaan (issue 15) on a real database (SQLite, and PostgreSQL in integration-pg):
// kinds and days, participants (UMKM and walk-ins), attendance per day with kegiatan_umkm.hadir
// following it, certificate numbers, the UMKM's activities, the import and exports of
// participants, the audit trail and the recycle bin.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fill, messages } from '../../shared/i18n';
import type { Scope } from '../../electron/core/scope';
import { call } from '../support/call';
import { countRows, queryRows } from '../support/dbQuery';
import { tempContext } from '../support/tempDb';
import { addUmkm, thrown } from '../support/partnerships';

let t: Awaited<ReturnType<typeof tempContext>>;
let ctx: Scope;
beforeEach(async () => {
  t = await tempContext();
  ctx = t.ctx;
});
afterEach(async () => {
  await t.cleanup();
});

const r = messages.kegiatanRules;
const TRAINING = {
  kind: 'pelatihan' as const,
  name: 'Bimtek Keamanan Pangan',
  date: '2024-03-12',
  endDate: '2024-03-14',
  venue: 'Hotel Blue Sky Balikpapan',
  speakers: 'Dinas Kesehatan',
  quota: 2,
  fundSource: 'apbd' as const,
  budget: '45.000.000',
};

async function training(overrides: Record<string, unknown> = {}) {
  return call(ctx, 'kegiatan:create', { ...TRAINING, ...overrides } as never);
}

describe('kegiatan of every kind', () => {
  it('stores the kind, days, speakers, quota, source of funds and budget; a meeting stays the default', async () => {
    const k = await training();
    expect(k).toMatchObject({ kind: 'pelatihan', date: '2024-03-12', endDate: '2024-03-14', speakers: 'Dinas Kesehatan', quota: 2, fundSource: 'apbd', budget: 45_000_000 });
    const meeting = await call(ctx, 'kegiatan:create', { name: 'Temu Kemitraan', date: '2023-05-23', venue: 'Hotel Platinum' });
    expect(meeting.kind).toBe('temu_kemitraan');
    const rows = await queryRows<{ kind: string; end_date: string | null; budget: string | number | null }>(t.core.db, 'SELECT kind, end_date, budget FROM kegiatan ORDER BY id');
    expect(rows.map((x) => [x.kind, x.end_date, x.budget === null ? null : Number(x.budget)])).toEqual([
      ['pelatihan', '2024-03-14', 45_000_000],
      ['temu_kemitraan', null, null],
    ]);
  });

  it('refuses an end before the start, more than 31 days, and turning a meeting into a training', async () => {
    expect((await thrown(() => training({ endDate: '2024-03-01' }))).fields).toEqual({ endDate: r.endBeforeStart });
    expect((await thrown(() => training({ endDate: '2024-05-01' }))).fields).toEqual({ endDate: fill(r.tooManyDays, { max: 31 }) });
    const meeting = await call(ctx, 'kegiatan:create', { name: 'Temu Kemitraan', date: '2023-05-23', venue: 'Hotel Platinum' });
    expect((await thrown(() => call(ctx, 'kegiatan:update', { id: meeting.id, changes: { kind: 'pelatihan' } }))).fields).toEqual({ kind: r.kindFixed });
    const k = await training();
    expect((await thrown(() => call(ctx, 'kegiatan:update', { id: k.id, changes: { endDate: '2024-03-10' } }))).fields).toEqual({ endDate: r.endBeforeStart });
    expect(await countRows(t.core.db, 'kegiatan')).toBe(2);
  });

  it('lists by kind and by the days held within a period', async () => {
    const a = await training();
    const b = await training({ kind: 'pameran', name: 'Bazar', date: '2024-06-01', endDate: '2024-06-05' });
    await call(ctx, 'kegiatan:create', { name: 'Temu Kemitraan', date: '2023-05-23', venue: 'Hotel Platinum' });
    expect((await call(ctx, 'kegiatan:list', { kind: 'pameran' })).map((x) => x.id)).toEqual([b.id]);
    // The bazar runs 1–5 June: a period starting on 4 June still finds it.
    expect((await call(ctx, 'kegiatan:list', { from: '2024-03-14', to: '2024-06-04' })).map((x) => x.id)).toEqual([b.id, a.id]);
    expect((await call(ctx, 'kegiatan:list', { from: '2024-03-15', to: '2024-05-31' })).map((x) => x.id)).toEqual([]);
    expect((await call(ctx, 'kegiatan:list', { search: 'bazar' })).map((x) => x.id)).toEqual([b.id]);
    expect((await thrown(() => call(ctx, 'kegiatan:list', { from: '2024-06-01', to: '2024-01-01' }))).fields).toEqual({ to: r.rangeReversed });
  });
});

describe('participants and attendance per day', () => {
  it('adds UMKM and walk-ins; a walk-in with an active UMKM owner NIK joins as that UMKM; refuses twice', async () => {
    const a = await addUmkm(ctx);
    const b = await addUmkm(ctx);
    const k = await training();
    const p = await call(ctx, 'kegiatan:addParticipants', {
      id: k.id,
      umkmIds: [a.id],
      walkIns: [
        { name: 'Siti Aminah', nik: '', phone: '0812-3456-7890', businessName: 'Keripik Siti' },
        { name: 'Pemilik B', nik: b.nik },
      ],
    });
    expect(p.participants.map((x) => [x.kind, x.umkmId, x.name, x.phone])).toEqual(
      expect.arrayContaining([
        ['umkm', a.id, a.ownerName, a.phone],
        ['umkm', b.id, b.ownerName, b.phone],
        ['walkin', null, 'Siti Aminah', '+6281234567890'],
      ]),
    );
    expect(p.days).toEqual(['2024-03-12', '2024-03-13', '2024-03-14']);
    // Three participants for a quota of two: a warning, never a refusal.
    expect([p.participants.length, p.overQuota]).toEqual([3, true]);
    const again = await thrown(() => call(ctx, 'kegiatan:addParticipants', { id: k.id, umkmIds: [b.id] }));
    expect(again.fields).toEqual({ 'umkmIds.0': fill(r.alreadyParticipant, { name: b.businessName }) });
    const badNik = await thrown(() => call(ctx, 'kegiatan:addParticipants', { id: k.id, walkIns: [{ name: 'Budi', nik: '1234' }] }));
    expect(badNik.fields).toEqual({ 'walkIns.0.nik': messages.validation.nik.format });
    await call(ctx, 'kegiatan:addParticipants', { id: k.id, walkIns: [{ name: 'Budi', nik: '6471054506880999' }] });
    const twice = await thrown(() => call(ctx, 'kegiatan:addParticipants', { id: k.id, walkIns: [{ name: 'Budi lagi', nik: '6471054506880999' }] }));
    expect(twice.fields).toEqual({ 'walkIns.0': fill(r.nikTwice, { nik: '6471054506880999', name: 'Budi' }) });
    expect(await countRows(t.core.db, 'kegiatan_peserta')).toBe(2);
    expect(await countRows(t.core.db, 'kegiatan_umkm')).toBe(2);
  });

  it('marks each day; hadir on kegiatan_umkm is "present on at least one day"; days outside and strangers are refused', async () => {
    const a = await addUmkm(ctx);
    const b = await addUmkm(ctx);
    const k = await training();
    const p = await call(ctx, 'kegiatan:addParticipants', { id: k.id, umkmIds: [a.id, b.id], walkIns: [{ name: 'Siti Aminah' }] });
    const siti = p.participants.find((x) => x.kind === 'walkin')!.pesertaId!;
    await call(ctx, 'kegiatan:attend', { id: k.id, day: '2024-03-12', marks: [{ umkmId: a.id, status: 'izin' }, { umkmId: b.id, status: 'tidak_hadir' }, { pesertaId: siti, status: 'hadir' }] });
    const hadir = async () => (await queryRows<{ umkm_id: number; hadir: number }>(t.core.db, 'SELECT umkm_id, hadir FROM kegiatan_umkm ORDER BY umkm_id')).map((x) => [Number(x.umkm_id), Number(x.hadir)]);
    expect(await hadir()).toEqual([
      [a.id, 0],
      [b.id, 0],
    ]);
    const after = await call(ctx, 'kegiatan:attend', { id: k.id, day: '2024-03-13', marks: [{ umkmId: a.id, status: 'hadir' }] });
    expect(await hadir()).toEqual([
      [a.id, 1],
      [b.id, 0],
    ]);
    expect(after.participants.find((x) => x.umkmId === a.id)!.attendance).toEqual({ '2024-03-12': 'izin', '2024-03-13': 'hadir' });
    expect(after.present).toBe(2);
    // Clearing the only day present makes the UMKM absent again.
    await call(ctx, 'kegiatan:attend', { id: k.id, day: '2024-03-13', marks: [{ umkmId: a.id, status: null }] });
    expect(await hadir()).toEqual([
      [a.id, 0],
      [b.id, 0],
    ]);
    const outside = await thrown(() => call(ctx, 'kegiatan:attend', { id: k.id, day: '2024-03-15', marks: [{ umkmId: a.id, status: 'hadir' }] }));
    expect(outside.fields).toEqual({ day: fill(r.dayOutside, { day: '15/03/2024', from: '12/03/2024', to: '14/03/2024' }) });
    const other = await addUmkm(ctx);
    const stranger = await thrown(() => call(ctx, 'kegiatan:attend', { id: k.id, day: '2024-03-12', marks: [{ umkmId: other.id, status: 'hadir' }] }));
    expect(stranger.fields).toEqual({ 'marks.0': r.notParticipant });
    expect(await countRows(t.core.db, 'kegiatan_kehadiran')).toBe(3);
    // Shortening the activity drops the marks of the days it no longer has.
    await call(ctx, 'kegiatan:attend', { id: k.id, day: '2024-03-14', marks: [{ umkmId: b.id, status: 'hadir' }] });
    await call(ctx, 'kegiatan:update', { id: k.id, changes: { endDate: '2024-03-13' } });
    expect(await countRows(t.core.db, 'kegiatan_kehadiran')).toBe(3);
    expect(await hadir()).toEqual([
      [a.id, 0],
      [b.id, 0],
    ]);
  });

  it('a meeting keeps its own marks (no walk-ins there), a training its marks per day', async () => {
    const meeting = await call(ctx, 'kegiatan:create', { name: 'Temu Kemitraan', date: '2023-05-23', venue: 'Hotel Platinum' });
    const err = await thrown(() => call(ctx, 'kegiatan:addParticipants', { id: meeting.id, walkIns: [{ name: 'Siti' }] }));
    expect(err.fields).toEqual({ id: r.noParticipantsForMeeting });
    // And the other way round: a training's presence comes from its days, not a meeting's marks.
    const k = await training();
    const a = await addUmkm(ctx);
    await call(ctx, 'kegiatan:addParticipants', { id: k.id, umkmIds: [a.id] });
    expect((await thrown(() => call(ctx, 'kegiatan:setAttendance', { id: k.id, umkm: [{ umkmId: a.id, hadir: true }] }))).fields).toEqual({ id: r.marksPerDay });
  });

  it('certificate numbers, matching a walk-in to a UMKM, removing; the UMKM tab lists its activities', async () => {
    const a = await addUmkm(ctx);
    const b = await addUmkm(ctx);
    const k = await training();
    const p = await call(ctx, 'kegiatan:addParticipants', { id: k.id, umkmIds: [a.id], walkIns: [{ name: 'Siti Aminah', certificateNumber: 'PKP/001' }] });
    const siti = p.participants.find((x) => x.kind === 'walkin')!.pesertaId!;
    await call(ctx, 'kegiatan:updateParticipant', { id: k.id, umkmId: a.id, changes: { certificateNumber: 'PKP/002' } });
    const refused = await thrown(() => call(ctx, 'kegiatan:updateParticipant', { id: k.id, umkmId: a.id, changes: { name: 'Lain' } }));
    expect(refused.fields).toEqual({ 'changes.name': r.umkmDataElsewhere });
    const taken = await thrown(() => call(ctx, 'kegiatan:updateParticipant', { id: k.id, pesertaId: siti, changes: { umkmId: a.id } }));
    expect(taken.fields).toEqual({ 'changes.umkmId': fill(r.alreadyParticipant, { name: a.businessName }) });
    const matched = await call(ctx, 'kegiatan:updateParticipant', { id: k.id, pesertaId: siti, changes: { umkmId: b.id } });
    expect(matched.participants.find((x) => x.pesertaId === siti)).toMatchObject({ matchedName: b.businessName, certificateNumber: 'PKP/001' });
    await call(ctx, 'kegiatan:attend', { id: k.id, day: '2024-03-12', marks: [{ pesertaId: siti, status: 'hadir' }, { umkmId: a.id, status: 'hadir' }] });
    expect(await call(ctx, 'kegiatan:forUmkm', { umkmId: a.id })).toEqual([
      expect.objectContaining({ kegiatanId: k.id, kind: 'pelatihan', days: 3, presentDays: 1, hadir: true, certificateNumber: 'PKP/002', walkInName: null }),
    ]);
    expect(await call(ctx, 'kegiatan:forUmkm', { umkmId: b.id })).toEqual([expect.objectContaining({ kegiatanId: k.id, presentDays: 1, certificateNumber: 'PKP/001', walkInName: 'Siti Aminah' })]);
    const left = await call(ctx, 'kegiatan:removeParticipant', { id: k.id, pesertaId: siti });
    expect(left.participants.map((x) => x.key)).toEqual([`u${a.id}`]);
    expect(await countRows(t.core.db, 'kegiatan_kehadiran')).toBe(1);
    expect(await call(ctx, 'kegiatan:forUmkm', { umkmId: b.id })).toEqual([]);
  });

  it('records each change of participants in the trail as the activity\'s update, without NIK', async () => {
    const a = await addUmkm(ctx);
    const k = await training();
    await call(ctx, 'kegiatan:addParticipants', { id: k.id, umkmIds: [a.id], walkIns: [{ name: 'Siti Aminah', nik: '6471054506880999' }] });
    await call(ctx, 'kegiatan:attend', { id: k.id, day: '2024-03-12', marks: [{ umkmId: a.id, status: 'hadir' }] });
    const trail = (await call(t.core, 'audit:entity', { entity: 'kegiatan', id: k.id })) as unknown as { items?: Array<{ action: string; changes: unknown }> } | Array<{ action: string; changes: unknown }>;
    const items = Array.isArray(trail) ? trail : (trail.items ?? []);
    const text = JSON.stringify(items);
    expect(items.filter((x) => x.action === 'update').length).toBeGreaterThanOrEqual(2);
    expect(text).toContain('Siti Aminah');
    expect(text).toContain(`2024-03-12 ${a.businessName} (u${a.id}): hadir`);
    expect(text).not.toContain('6471054506880999');
  });

  it('purging a deleted activity takes its walk-ins and marks with it', async () => {
    const a = await addUmkm(ctx);
    const k = await training();
    await call(ctx, 'kegiatan:addParticipants', { id: k.id, umkmIds: [a.id], walkIns: [{ name: 'Siti Aminah' }] });
    await call(ctx, 'kegiatan:attend', { id: k.id, day: '2024-03-12', marks: [{ umkmId: a.id, status: 'hadir' }] });
    await call(ctx, 'kegiatan:delete', { id: k.id });
    expect(await call(ctx, 'kegiatan:forUmkm', { umkmId: a.id })).toEqual([]);
    await call(ctx, 'trash:purge', { kind: 'kegiatan', id: k.id });
    expect([await countRows(t.core.db, 'kegiatan_peserta'), await countRows(t.core.db, 'kegiatan_kehadiran'), await countRows(t.core.db, 'kegiatan_umkm')]).toEqual([0, 0, 0]);
  });
});

describe('participants from and to Excel', () => {
  async function workbook(rows: unknown[][]): Promise<string> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Peserta');
    ws.addRow(['Daftar hadir Bimtek']);
    for (const row of rows) ws.addRow(row);
    const file = path.join(t.dir, `peserta-${Math.random().toString(36).slice(2)}.xlsx`);
    await wb.xlsx.writeFile(file);
    return file;
  }

  it('imports walk-ins and UMKM with their marks; a second import updates the same people', async () => {
    const a = await addUmkm(ctx);
    const k = await training();
    const file = await workbook([
      ['No', 'NIK', 'Nama', 'No. HP', 'Nama usaha', 'No. sertifikat', '12/03/2024', '13/03/2024', '14/03/2024'],
      [1, a.nik, a.ownerName, '', '', 'PKP/2024/001', 'H', 'H', 'I'],
      [2, '', 'Siti Aminah', '0812 3456 7890', 'Keripik Siti', '', 'H', 'T', ''],
    ]);
    const first = await call(ctx, 'kegiatan:importParticipants', { id: k.id, fileId: t.core.files.register(file).fileId });
    expect(first).toEqual({ added: 2, updated: 0, marks: 5 });
    const p = await call(ctx, 'kegiatan:participants', { id: k.id });
    expect(p.participants.map((x) => [x.kind, x.name, x.certificateNumber, x.presentDays])).toEqual([
      ['umkm', a.ownerName, 'PKP/2024/001', 2],
      ['walkin', 'Siti Aminah', null, 1],
    ].sort((x, y) => String(x[1]).localeCompare(String(y[1]), 'id')));
    const second = await call(ctx, 'kegiatan:importParticipants', {
      id: k.id,
      fileId: t.core.files.register(await workbook([['Nama', '14/03/2024'], ['siti aminah', 'H']])).fileId,
    });
    expect(second).toEqual({ added: 0, updated: 1, marks: 1 });
    expect(await countRows(t.core.db, 'kegiatan_peserta')).toBe(1);
  });

  it('refuses the whole file, naming each row, when a row is wrong; nothing is written', async () => {
    const k = await training();
    const file = await workbook([
      ['NIK', 'Nama', '12/03/2024'],
      ['123', 'Budi', 'H'],
      ['', '', 'H'],
      ['', 'Rina', 'X'],
    ]);
    const err = await thrown(() => call(ctx, 'kegiatan:importParticipants', { id: k.id, fileId: t.core.files.register(file).fileId }));
    expect(Object.keys(err.fields ?? {}).sort()).toEqual(['row3', 'row4', 'row5']);
    expect(err.fields!.row5).toBe(fill(messages.kegiatanImport.rowRefused, { row: 5, message: fill(messages.kegiatanImport.badMark, { value: 'X' }) }));
    const outside = await workbook([['Nama', '20/03/2024'], ['Budi', 'H']]);
    const e2 = await thrown(() => call(ctx, 'kegiatan:importParticipants', { id: k.id, fileId: t.core.files.register(outside).fileId }));
    expect(Object.values(e2.fields ?? {})).toEqual([fill(messages.kegiatanImport.dayColumnOutside, { column: '20/03/2024', day: '20/03/2024' })]);
    expect(await countRows(t.core.db, 'kegiatan_peserta')).toBe(0);
  });

  it('exports the participants with a column per day, which imports back unchanged, and the list', async () => {
    const a = await addUmkm(ctx);
    const k = await training();
    const p = await call(ctx, 'kegiatan:addParticipants', { id: k.id, umkmIds: [a.id], walkIns: [{ name: 'Siti Aminah', phone: '081234567890' }] });
    const siti = p.participants.find((x) => x.kind === 'walkin')!.pesertaId!;
    await call(ctx, 'kegiatan:attend', { id: k.id, day: '2024-03-13', marks: [{ umkmId: a.id, status: 'hadir' }, { pesertaId: siti, status: 'izin' }] });
    const out = await call(ctx, 'kegiatan:exportParticipants', { id: k.id });
    expect(out.rows).toBe(2);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(t.core.files.get(out.file.fileId).path);
    const ws = wb.worksheets[0]!;
    const values: string[][] = [];
    ws.eachRow((row) => values.push(Array.from({ length: row.cellCount }, (_, i) => row.getCell(i + 1).text)));
    const header = values.find((row) => row.includes(messages.pesertaFields.name))!;
    expect(header).toEqual(expect.arrayContaining(['12/03/2024', '13/03/2024', '14/03/2024', messages.pesertaFields.certificateNumber]));
    const siteRow = values.find((row) => row.includes('Siti Aminah'))!;
    expect(siteRow[header.indexOf('13/03/2024')]).toBe('I');
    const before = await queryRows(t.core.db, 'SELECT day, umkm_id, peserta_id, status FROM kegiatan_kehadiran ORDER BY id');
    const back = await call(ctx, 'kegiatan:importParticipants', { id: k.id, fileId: out.file.fileId });
    expect(back).toEqual({ added: 0, updated: 2, marks: 2 });
    expect(await queryRows(t.core.db, 'SELECT day, umkm_id, peserta_id, status FROM kegiatan_kehadiran ORDER BY day, status')).toEqual(
      expect.arrayContaining(before.map((x) => expect.objectContaining(x as Record<string, unknown>))),
    );
    const list = await call(ctx, 'kegiatan:export', { query: { kind: 'pelatihan' } });
    expect(list.rows).toBe(1);
    expect(fs.existsSync(t.core.files.get(list.file.fileId).path)).toBe(true);
  });
});
