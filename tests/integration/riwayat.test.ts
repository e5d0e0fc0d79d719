import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PembinaanFigures, Result, UmkmRiwayat, UmkmTimeline } from '../../shared/contract';
import type { Scope } from '../../electron/core/scope';
import { dispatch } from '../../electron/core/dispatch/dispatch';
import { adminSession, sessionAs } from '../support/auth';
import { call } from '../support/call';
import { queryRows } from '../support/dbQuery';
import { tempContext } from '../support/tempDb';
import { messages } from '../../shared/i18n';
import { addMitra, addUmkm, agreementIn, thrown } from '../support/partnerships';
import { addRecord, registerUmkm } from '../support/progress';

// One history per UMKM and the coaching figures, on real database files (and PostgreSQL under
// KEMITRAAN_TEST_ENGINE=postgres): every record is written through its own register's channel.

let t: Awaited<ReturnType<typeof tempContext>>;
let ctx: Scope;

beforeEach(async () => {
  t = await tempContext();
  ctx = t.ctx;
});
afterEach(async () => {
  await t.cleanup();
});

const asClerk = async <T>(channel: string, payload: unknown, role: 'admin' | 'operator' | 'pimpinan' = 'admin'): Promise<T> => {
  const r: Result<unknown> = await dispatch(channel, payload, ctx.core, role === 'admin' ? adminSession(ctx) : sessionAs(ctx, role));
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
  return r.value as T;
};

/** A training (or other activity) with these UMKM present on its first day and the others absent. */
async function activity(kind: 'pelatihan' | 'pendampingan' | 'pameran', date: string, endDate: string | undefined, present: number[], absent: number[] = []) {
  const k = await call(ctx, 'kegiatan:create', { name: `Kegiatan ${kind} ${date}`, date, endDate, venue: 'Aula Dinas KUMKMP', kind, komunitasIds: [], mitraIds: [] });
  await call(ctx, 'kegiatan:addParticipants', { id: k.id, umkmIds: [...present, ...absent] });
  await call(ctx, 'kegiatan:attend', {
    id: k.id,
    day: date,
    marks: [...present.map((umkmId) => ({ umkmId, status: 'hadir' as const })), ...absent.map((umkmId) => ({ umkmId, status: 'tidak_hadir' as const }))],
  });
  return k;
}

/**
 * UMKM "Sari" with records 2023-06-01 (mikro) and 2024-12-01 (kecil); between them a halal
 * certificate issued, a training attended and equipment handed over; a direct agreement with two
 * monitoring visits, and one through its community; a refused PIRT and a plan. UMKM "Other" gets
 * its own training, assistance and certificate, none of which may show in Sari's history.
 */
