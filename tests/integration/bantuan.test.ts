// Assistance (bantuan) through its channels, on a real database (SQLite, or PostgreSQL under
// integration-pg): the record and its checks, the warnings a clerk must confirm (repeat within the
// admin's period, not a UMKM, inactive) and how a confirmation is stored, the list's filters and
// totals by source of funds, versions, roles, audit and recycle bin, and the admin's setting.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BantuanInput } from '../../shared/contract';
import { fill, messages } from '../../shared/i18n';
import { dispatch } from '../../electron/core/dispatch/dispatch';
import type { Scope } from '../../electron/core/scope';
import { call } from '../support/call';
import { countRows, queryRow, queryRows } from '../support/dbQuery';
import { addUmkm, thrown } from '../support/partnerships';
import { signedIn } from '../support/auth';
import { tempContext } from '../support/tempDb';

let t: Awaited<ReturnType<typeof tempContext>>;
let ctx: Scope;

beforeEach(async () => {
  t = await tempContext();
  ctx = t.ctx;
});
afterEach(async () => {
  await t.cleanup();
});

const input = (umkmId: number, over: Partial<BantuanInput> = {}): BantuanInput => ({
  umkmId,
  kind: 'peralatan',
  item: 'Mesin sealer',
  value: '3.500.000' as unknown as number,
  fundSource: 'apbd',
  programme: 'Bantuan Sarana Usaha Mikro',
  year: 2025,
  handedAt: '2025-03-14',
  handoverNumber: 'BAST/027/DKUMKMP/2025',
  ...over,
});

describe('bantuan: the record', () => {
  it('creates an assistance with its UMKM and gets it back; money typed with dots is whole rupiah', async () => {
    const u = await addUmkm(ctx);
    const b = await call(ctx, 'bantuan:create', input(u.id, { notes: '' }));
    expect(b).toMatchObject({
      umkmId: u.id,
      umkmName: u.businessName,
      kecamatanName: u.kecamatanName,
      kind: 'peralatan',
      item: 'Mesin sealer',
      value: 3_500_000,
      fundSource: 'apbd',
      year: 2025,
      handedAt: '2025-03-14',
      handoverNumber: 'BAST/027/DKUMKMP/2025',
      notes: null,
      confirmedWarnings: [],
      version: 1,
    });
    expect(await call(ctx, 'bantuan:get', { id: b.id })).toEqual(b);
    const row = await queryRow<{ value: number; fund_source: string }>(ctx.db, 'SELECT value, fund_source FROM bantuan WHERE id = ?', [b.id]);
    expect(row).toEqual({ value: 3_500_000, fund_source: 'apbd' });
  });

  it('refuses bad input field by field in Indonesian, and a year that is not the handover\'s', async () => {
    const u = await addUmkm(ctx);
    const err = await thrown(() => call(ctx, 'bantuan:create', input(u.id, { kind: 'uang' as never, fundSource: 'apbn' as never, item: 'X', year: 1800, value: -5 as never })));
    expect(err.code).toBe('VALIDATION');
    expect(err.fields).toMatchObject({
      kind: messages.bantuanValidation.kind,
      fundSource: messages.bantuanValidation.fundSource,
      item: fill(messages.validation.tooShort, { min: 2 }),
      year: messages.bantuanValidation.year,
      value: messages.validation.money,
    });
    const mismatch = await thrown(() => call(ctx, 'bantuan:create', input(u.id, { year: 2024, handedAt: '2025-01-10' })));
    expect(mismatch.fields).toEqual({ year: messages.bantuanValidation.yearMismatch });
    const missing = await thrown(() => call(ctx, 'bantuan:create', input(987_654)));
    expect(missing.code).toBe('NOT_FOUND');
    expect(missing.fields).toEqual({ umkmId: fill(messages.bantuanValidation.umkmNotFound, { id: 987_654 }) });
    expect(await countRows(ctx.db, 'bantuan')).toBe(0);
  });

  it('keeps an unknown value empty and a planned assistance without a handover day', async () => {
    const u = await addUmkm(ctx);
    const b = await call(ctx, 'bantuan:create', input(u.id, { value: '' as never, handedAt: '', handoverNumber: '' }));
    expect(b).toMatchObject({ value: null, handedAt: null, handoverNumber: null, year: 2025 });
  });
});

