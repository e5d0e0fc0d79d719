// Legalitas & sertifikasi (issue 15) on a real database file (and PostgreSQL with
// KEMITRAAN_TEST_ENGINE=postgres): the register's rules, the queue's groups and ages, the batch
// actions (all or nothing, one audit line per certificate), the expiring and ready-for-curation
// lists, and the yearly record's ticks read from the register.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/core/dispatch/dispatch';
import type { Scope } from '../../electron/core/scope';
import { addDays } from '../../electron/core/services/sertifikat/sertifikatQueries';
import { fill, messages } from '../../shared/i18n';
import { todayIso } from '../../shared/format/date';
import { sessionAs } from '../support/auth';
import { call } from '../support/call';
import { countRows, queryRows } from '../support/dbQuery';
import { addUmkm, thrown } from '../support/partnerships';
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

const v = messages.sertifikatValidation;
const today = todayIso();
const ago = (n: number) => addDays(today, -n);

describe('sertifikat: the record and its rules', () => {
  it('creates, reads, updates and soft-deletes a certificate; the trail names it by kind and business', async () => {
    const u = await addUmkm(ctx, { businessName: 'Amplang Bu Ani' });
    const s = await call(ctx, 'sertifikat:create', { umkmId: u.id, kind: 'halal', status: 'diajukan', submittedAt: ago(10), route: 'self_declare', companion: 'Siti Aminah', programme: 'SEHATI', programmeYear: 2024 });
    expect(s).toMatchObject({ umkmId: u.id, businessName: 'Amplang Bu Ani', kind: 'halal', status: 'diajukan', group: 'diajukan', ageDays: 10, companion: 'Siti Aminah', version: 1 });
    const up = await call(ctx, 'sertifikat:update', { id: s.id, changes: { notes: 'Berkas lengkap' }, version: 1 });
    expect(up).toMatchObject({ notes: 'Berkas lengkap', version: 2 });
    await call(ctx, 'sertifikat:delete', { id: s.id, version: 2 });
    expect((await thrown(() => call(ctx, 'sertifikat:get', { id: s.id }))).code).toBe('NOT_FOUND');
    const trail = await queryRows<{ action: string; summary: string }>(ctx.db, `SELECT action, summary FROM audit_log WHERE entity = 'sertifikat' ORDER BY id`);
    expect(trail.map((r) => r.action)).toEqual(['create', 'update', 'delete']);
    expect(trail[0]!.summary).toContain('Sertifikat halal · Amplang Bu Ani');
    // In the recycle bin, and back.
    const bin = await call(ctx, 'trash:list', { kind: 'sertifikat' });
    expect(bin.items.map((i) => [i.id, i.name])).toEqual([[s.id, messages.sertifikatEnums.kind.halal]]);
    await call(ctx, 'trash:restore', { kind: 'sertifikat', id: s.id });
    expect((await call(ctx, 'sertifikat:get', { id: s.id })).status).toBe('diajukan');
  });

  it('refuses, each at its field and writing nothing: issued without a date, submitted without a day, refused without a reason, NIB with an end, an end before the issue', async () => {
    const u = await addUmkm(ctx);
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ kind: 'halal', status: 'terbit' }, 'issuedAt', v.issuedAtNeeded],
      [{ kind: 'pirt', status: 'diajukan' }, 'submittedAt', v.submittedAtNeeded],
      [{ kind: 'halal', status: 'ditolak' }, 'refusalReason', v.refusalNeeded],
      [{ kind: 'nib', status: 'terbit', issuedAt: ago(5), validUntil: today }, 'validUntil', v.nibNoExpiry],
      [{ kind: 'pirt', status: 'terbit', issuedAt: ago(5), validUntil: ago(6) }, 'validUntil', v.validBeforeIssued],
      [{ kind: 'lainnya', status: 'rencana' }, 'kindOther', v.kindOtherNeeded],
    ];
    for (const [input, field, message] of cases) {
      const err = await thrown(() => call(ctx, 'sertifikat:create', { umkmId: u.id, ...input } as never));
      expect(err.code, field).toBe('VALIDATION');
      expect(err.fields?.[field], field).toBe(message);
    }
    expect(await countRows(ctx.db, 'sertifikat')).toBe(0);
  });

  it('an edit on an older version is refused naming who changed it', async () => {
    const u = await addUmkm(ctx);
    const s = await call(ctx, 'sertifikat:create', { umkmId: u.id, kind: 'pirt' });
    await call(ctx, 'sertifikat:update', { id: s.id, changes: { companion: 'Rudi' }, version: 1 });
    const err = await thrown(() => call(ctx, 'sertifikat:update', { id: s.id, changes: { companion: 'Sari' }, version: 1 }));
    expect(err.code).toBe('EDIT_CONFLICT');
  });
});