async function arrange() {
  const sari = await registerUmkm(ctx, '2023-06-01', 900, { businessName: 'Amplang Bu Sari' });
  await addRecord(ctx, sari.id, '2024-12-01', 2600);
  const other = await addUmkm(ctx, { businessName: 'Keripik Pak Budi' });

  const halal = await call(ctx, 'sertifikat:create', { umkmId: sari.id, kind: 'halal', status: 'terbit', submittedAt: '2024-02-01', issuedAt: '2024-04-10', number: 'ID64110000123', validUntil: '2028-04-10' });
  const pirt = await call(ctx, 'sertifikat:create', { umkmId: sari.id, kind: 'pirt', status: 'ditolak', submittedAt: '2024-03-01', refusalReason: 'Denah dapur belum ada' });
  await call(ctx, 'sertifikat:create', { umkmId: sari.id, kind: 'nib', status: 'rencana' });
  await call(ctx, 'sertifikat:create', { umkmId: other.id, kind: 'halal', status: 'diajukan', submittedAt: '2024-06-01' });

  const training = await activity('pelatihan', '2024-03-05', '2024-03-06', [sari.id, other.id]);
  const coaching = await activity('pendampingan', '2024-07-10', undefined, [sari.id]);
  const bazar = await activity('pameran', '2024-08-17', undefined, [other.id], [sari.id]);

  const equipment = await call(ctx, 'bantuan:create', { umkmId: sari.id, kind: 'peralatan', item: 'Mesin sealer', value: 5_000_000, fundSource: 'apbd', year: 2024, handedAt: '2024-05-01', handoverNumber: 'BAST/05/2024', confirm: ['repeat', 'not_umkm', 'inactive'] });
  const packaging = await call(ctx, 'bantuan:create', { umkmId: sari.id, kind: 'kemasan', item: 'Standing pouch', fundSource: 'csr_mitra', year: 2025, confirm: ['repeat', 'not_umkm', 'inactive'] });
  await call(ctx, 'bantuan:create', { umkmId: other.id, kind: 'modal', item: 'Modal kerja', value: 3_000_000, fundSource: 'apbd', year: 2023, handedAt: '2023-12-01', confirm: ['repeat', 'not_umkm', 'inactive'] });

  const hotel = await addMitra(ctx, { name: 'Hotel Platinum Balikpapan' });
  const direct = await agreementIn(ctx, 'aktif', hotel.id, { umkmId: sari.id }, { supports: [{ kind: 'pemasaran', description: 'Etalase di lobi', value: 2_000_000 }] });
  const group = await call(ctx, 'komunitas:create', { name: 'Komunitas Amplang Manggar', memberIds: [sari.id] });
  const mall = await addMitra(ctx, { name: 'Pentacity Mall' });
  const viaGroup = await agreementIn(ctx, 'aktif', mall.id, { komunitasId: group.id });
  const first = await call(ctx, 'monev:create', { kemitraanId: direct.id, date: '2024-06-15', officer: 'Rudi', method: 'kunjungan_lapangan', products: [{ product: 'Amplang 250 g', sales: 'tidak_laku' }] });
  const latest = await call(ctx, 'monev:create', {
    kemitraanId: direct.id,
    date: '2024-11-20',
    officer: 'Rudi',
    method: 'telepon',
    nextStep: 'Tambah varian pedas',
    products: [
      { product: 'Amplang 250 g', sales: 'laku' },
      { product: 'Amplang pedas', sales: 'kurang_laku' },
    ],
  });
  return { sari, other, halal, pirt, training, coaching, bazar, equipment, packaging, direct, viaGroup, first, latest };
}