describe('bantuan: warnings the clerk confirms', () => {
  it('warns when the same kind from the same source was given within the period, and writes nothing until confirmed', async () => {
    const u = await addUmkm(ctx);
    const first = await call(ctx, 'bantuan:create', input(u.id));
    const again = input(u.id, { item: 'Etalase kaca', handedAt: '2026-09-01', year: 2026 });
    const check = await call(ctx, 'bantuan:check', { umkmId: u.id, kind: 'peralatan', fundSource: 'apbd', handedAt: '2026-09-01', year: 2026 });
    expect(check).toMatchObject({ warnings: ['repeat'], repeatMonths: 24, repeats: [{ id: first.id, item: 'Mesin sealer', handedAt: '2025-03-14' }] });

    const refused = await thrown(() => call(ctx, 'bantuan:create', again));
    expect(refused.code).toBe('NEEDS_CONFIRMATION');
    expect(refused.message).toBe(fill(messages.bantuanValidation.needsConfirmation, { warnings: messages.bantuanWarning.short.repeat }));
    expect(await countRows(ctx.db, 'bantuan')).toBe(1);

    const saved = await call(ctx, 'bantuan:create', { ...again, confirm: ['repeat'] });
    expect(saved.confirmedWarnings).toEqual(['repeat']);
    // The audit line of the save carries the confirmation.
    const line = await queryRow<{ changes: string }>(ctx.db, `SELECT changes FROM audit_log WHERE entity = 'bantuan' AND entity_id = ? AND action = 'create'`, [saved.id]);
    expect(JSON.parse(line!.changes).confirmedWarnings).toEqual([null, ['repeat']]);
  });

  it('does not warn for another source, another kind, or outside the period; the admin sets the period', async () => {
    const u = await addUmkm(ctx);
    await call(ctx, 'bantuan:create', input(u.id));
    const warningsOf = async (q: { kind?: 'peralatan' | 'modal'; fundSource?: 'apbd' | 'csr_mitra'; handedAt: string }) =>
      (await call(ctx, 'bantuan:check', { umkmId: u.id, kind: q.kind ?? 'peralatan', fundSource: q.fundSource ?? 'apbd', handedAt: q.handedAt })).warnings;
    expect(await warningsOf({ fundSource: 'csr_mitra', handedAt: '2025-06-01' })).toEqual([]);
    expect(await warningsOf({ kind: 'modal', handedAt: '2025-06-01' })).toEqual([]);
    expect(await warningsOf({ handedAt: '2027-03-13' })).toEqual(['repeat']);
    expect(await warningsOf({ handedAt: '2027-03-14' })).toEqual([]);

    const admin = await signedIn(ctx, 'admin', 'admin1');
    const operator = await signedIn(ctx, 'operator', 'operator1');
    expect(await dispatch('bantuan:setSettings', { repeatMonths: 12 }, ctx.core, operator)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await dispatch('bantuan:setSettings', { repeatMonths: 0 }, ctx.core, admin)).toMatchObject({ ok: false, error: { code: 'VALIDATION', fields: { repeatMonths: messages.bantuanValidation.repeatMonths } } });
    expect(await dispatch('bantuan:setSettings', { repeatMonths: 12 }, ctx.core, admin)).toEqual({ ok: true, value: { repeatMonths: 12 } });
    expect(await call(ctx, 'bantuan:settings', {})).toEqual({ repeatMonths: 12 });
    expect(await warningsOf({ handedAt: '2026-03-13' })).toEqual(['repeat']);
    expect(await warningsOf({ handedAt: '2026-03-14' })).toEqual([]);
    const setting = await queryRow<{ summary: string; changes: string }>(ctx.db, `SELECT summary, changes FROM audit_log WHERE action = 'settings_update' ORDER BY id DESC`);
    expect(setting!.summary).toBe(fill(messages.bantuanPages.settingsAudit, { months: 12 }));
    expect(JSON.parse(setting!.changes)).toEqual({ 'bantuan.repeatMonths': [24, 12] });
  });

  it('an assistance not yet handed over stands for its whole year', async () => {
    const u = await addUmkm(ctx);
    await call(ctx, 'bantuan:create', input(u.id, { handedAt: '', year: 2023 }));
    const at = async (handedAt: string) => (await call(ctx, 'bantuan:check', { umkmId: u.id, kind: 'peralatan', fundSource: 'apbd', handedAt })).warnings;
    expect(await at('2025-12-30')).toEqual(['repeat']);
    expect(await at('2025-12-31')).toEqual([]);
  });

  it('warns for a business of class besar and for an inactive UMKM', async () => {
    const big = await addUmkm(ctx, { annualSales: 60_000_000_000, capital: 12_000_000_000 });
    expect(big.class).toBe('besar');
    const idle = await addUmkm(ctx, { status: 'tidak_aktif' });
    expect((await call(ctx, 'bantuan:check', { umkmId: big.id, kind: 'modal', fundSource: 'apbd' })).warnings).toEqual(['not_umkm']);
    expect((await call(ctx, 'bantuan:check', { umkmId: idle.id, kind: 'modal', fundSource: 'apbd' })).warnings).toEqual(['inactive']);
    const err = await thrown(() => call(ctx, 'bantuan:create', input(big.id)));
    expect(err.code).toBe('NEEDS_CONFIRMATION');
    const saved = await call(ctx, 'bantuan:create', { ...input(big.id), confirm: ['not_umkm'] });
    expect(saved.confirmedWarnings).toEqual(['not_umkm']);
  });

  it('an update is not its own repeat, and warnings confirmed before need no second confirmation', async () => {
    const u = await addUmkm(ctx);
    const a = await call(ctx, 'bantuan:create', input(u.id));
    const edited = await call(ctx, 'bantuan:update', { id: a.id, changes: { notes: 'Diterima pemilik' }, version: a.version });
    expect(edited).toMatchObject({ notes: 'Diterima pemilik', version: 2, confirmedWarnings: [] });
    const b = await call(ctx, 'bantuan:create', { ...input(u.id, { item: 'Etalase', handedAt: '2025-08-01' }), confirm: ['repeat'] });
    const b2 = await call(ctx, 'bantuan:update', { id: b.id, changes: { value: 2_000_000 }, version: b.version });
    expect(b2).toMatchObject({ value: 2_000_000, confirmedWarnings: ['repeat'] });
    // Moving a to another source takes its repeat away: b no longer repeats anything.
    await call(ctx, 'bantuan:update', { id: a.id, changes: { fundSource: 'csr_mitra' } });
    const b3 = await call(ctx, 'bantuan:update', { id: b.id, changes: { notes: 'x' } });
    expect(b3.confirmedWarnings).toEqual([]);
  });
});