describe('sertifikat: the queue', () => {
  it('groups by status with kedaluwarsa derived from the date, counts each group under the filters, oldest application first', async () => {
    const a = await addUmkm(ctx, { businessName: 'Amplang A', kecamatan: '64.71.01', kelurahan: '64.71.01.1001' });
    const b = await addUmkm(ctx, { businessName: 'Bakso B' });
    await call(ctx, 'sertifikat:create', { umkmId: a.id, kind: 'halal', status: 'diajukan', submittedAt: ago(3), companion: 'Siti' });
    await call(ctx, 'sertifikat:create', { umkmId: b.id, kind: 'halal', status: 'diajukan', submittedAt: ago(40), companion: 'Siti' });
    await call(ctx, 'sertifikat:create', { umkmId: b.id, kind: 'pirt', status: 'terbit', issuedAt: ago(400), validUntil: ago(1) });
    await call(ctx, 'sertifikat:create', { umkmId: a.id, kind: 'nib', status: 'terbit', issuedAt: ago(400) });
    await call(ctx, 'sertifikat:create', { umkmId: a.id, kind: 'bpom_md', status: 'ditolak', refusalReason: 'Label tidak sesuai' });

    const all = await call(ctx, 'sertifikat:list', {});
    expect(all.counts).toEqual({ rencana: 0, diajukan: 2, berkas_kurang: 0, terbit: 1, kedaluwarsa: 1, ditolak: 1 });
    expect(all.total).toBe(5);
    const waiting = await call(ctx, 'sertifikat:list', { group: 'diajukan' });
    expect(waiting.items.map((s) => [s.businessName, s.ageDays])).toEqual([
      ['Bakso B', 40],
      ['Amplang A', 3],
    ]);
    const expired = await call(ctx, 'sertifikat:list', { group: 'kedaluwarsa' });
    expect(expired.items.map((s) => [s.kind, s.status, s.group])).toEqual([['pirt', 'terbit', 'kedaluwarsa']]);
    const inTimur = await call(ctx, 'sertifikat:list', { kecamatan: '64.71.01', companion: 'Siti' });
    expect(inTimur.items.map((s) => s.businessName)).toEqual(['Amplang A']);
    expect(inTimur.counts.diajukan).toBe(1);
    const bySearch = await call(ctx, 'sertifikat:list', { search: 'bakso' });
    expect(bySearch.total).toBe(2);
  });

  it('marks a group submitted on one day, one audit line each; refuses the whole batch when one is already issued', async () => {
    const u = await addUmkm(ctx);
    const ids: number[] = [];
    for (const kind of ['halal', 'pirt', 'hki'] as const) ids.push((await call(ctx, 'sertifikat:create', { umkmId: u.id, kind })).id);
    const issued = await call(ctx, 'sertifikat:create', { umkmId: u.id, kind: 'nib', status: 'terbit', issuedAt: ago(30) });
    const refused = await thrown(() => call(ctx, 'sertifikat:markSubmitted', { ids: [...ids, issued.id], submittedAt: ago(2) }));
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toContain(`(ID ${issued.id})`);
    expect(await countRows(ctx.db, 'sertifikat', `status = 'diajukan'`)).toBe(0);

    const done = await call(ctx, 'sertifikat:markSubmitted', { ids, submittedAt: ago(2) });
    expect(done.updated).toBe(3);
    const rows = await queryRows<{ status: string; submitted_at: string; version: number }>(ctx.db, `SELECT status, submitted_at, version FROM sertifikat WHERE id IN (?, ?, ?)`, ids);
    expect(rows.every((r) => r.status === 'diajukan' && r.submitted_at === ago(2) && Number(r.version) === 2)).toBe(true);
    expect(await countRows(ctx.db, 'audit_log', `entity = 'sertifikat' AND action = 'update'`)).toBe(3);
  });

  it('marks issued with each application its own number, and refuses a batch naming one twice', async () => {
    const a = await addUmkm(ctx, { businessName: 'Amplang A' });
    const b = await addUmkm(ctx, { businessName: 'Bakso B' });
    const sa = await call(ctx, 'sertifikat:create', { umkmId: a.id, kind: 'halal', status: 'diajukan', submittedAt: ago(20) });
    const sb = await call(ctx, 'sertifikat:create', { umkmId: b.id, kind: 'halal', status: 'berkas_kurang', submittedAt: ago(25) });
    const twice = await thrown(() =>
      call(ctx, 'sertifikat:markIssued', { issuedAt: ago(1), pairs: [{ id: sa.id, number: 'ID001' }, { id: sa.id, number: 'ID002' }] }),
    );
    expect(twice.fields?.ids).toBe(fill(v.duplicateInBatch, { id: sa.id }));
    const before = await thrown(() => call(ctx, 'sertifikat:markIssued', { issuedAt: ago(30), pairs: [{ id: sb.id, number: 'ID0099' }] }));
    expect(before.fields?.issuedAt).toBe(v.issuedBeforeSubmitted);

    await call(ctx, 'sertifikat:markIssued', { issuedAt: ago(1), validUntil: addDays(today, 4 * 365), pairs: [{ id: sb.id, number: 'ID-B-2' }, { id: sa.id, number: 'ID-A-1' }] });
    expect((await call(ctx, 'sertifikat:get', { id: sa.id })).number).toBe('ID-A-1');
    expect(await call(ctx, 'sertifikat:get', { id: sb.id })).toMatchObject({ number: 'ID-B-2', status: 'terbit', issuedAt: ago(1), group: 'terbit' });
  });

  it('a pimpinan reads the queue but may not change it', async () => {
    const u = await addUmkm(ctx);
    const s = await call(ctx, 'sertifikat:create', { umkmId: u.id, kind: 'halal' });
    const session = sessionAs(ctx, 'pimpinan');
    expect((await dispatch('sertifikat:list', {}, ctx.core, session)).ok).toBe(true);
    const r = await dispatch('sertifikat:markSubmitted', { ids: [s.id], submittedAt: today }, ctx.core, session);
    expect(r.ok ? null : r.error.code).toBe('FORBIDDEN');
  });
});