describe('riwayat:list', () => {
  it("lists every kind of a UMKM's history, dated, newest first, and only its own", async () => {
    const a = await arrange();
    const h = await asClerk<UmkmRiwayat>('riwayat:list', { umkmId: a.sari.id }, 'pimpinan');
    const keys = h.items.map((i) => `${i.date} ${i.kind}${i.kind === 'sertifikat' ? `:${i.step}` : ''} ${i.id}`);
    expect(keys).toEqual([
      `2025-01-01 bantuan ${a.packaging.id}`,
      `2024-11-20 monev ${a.latest.id}`,
      `2024-07-10 kegiatan ${a.coaching.id}`,
      `2024-06-15 monev ${a.first.id}`,
      `2024-05-01 bantuan ${a.equipment.id}`,
      `2024-04-10 sertifikat:terbit ${a.halal.id}`,
      `2024-03-05 kegiatan ${a.training.id}`,
      `2024-03-01 sertifikat:diajukan ${a.pirt.id}`,
      `2024-02-01 sertifikat:diajukan ${a.halal.id}`,
      // The refusal is dated by the day it was recorded (today); agreements by their signing day.
      ...[`${a.pirt.updatedAt.slice(0, 10)} sertifikat:ditolak ${a.pirt.id}`, `2023-05-30 kemitraan ${a.direct.id}`, `2023-05-30 kemitraan ${a.viaGroup.id}`].sort().reverse(),
    ].sort((x, y) => y.slice(0, 10).localeCompare(x.slice(0, 10))));
    expect(h.counts).toEqual({ sertifikat: 4, kegiatan: 2, bantuan: 2, kemitraan: 2, monev: 2 });
    // The bazar Sari was absent from and the other UMKM's records are not hers.
    expect(h.items.some((i) => i.kind === 'kegiatan' && i.id === a.bazar.id)).toBe(false);

    const visit = h.items.find((i) => i.kind === 'monev' && i.id === a.latest.id);
    expect(visit).toMatchObject({ kemitraanNumber: a.direct.number, partnerName: 'Hotel Platinum Balikpapan', method: 'telepon', nextStep: 'Tambah varian pedas' });
    expect(visit?.kind === 'monev' && visit.products).toEqual([
      { product: 'Amplang 250 g', sales: 'laku' },
      { product: 'Amplang pedas', sales: 'kurang_laku' },
    ]);
    const viaGroup = h.items.find((i) => i.kind === 'kemitraan' && i.id === a.viaGroup.id);
    expect(viaGroup).toMatchObject({ komunitasName: 'Komunitas Amplang Manggar', partnerName: 'Pentacity Mall', status: 'aktif' });
    const packaging = h.items.find((i) => i.kind === 'bantuan' && i.id === a.packaging.id);
    expect(packaging).toMatchObject({ handed: false, year: 2025, fundSource: 'csr_mitra', value: null });
  });

  it('filters by kind, keeps the counts of the whole history, and forgets deleted records', async () => {
    const a = await arrange();
    const only = await asClerk<UmkmRiwayat>('riwayat:list', { umkmId: a.sari.id, kinds: ['bantuan', 'monev'] });
    expect(new Set(only.items.map((i) => i.kind))).toEqual(new Set(['bantuan', 'monev']));
    expect(only.items).toHaveLength(4);
    expect(only.counts.sertifikat).toBe(4);

    await call(ctx, 'bantuan:delete', { id: a.equipment.id });
    await call(ctx, 'monev:delete', { id: a.first.id });
    const after = await asClerk<UmkmRiwayat>('riwayat:list', { umkmId: a.sari.id, kinds: ['bantuan', 'monev'] });
    expect(after.items.map((i) => `${i.kind} ${i.id}`).sort()).toEqual([`bantuan ${a.packaging.id}`, `monev ${a.latest.id}`].sort());
  });

  it('refuses an unknown or deleted UMKM and a bad kind, in Bahasa Indonesia', async () => {
    const u = await addUmkm(ctx);
    await call(ctx, 'umkm:delete', { id: u.id });
    const gone = await thrown(() => call(ctx, 'riwayat:list', { umkmId: u.id }));
    expect(gone.code).toBe('NOT_FOUND');
    expect(gone.message).toMatch(/UMKM/);
    const bad = await thrown(() => call(ctx, 'riwayat:list', { umkmId: u.id, kinds: ['rahasia' as never] }));
    expect(bad.code).toBe('VALIDATION');
  });
});

describe('progress:timeline support under a move', () => {
  it('shows the certificates issued, activities attended and assistance handed over between the two records', async () => {
    const a = await arrange();
    const tl = await asClerk<UmkmTimeline>('progress:timeline', { id: a.sari.id });
    expect(tl.moves).toHaveLength(1);
    const s = tl.moves[0]!.support;
    expect(s.certificates.map((c) => [c.certKind, c.step, c.date])).toEqual([['halal', 'terbit', '2024-04-10']]);
    expect(s.activities.map((k) => k.id)).toEqual([a.coaching.id, a.training.id]);
    expect(s.activities[1]).toMatchObject({ activityKind: 'pelatihan', endDate: '2024-03-06' });
    // The packaging not yet handed over is not support received.
    expect(s.assistance.map((b) => b.id)).toEqual([a.equipment.id]);
  });
});