describe('bantuan: the list', () => {
  it('filters by kind, source, year, kecamatan, programme and text, with totals by source over the whole filtered list', async () => {
    const u1 = await addUmkm(ctx, { kecamatan: '64.71.05', kelurahan: '64.71.05.1002' });
    const u2 = await addUmkm(ctx, { kecamatan: '64.71.01', kelurahan: '64.71.01.1001', businessName: 'Keripik Pisang Gunung Samarinda' });
    await call(ctx, 'bantuan:create', input(u1.id));
    await call(ctx, 'bantuan:create', input(u1.id, { kind: 'modal', item: 'Modal kerja', value: 5_000_000, fundSource: 'csr_mitra', programme: 'CSR Pertamina' }));
    await call(ctx, 'bantuan:create', input(u2.id, { kind: 'kemasan', item: 'Standing pouch', value: '' as never, year: 2024, handedAt: '2024-11-02' }));
    await call(ctx, 'bantuan:create', input(u2.id, { kind: 'modal', item: 'Modal usaha', value: 2_500_000, handedAt: '2025-05-05' }));

    const all = await call(ctx, 'bantuan:list', {});
    expect(all.total).toBe(4);
    expect(all.totalValue).toBe(11_000_000);
    expect(all.totals.find((x) => x.fundSource === 'apbd')).toEqual({ fundSource: 'apbd', count: 3, value: 6_000_000, unknown: 1 });
    expect(all.totals.find((x) => x.fundSource === 'csr_mitra')).toEqual({ fundSource: 'csr_mitra', count: 1, value: 5_000_000, unknown: 0 });
    expect(all.totals.map((x) => x.fundSource)).toEqual(['apbd', 'apbn_dak', 'csr_mitra', 'bank_indonesia', 'lainnya']);
    expect(all.years).toEqual([2025, 2024]);
    expect(all.programmes).toEqual(['Bantuan Sarana Usaha Mikro', 'CSR Pertamina']);
    // Newest first: 2025 by handover day, then 2024.
    expect(all.items.map((b) => b.item)).toEqual(['Modal usaha', 'Modal kerja', 'Mesin sealer', 'Standing pouch']);

    const ids = async (q: Record<string, unknown>) => (await call(ctx, 'bantuan:list', q)).items.map((b) => b.item).sort();
    expect(await ids({ kind: 'modal' })).toEqual(['Modal kerja', 'Modal usaha']);
    expect(await ids({ fundSource: 'csr_mitra' })).toEqual(['Modal kerja']);
    expect(await ids({ year: 2024 })).toEqual(['Standing pouch']);
    expect(await ids({ kecamatan: '64.71.05' })).toEqual(['Mesin sealer', 'Modal kerja']);
    expect(await ids({ programme: 'CSR Pertamina' })).toEqual(['Modal kerja']);
    expect(await ids({ search: 'samarinda' })).toEqual(['Modal usaha', 'Standing pouch']);
    expect(await ids({ search: 'bast/027' })).toHaveLength(4);
    expect(await ids({ umkmId: u2.id })).toEqual(['Modal usaha', 'Standing pouch']);

    const modal = await call(ctx, 'bantuan:list', { kind: 'modal', pageSize: 1 });
    expect(modal.items).toHaveLength(1);
    expect(modal.total).toBe(2);
    expect(modal.totalValue).toBe(7_500_000);
  });
});