describe('sertifikat: lists', () => {
  it('expiring: issued certificates ending within 30/60/90 days, soonest first', async () => {
    const u = await addUmkm(ctx);
    for (const [kind, days] of [['halal', 10], ['pirt', 45], ['sni', 80], ['hki', 200]] as const) {
      await call(ctx, 'sertifikat:create', { umkmId: u.id, kind, status: 'terbit', issuedAt: ago(300), validUntil: addDays(today, days) });
    }
    await call(ctx, 'sertifikat:create', { umkmId: u.id, kind: 'label_gizi', status: 'terbit', issuedAt: ago(300), validUntil: ago(1) });
    const in30 = await call(ctx, 'sertifikat:expiring', { days: 30 });
    expect(in30.items.map((s) => [s.kind, s.daysLeft])).toEqual([['halal', 10]]);
    expect((await call(ctx, 'sertifikat:expiring', { days: 60 })).total).toBe(2);
    expect((await call(ctx, 'sertifikat:expiring', { days: 90 })).items.map((s) => s.kind)).toEqual(['halal', 'pirt', 'sni']);
  });

  it('ready for curation: NIB, PIRT and halal held and valid; BPOM too for processed or frozen products', async () => {
    const issue = (umkmId: number, kind: string, validUntil?: string) => call(ctx, 'sertifikat:create', { umkmId, kind, status: 'terbit', issuedAt: ago(100), validUntil } as never);
    const ready = await addUmkm(ctx, { businessName: 'Amplang Siap', sector: 'kuliner', products: 'Amplang ikan' });
    const frozen = await addUmkm(ctx, { businessName: 'Nugget Beku', sector: 'kuliner', products: 'Nugget ikan beku (frozen food)' });
    const expired = await addUmkm(ctx, { businessName: 'Kue Lewat', sector: 'kuliner', products: 'Kue kering' });
    for (const u of [ready, frozen, expired]) {
      await issue(u.id, 'nib');
      await issue(u.id, 'pirt', addDays(today, 300));
    }
    await issue(ready.id, 'halal', addDays(today, 300));
    await issue(frozen.id, 'halal', addDays(today, 300));
    await issue(expired.id, 'halal', ago(2));
    let list = await call(ctx, 'sertifikat:ready', {});
    expect(list.items.map((r) => r.businessName)).toEqual(['Amplang Siap']);
    await issue(frozen.id, 'bpom_md', addDays(today, 900));
    list = await call(ctx, 'sertifikat:ready', {});
    expect(list.items.map((r) => [r.businessName, r.needsBpom])).toEqual([
      ['Amplang Siap', false],
      ['Nugget Beku', true],
    ]);
    expect(list.items[1]!.held.map((h) => h.kind).sort()).toEqual(['bpom_md', 'halal', 'nib', 'pirt']);
  });

  it('offers the companion names used before, most used first', async () => {
    const u = await addUmkm(ctx);
    for (const c of ['Rudi', 'Siti', 'Siti']) await call(ctx, 'sertifikat:create', { umkmId: u.id, kind: 'halal', companion: c });
    expect((await call(ctx, 'sertifikat:options', {})).companions).toEqual(['Siti', 'Rudi']);
  });
});