describe('pembinaan:figures', () => {
  it('counts certificates by year and kind, UMKM trained once, assistance by source, agreements reviewed and products at the latest visit', async () => {
    const a = await arrange();
    // A walk-in at the training, matched later to a third UMKM and present: trained too.
    const third = await addUmkm(ctx, { businessName: 'Roti Bu Ani' });
    const after = await call(ctx, 'kegiatan:addParticipants', { id: a.training.id, walkIns: [{ name: 'Ani Lestari' }] });
    const walkIn = after.participants.find((p) => p.kind === 'walkin')!;
    await call(ctx, 'kegiatan:updateParticipant', { id: a.training.id, pesertaId: walkIn.pesertaId!, changes: { umkmId: third.id } });
    await call(ctx, 'kegiatan:attend', { id: a.training.id, day: '2024-03-06', marks: [{ pesertaId: walkIn.pesertaId!, status: 'hadir' }] });

    // A walk-in at the coaching matched to Other, already trained as a registered participant: still once.
    const coached = await call(ctx, 'kegiatan:addParticipants', { id: a.coaching.id, walkIns: [{ name: 'Budi Santoso' }] });
    const budi = coached.participants.find((p) => p.kind === 'walkin')!;
    await call(ctx, 'kegiatan:updateParticipant', { id: a.coaching.id, pesertaId: budi.pesertaId!, changes: { umkmId: a.other.id } });
    await call(ctx, 'kegiatan:attend', { id: a.coaching.id, day: '2024-07-10', marks: [{ pesertaId: budi.pesertaId!, status: 'hadir' }] });

    const f = await asClerk<PembinaanFigures>('pembinaan:figures', { from: '2024-01-01', to: '2024-12-31' }, 'pimpinan');
    expect(f.certificates).toEqual([
      { year: 2024, certKind: 'pirt', submitted: 1, issued: 0 },
      { year: 2024, certKind: 'halal', submitted: 2, issued: 1 },
    ]);
    // Sari (training and coaching: once), Other (training), the matched walk-in; not the bazar.
    expect(f.trained).toBe(3);
    expect(f.assistance.apbd).toEqual({ count: 1, value: 5_000_000 });
    expect(f.assistance.csr_mitra).toEqual({ count: 0, value: 0 });
    expect(f.reviewed).toBe(1);
    expect(f.products).toEqual({ laku: 1, kurang_laku: 1, tidak_laku: 0 });

    // Another period: 2023 sees only the other UMKM's assistance.
    const y2023 = await call(ctx, 'pembinaan:figures', { from: '2023-01-01', to: '2023-12-31' });
    expect(y2023).toMatchObject({ certificates: [], trained: 0, reviewed: 0, products: { laku: 0, kurang_laku: 0, tidak_laku: 0 } });
    expect(y2023.assistance.apbd).toEqual({ count: 1, value: 3_000_000 });
    // Up to mid-year, the first visit is the latest: its product did not sell.
    const half = await call(ctx, 'pembinaan:figures', { from: '2024-01-01', to: '2024-06-30' });
    expect(half.products).toEqual({ laku: 0, kurang_laku: 0, tidak_laku: 1 });
    expect(half.trained).toBe(3);

    // A UMKM deleted from the registry is no longer counted as trained.
    await call(ctx, 'umkm:delete', { id: a.other.id });
    expect((await call(ctx, 'pembinaan:figures', { from: '2024-01-01', to: '2024-12-31' })).trained).toBe(2);

    const reversed = await thrown(() => call(ctx, 'pembinaan:figures', { from: '2024-12-31', to: '2024-01-01' }));
    expect(reversed.fields?.to).toMatch(/tidak boleh sebelum/);
  });

  it('are the report summary figures', async () => {
    await arrange();
    const s = await call(ctx, 'report:summary', { from: '2024-01-01', to: '2024-12-31' });
    expect(s.pembinaan).toEqual(await call(ctx, 'pembinaan:figures', { from: '2024-01-01', to: '2024-12-31' }));
  });
});