describe('bantuan: versions, roles, audit and the recycle bin', () => {
  it('refuses a save on an older version naming who changed it', async () => {
    const u = await addUmkm(ctx);
    const a = await call(ctx, 'bantuan:create', input(u.id));
    await call(ctx, 'bantuan:update', { id: a.id, changes: { notes: 'satu' }, version: a.version });
    const err = await thrown(() => call(ctx, 'bantuan:update', { id: a.id, changes: { notes: 'dua' }, version: a.version }));
    expect(err.code).toBe('EDIT_CONFLICT');
  });

  it('lets a pimpinan read but not write', async () => {
    const u = await addUmkm(ctx);
    const viewer = await signedIn(ctx, 'pimpinan', 'pimpinan1');
    expect(await dispatch('bantuan:create', input(u.id), ctx.core, viewer)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await dispatch('bantuan:list', {}, ctx.core, viewer)).toMatchObject({ ok: true });
  });

  it('deletes into the recycle bin, restores and purges, each in the audit trail', async () => {
    const u = await addUmkm(ctx);
    const a = await call(ctx, 'bantuan:create', input(u.id));
    await call(ctx, 'bantuan:delete', { id: a.id, version: a.version });
    expect((await call(ctx, 'bantuan:list', {})).total).toBe(0);
    expect((await thrown(() => call(ctx, 'bantuan:get', { id: a.id }))).code).toBe('NOT_FOUND');
    const bin = await call(ctx, 'trash:list', { kind: 'bantuan' });
    expect(bin.items).toMatchObject([{ kind: 'bantuan', id: a.id, name: 'Mesin sealer', detail: '2025-03-14' }]);
    await call(ctx, 'trash:restore', { kind: 'bantuan', id: a.id });
    expect((await call(ctx, 'bantuan:list', {})).total).toBe(1);
    await call(ctx, 'bantuan:delete', { id: a.id });
    await call(ctx, 'trash:purge', { kind: 'bantuan', id: a.id });
    expect(await countRows(ctx.db, 'bantuan')).toBe(0);
    const actions = await queryRows<{ action: string }>(ctx.db, `SELECT action FROM audit_log WHERE entity = 'bantuan' ORDER BY id`);
    expect(actions.map((r) => r.action)).toEqual(['create', 'delete', 'restore', 'delete', 'purge']);
  });

  it('goes with its UMKM when the UMKM is purged, and is hidden while the UMKM is in the bin', async () => {
    const u = await addUmkm(ctx);
    await call(ctx, 'bantuan:create', input(u.id));
    await call(ctx, 'umkm:delete', { id: u.id });
    expect((await call(ctx, 'bantuan:list', {})).total).toBe(0);
    await call(ctx, 'trash:purge', { kind: 'umkm', id: u.id });
    expect(await countRows(ctx.db, 'bantuan')).toBe(0);
    const purge = await queryRow<{ changes: string }>(ctx.db, `SELECT changes FROM audit_log WHERE entity = 'umkm' AND action = 'purge'`);
    expect(JSON.parse(purge!.changes).assistance).toEqual([1, null]);
  });
});

describe('bantuan: demo data', () => {
  it('the demo gives assistance from several sources over the years, some repeats confirmed, and the checks agree with them', async () => {
    const admin = await signedIn(ctx, 'admin', 'admin1');
    expect(await dispatch('demo:seed', { umkm: 300 }, ctx.core, admin)).toMatchObject({ ok: true });
    const all = await call(ctx, 'bantuan:list', { pageSize: 500 });
    expect(all.total).toBeGreaterThan(50);
    expect(all.totals.filter((t) => t.count > 0).length).toBeGreaterThanOrEqual(4);
    expect(all.years.length).toBeGreaterThanOrEqual(3);
    const repeats = all.items.filter((b) => b.confirmedWarnings.includes('repeat'));
    expect(repeats.length).toBeGreaterThan(0);
    // Each stored confirmation is one the check finds again, and every live record is for a UMKM that is one.
    for (const b of repeats.slice(0, 5)) {
      const c = await call(ctx, 'bantuan:check', { umkmId: b.umkmId, kind: b.kind, fundSource: b.fundSource, year: b.year, handedAt: b.handedAt ?? undefined, excludeId: b.id });
      expect(c.warnings).toContain('repeat');
    }
    const big = await queryRows(ctx.db, `SELECT b.id FROM bantuan b JOIN umkm u ON u.id = b.umkm_id WHERE u.class = 'besar' OR u.status <> 'aktif'`);
    expect(big).toEqual([]);
  });
});