describe('sertifikat: the yearly record reads its ticks from the register', () => {
  it('a record shows the certificates held on its date; a record naming ticks writes them into the register once', async () => {
    const u = await addUmkm(ctx);
    await call(ctx, 'sertifikat:create', { umkmId: u.id, kind: 'pirt', status: 'terbit', issuedAt: '2022-01-10', validUntil: '2023-01-09' });
    const r2022 = await call(ctx, 'progress:add', { umkmId: u.id, date: '2022-06-30', annualSales: 100_000_000, source: 'survei' });
    const r2023 = await call(ctx, 'progress:add', { umkmId: u.id, date: '2023-06-30', annualSales: 120_000_000, source: 'survei', certifications: ['halal', 'bpom'] });
    expect(r2022.certifications).toEqual(['pirt']);
    expect(r2023.certifications).toEqual(['halal', 'bpom']);
    const written = await queryRows<{ kind: string; issued_at: string; status: string }>(ctx.db, `SELECT kind, issued_at, status FROM sertifikat WHERE issued_at = '2023-06-30' ORDER BY kind`);
    expect(written).toEqual([
      { kind: 'bpom_md', issued_at: '2023-06-30', status: 'terbit' },
      { kind: 'halal', issued_at: '2023-06-30', status: 'terbit' },
    ]);
    // Saving the record again with the ticks it shows adds nothing.
    await call(ctx, 'progress:update', { id: r2023.id, changes: { notes: 'dicek ulang' } });
    expect(await countRows(ctx.db, 'sertifikat')).toBe(3);
    const timeline = await call(ctx, 'progress:timeline', { id: u.id });
    // The registration's record (dated today): PIRT ended on 09/01/2023, halal and BPOM have no end.
    expect(timeline.records.map((r) => [r.date, r.certifications])).toEqual([
      ['2022-06-30', ['pirt']],
      ['2023-06-30', ['halal', 'bpom']],
      [u.registeredAt, ['halal', 'bpom']],
    ]);
  });
});