describe('the report workbook', () => {
  it('states the figures in sections F, G and H of its summary sheet', async () => {
    await arrange();
    const r = await call(ctx, 'export:report', { from: '2024-01-01', to: '2024-12-31' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(ctx.core.files.get(r.file.fileId).path);
    const ws = wb.getWorksheet(messages.exportText.summarySheet)!;
    const rows: string[][] = [];
    ws.eachRow((row) => rows.push([1, 2, 3, 4].map((c) => (typeof row.getCell(c).value === 'object' && row.getCell(c).value !== null && 'result' in (row.getCell(c).value as object) ? String((row.getCell(c).value as { result: unknown }).result) : row.getCell(c).text))));
    const at = (label: string) => rows.findIndex((x) => x[0] === label);
    const f = messages.pembinaanFigures;
    expect(at(f.sectionCert)).toBeGreaterThan(0);
    expect(at(f.sectionCert)).toBeLessThan(at(f.sectionPembinaan));
    expect(at(f.sectionPembinaan)).toBeLessThan(at(f.sectionAssistance));
    const after = (head: string, label: string) => rows.slice(at(head)).find((x) => x[0] === label)!;
    expect(after(f.sectionCert, 'Sertifikat halal').slice(1, 4)).toEqual(['2024', '2', '1']);
    expect(after(f.sectionCert, 'PIRT').slice(1, 4)).toEqual(['2024', '1', '0']);
    expect(after(f.sectionPembinaan, f.rowTrained)[1]).toBe('2');
    expect(after(f.sectionPembinaan, f.rowReviewed)[1]).toBe('1');
    expect(after(f.sectionAssistance, 'APBD Kota').slice(1, 3)).toEqual(['1', '5000000']);
    expect(after(f.sectionAssistance, messages.exportText.totalLabel).slice(1, 3)).toEqual(['1', '5000000']);
  });
});

describe('riwayat:export', () => {
  it("writes one UMKM's history as a workbook, newest first, and records the disclosure", async () => {
    const a = await arrange();
    const r = await asClerk<{ file: { fileId: string; name: string }; rows: number }>('riwayat:export', { umkmId: a.sari.id }, 'operator');
    expect(r.rows).toBe(12);
    expect(r.file.name).toMatch(new RegExp(`^Riwayat-${a.sari.id}-\\d{4}-\\d{2}-\\d{2}\\.xlsx$`));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(ctx.core.files.get(r.file.fileId).path);
    const ws = wb.worksheets[0]!;
    expect(ws.getCell('A1').text).toContain('Amplang Bu Sari');
    const header = [...Array(ws.rowCount).keys()].map((i) => i + 1).find((n) => ws.getCell(`A${n}`).text === 'No')!;
    expect([1, 2, 3, 4, 5, 6].map((c) => ws.getRow(header).getCell(c).text)).toEqual(['No', 'Tanggal', 'Jenis', 'Uraian', 'Keterangan', 'Nilai (Rp)']);
    const lines = Array.from({ length: r.rows }, (_, i) => ws.getRow(header + 1 + i));
    // Newest first: the dates never rise down the sheet.
    const dates = lines.map((l) => (l.getCell(2).value as Date).toISOString().slice(0, 10));
    expect(dates).toEqual([...dates].sort().reverse());
    const pouch = lines.find((l) => l.getCell(4).text === 'Bantuan Kemasan: Standing pouch')!;
    expect(pouch.getCell(3).text).toBe('Bantuan');
    expect(pouch.getCell(5).text).toContain('belum diserahkan');
    const sealer = lines.find((l) => l.getCell(4).text === 'Bantuan Peralatan: Mesin sealer')!;
    expect(sealer.getCell(6).value).toBe(5_000_000);
    expect(sealer.getCell(5).text).toContain('BAST/05/2024');
    expect(sealer.getCell(2).value).toEqual(new Date(Date.UTC(2024, 4, 1)));
    expect(lines.filter((l) => l.getCell(3).text === 'Sertifikat').map((l) => l.getCell(4).text)).toEqual(
      expect.arrayContaining(['PIRT ditolak', 'Sertifikat halal terbit', 'Sertifikat halal diajukan', 'PIRT diajukan']),
    );

    const audit = await queryRows<{ action: string; entity: string; summary: string }>(ctx.db, `SELECT action, entity, summary FROM audit_log WHERE action = 'export'`);
    expect(audit).toHaveLength(1);
    expect(audit[0]!.summary).toContain(`UMKM ID ${a.sari.id}`);
    expect(audit[0]!.summary).toContain(r.file.name);

    // A refused export leaves no file.
    const folder = path.dirname(ctx.core.files.get(r.file.fileId).path);
    const before = fs.readdirSync(folder).length;
    const gone = await thrown(() => call(ctx, 'riwayat:export', { umkmId: 999_999 }));
    expect(gone.code).toBe('NOT_FOUND');
    expect(fs.readdirSync(folder).length).toBe(before);
  });
});
