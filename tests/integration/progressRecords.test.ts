import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClassRecord, ClassRecordUpdateInput, Result, Umkm, UmkmInput } from '../../shared/contract';
import { todayIso } from '../../shared/format/date';
import { fill, messages } from '../../shared/i18n';
import type { Scope } from '../../electron/core/scope';
import { dispatch } from '../../electron/core/dispatch/dispatch';
import { adminSession } from '../support/auth';
import { call } from '../support/call';
import { queryRow, queryRows } from '../support/dbQuery';
import { tempContext, validUmkm } from '../support/tempDb';
import { addUmkm, count, thrown } from '../support/partnerships';
import { addRecord, JUTA, movesOf, registerUmkm, umkmRow, yearsFrom, yearsOf } from '../support/progress';

let t: Awaited<ReturnType<typeof tempContext>>;
let ctx: Scope;

beforeEach(async () => {
  t = await tempContext();
  ctx = t.ctx;
});
afterEach(async () => {
  await t.cleanup();
});

const p = messages.progressValidation;
const thisYear = new Date().getFullYear();
const ok = <T>(r: Result<unknown>): T => {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message} ${JSON.stringify(r.error.fields)}`);
  return r.value as T;
};

describe('umkm:create writes the first record', () => {
  it('dated at registration, from the document, with the UMKM figures, its yearly rows and no move', async () => {
    const u = await registerUmkm(ctx, '2022-03-15', 1500, { capital: 300 * JUTA, assets: 400 * JUTA, employees: 3, marketReach: 'regional' });
    const tl = await ctx.progress.timeline(u.id);
    expect(tl.records).toHaveLength(1);
    expect(tl.records[0]).toMatchObject({
      umkmId: u.id,
      date: '2022-03-15',
      annualSales: 1500 * JUTA,
      capital: 300 * JUTA,
      assets: 400 * JUTA,
      employees: 3,
      marketReach: 'regional',
      certifications: [],
      channels: [],
      source: 'dokumen',
      notes: 'Data registrasi',
      class: 'mikro',
      classBasis: 'penjualan',
    });
    expect(tl.moves).toEqual([]);
    expect(u.lastRecordDate).toBe('2022-03-15');
    expect(await yearsOf(ctx, u.id)).toEqual(yearsFrom(2022, { 2022: 'mikro' }));
    expect(await movesOf(ctx, u.id)).toEqual([]);
  });

  it('without a registration date: today, and a UMKM classed by capital gets a record classed by capital', async () => {
    const u = await addUmkm(ctx, { annualSales: undefined, capital: 1_500 * JUTA });
    const [r] = (await ctx.progress.timeline(u.id)).records;
    expect(r).toMatchObject({ date: todayIso(), annualSales: null, capital: 1_500 * JUTA, class: 'kecil', classBasis: 'modal' });
    expect(u).toMatchObject({ class: 'kecil', classBasis: 'modal', lastRecordDate: todayIso() });
    expect(await yearsOf(ctx, u.id)).toEqual({ [thisYear]: 'kecil' });
  });

  it('a refused registration (duplicate NIK) writes no record either', async () => {
    await call(ctx, 'umkm:create', validUmkm() as UmkmInput);
    const before = [await count(ctx, 'umkm'), await count(ctx, 'riwayat_kelas'), await count(ctx, 'kelas_tahunan')];
    const r = await dispatch('umkm:create', validUmkm({ businessName: 'Usaha Lain' }), ctx.core, adminSession(ctx));
    expect(!r.ok && r.error.code).toBe('DUPLICATE');
    expect([await count(ctx, 'umkm'), await count(ctx, 'riwayat_kelas'), await count(ctx, 'kelas_tahunan')]).toEqual(before);
  });
});

describe('progress:add', () => {
  it('computes the class, the move with both records as evidence, the yearly rows and the UMKM row', async () => {
    const u = await registerUmkm(ctx, '2021-06-01', 1500);
    const r = ok<ClassRecord>(
      await dispatch(
        'progress:add',
        {
          umkmId: u.id,
          date: '2023-06-30',
          annualSales: '2.500.000.000',
          capital: 400 * JUTA,
          assets: 900 * JUTA,
          employees: '8',
          marketReach: 'nasional',
          certifications: ['halal', 'pirt', 'halal'],
          channels: ['offline', 'marketplace'],
          source: 'laporan_mandiri',
          notes: 'Omzet naik setelah masuk ritel modern',
        },
        ctx.core,
        adminSession(ctx),
      ),
    );
    expect(r).toMatchObject({
      umkmId: u.id,
      date: '2023-06-30',
      annualSales: 2_500 * JUTA,
      capital: 400 * JUTA,
      employees: 8,
      marketReach: 'nasional',
      // Written into Legalitas & sertifikasi (issue 15) and read back from it, in the form's order.
      certifications: ['pirt', 'halal'],
      channels: ['offline', 'marketplace'],
      source: 'laporan_mandiri',
      class: 'kecil',
      classBasis: 'penjualan',
    });
    const first = (await ctx.progress.timeline(u.id)).records[0]!;
    expect(await movesOf(ctx, u.id)).toEqual([
      { fromRecordId: first.id, toRecordId: r.id, fromDate: '2021-06-01', date: '2023-06-30', fromClass: 'mikro', toClass: 'kecil', direction: 'naik' },
    ]);
    expect(await yearsOf(ctx, u.id)).toEqual(yearsFrom(2021, { 2021: 'mikro', 2023: 'kecil' }));
    expect(await umkmRow(ctx, u.id)).toEqual({
      class: 'kecil',
      classBasis: 'penjualan',
      annualSales: 2_500 * JUTA,
      capital: 400 * JUTA,
      assets: 900 * JUTA,
      employees: 8,
      marketReach: 'nasional',
      lastRecordDate: '2023-06-30',
    });
    // The registry sees it at once.
    expect((await ctx.umkm.get(u.id)).class).toBe('kecil');
    expect((await call(ctx, 'umkm:list', { class: 'kecil' })).items.map((i) => i.id)).toEqual([u.id]);
  });

  it('a record without market reach, capital or assets leaves the UMKM its own (see progressFigures.test.ts)', async () => {
    const u = await registerUmkm(ctx, '2021-06-01', 1500, { marketReach: 'regional', assets: 100 * JUTA });
    await addRecord(ctx, u.id, '2022-06-01', 1600);
    expect(await umkmRow(ctx, u.id)).toMatchObject({ marketReach: 'regional', assets: 100 * JUTA, annualSales: 1600 * JUTA, capital: 50 * JUTA, lastRecordDate: '2022-06-01' });
  });

  it('refuses a given class, missing figures, a future date, an unknown source, and writes nothing', async () => {
    const u = await registerUmkm(ctx, '2021-06-01', 1500);
    const before = [await count(ctx, 'riwayat_kelas'), await count(ctx, 'kelas_perpindahan'), await count(ctx, 'kelas_tahunan')];
    const tomorrow = todayIso(new Date(Date.now() + 86_400_000));
    const cases: Array<[Record<string, unknown>, Record<string, string>]> = [
      [{ class: 'menengah' }, { _: fill(messages.validation.unknownKey, { key: 'class' }) }],
      [{ annualSales: undefined, capital: '' }, { annualSales: p.figuresNeeded }],
      [{ date: tomorrow }, { date: messages.validation.dateInFuture }],
      [{ date: '2023-02-30' }, { date: messages.validation.date }],
    ];
    for (const [change, fields] of cases) {
      const r = await dispatch('progress:add', { umkmId: u.id, date: '2023-06-01', annualSales: 3000 * JUTA, source: 'survei', ...change }, ctx.core, adminSession(ctx));
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('VALIDATION');
        expect(r.error.fields).toMatchObject(fields);
      }
    }
    const noSource = await dispatch('progress:add', { umkmId: u.id, date: '2023-06-01', annualSales: 1 }, ctx.core, adminSession(ctx));
    expect(!noSource.ok && Object.keys(noSource.error.fields ?? {})).toEqual(['source']);
    expect([await count(ctx, 'riwayat_kelas'), await count(ctx, 'kelas_perpindahan'), await count(ctx, 'kelas_tahunan')]).toEqual(before);
  });

  it('the UMKM must exist and still be in the registry (field umkmId)', async () => {
    const gone = await registerUmkm(ctx, '2021-06-01', 1500);
    await ctx.umkm.remove(gone.id);
    const e1 = await thrown(() => addRecord(ctx, 4242, '2023-01-01', 100));
    expect([e1.code, e1.fields]).toEqual(['VALIDATION', { umkmId: fill(messages.errors.notFound, { entity: messages.entity.umkm, id: 4242 }) }]);
    const e2 = await thrown(() => addRecord(ctx, gone.id, '2023-01-01', 100));
    expect([e2.code, e2.fields]).toEqual(['VALIDATION', { umkmId: p.umkmDeleted }]);
    expect(await count(ctx, 'riwayat_kelas')).toBe(1);
  });

  it('an inactive UMKM can still be recorded', async () => {
    const u = await registerUmkm(ctx, '2021-06-01', 1500, { status: 'tidak_aktif' });
    expect((await addRecord(ctx, u.id, '2022-01-01', 3000)).class).toBe('kecil');
    expect((await ctx.umkm.get(u.id)).class).toBe('kecil');
  });
});

describe('same-day records, out-of-order entry, edits and deletions afterwards', () => {
  it('a second record on the same day is a correction: the later one stands, no rise and fall', async () => {
    const u = await registerUmkm(ctx, '2021-01-01', 1000);
    const wrong = await addRecord(ctx, u.id, '2022-03-01', 2500);
    expect((await movesOf(ctx, u.id)).map((m) => m.direction)).toEqual(['naik']);
    const fixed = await addRecord(ctx, u.id, '2022-03-01', 1500);
    expect(await movesOf(ctx, u.id)).toEqual([]);
    // The timeline shows both, in the order entered.
    expect((await ctx.progress.timeline(u.id)).records.map((r) => r.id)).toEqual([expect.any(Number), wrong.id, fixed.id]);
    expect(await umkmRow(ctx, u.id)).toMatchObject({ class: 'mikro', annualSales: 1500 * JUTA, lastRecordDate: '2022-03-01' });
    expect(await yearsOf(ctx, u.id)).toEqual(yearsFrom(2021, { 2021: 'mikro' }));
  });

  it('a record entered late for an earlier date takes its place in time; the UMKM keeps its latest figures', async () => {
    const u = await registerUmkm(ctx, '2020-06-01', 1000);
    const r2023 = await addRecord(ctx, u.id, '2023-06-01', 3000);
    expect((await movesOf(ctx, u.id)).map((m) => [m.fromDate, m.date, m.fromClass, m.toClass])).toEqual([['2020-06-01', '2023-06-01', 'mikro', 'kecil']]);
    const r2021 = await addRecord(ctx, u.id, '2021-06-01', 16_000); // found later: a menengah year in between
    expect((await movesOf(ctx, u.id)).map((m) => [m.fromDate, m.date, m.fromClass, m.toClass, m.direction])).toEqual([
      ['2020-06-01', '2021-06-01', 'mikro', 'menengah', 'naik'],
      ['2021-06-01', '2023-06-01', 'menengah', 'kecil', 'turun'],
    ]);
    expect((await movesOf(ctx, u.id)).map((m) => [m.fromRecordId, m.toRecordId]).slice(1)).toEqual([[r2021.id, r2023.id]]);
    expect(await yearsOf(ctx, u.id)).toEqual(yearsFrom(2020, { 2020: 'mikro', 2021: 'menengah', 2023: 'kecil' }));
    expect(await umkmRow(ctx, u.id)).toMatchObject({ class: 'kecil', annualSales: 3000 * JUTA, lastRecordDate: '2023-06-01' });
    expect((await ctx.progress.timeline(u.id)).records.map((r) => r.date)).toEqual(['2020-06-01', '2021-06-01', '2023-06-01']);
  });

  it('editing a record afterwards makes its move disappear and appear again', async () => {
    const u = await registerUmkm(ctx, '2021-01-01', 1000);
    const r = await addRecord(ctx, u.id, '2022-01-01', 2500);
    expect(await movesOf(ctx, u.id)).toHaveLength(1);
    const edited = await ctx.progress.update(r.id, { annualSales: 1800 * JUTA, notes: 'Salah ketik pada survei' });
    expect(edited).toMatchObject({ id: r.id, class: 'mikro', annualSales: 1800 * JUTA, notes: 'Salah ketik pada survei', date: '2022-01-01', source: 'survei' });
    expect(await movesOf(ctx, u.id)).toEqual([]);
    expect(await umkmRow(ctx, u.id)).toMatchObject({ class: 'mikro', annualSales: 1800 * JUTA });
    // Through the handler: only the changed fields, merged over the stored record.
    const back = ok<ClassRecord>(await dispatch('progress:update', { id: r.id, changes: { annualSales: '20.000.000.000' } }, ctx.core, adminSession(ctx)));
    expect(back).toMatchObject({ class: 'menengah', notes: 'Salah ketik pada survei' });
    expect((await movesOf(ctx, u.id)).map((m) => `${m.fromClass}->${m.toClass}`)).toEqual(['mikro->menengah']);
    expect(await yearsOf(ctx, u.id)).toEqual(yearsFrom(2021, { 2021: 'mikro', 2022: 'menengah' }));
    // Moving its date before the first record reverses the move.
    await ctx.progress.update(r.id, { date: '2020-01-01' });
    expect((await movesOf(ctx, u.id)).map((m) => [m.date, m.direction, `${m.fromClass}->${m.toClass}`])).toEqual([['2021-01-01', 'turun', 'menengah->mikro']]);
    expect(await umkmRow(ctx, u.id)).toMatchObject({ class: 'mikro', lastRecordDate: '2021-01-01' });
  });

  it('an edit is checked as a whole and may not move the record to another UMKM', async () => {
    const u = await registerUmkm(ctx, '2021-01-01', 1000);
    const other = await registerUmkm(ctx, '2021-01-01', 1000);
    const r = await addRecord(ctx, u.id, '2022-01-01', 2500);
    expect((await thrown(() => call(ctx, 'progress:update', { id: r.id, changes: { annualSales: null } }))).fields).toEqual({ annualSales: p.figuresNeeded });
    expect((await thrown(() => ctx.progress.update(r.id, { umkmId: other.id }))).fields).toEqual({ umkmId: p.umkmFixed });
    expect((await thrown(() => call(ctx, 'progress:update', { id: r.id, changes: { class: 'mikro' } } as ClassRecordUpdateInput))).code).toBe('VALIDATION');
    expect(await ctx.progress.getRecord(r.id)).toEqual(r);
    expect((await thrown(() => ctx.progress.update(9999, {}))).code).toBe('NOT_FOUND');
  });

  it('deleting a record (soft) removes its move; the UMKM falls back to the record before', async () => {
    const u = await registerUmkm(ctx, '2021-01-01', 1000);
    const r = await addRecord(ctx, u.id, '2022-01-01', 2500);
    expect(ok(await dispatch('progress:delete', { id: r.id }, ctx.core, adminSession(ctx)))).toEqual({ id: r.id });
    expect(await movesOf(ctx, u.id)).toEqual([]);
    expect(await umkmRow(ctx, u.id)).toMatchObject({ class: 'mikro', annualSales: 1000 * JUTA, lastRecordDate: '2021-01-01' });
    expect((await ctx.progress.timeline(u.id)).records.map((x) => x.id)).not.toContain(r.id);
    expect((await queryRow<{ deleted_at: string | null }>(ctx.db, `SELECT deleted_at FROM riwayat_kelas WHERE id = ?`, [r.id]))!.deleted_at).not.toBeNull();
    expect((await thrown(() => ctx.progress.remove(r.id))).code).toBe('NOT_FOUND');
  });

  it('with no live record left the UMKM keeps its own figures and their class, and has no yearly rows', async () => {
    const u = await registerUmkm(ctx, '2021-01-01', 3000);
    const [first] = (await ctx.progress.timeline(u.id)).records;
    await ctx.progress.remove(first!.id);
    expect(await umkmRow(ctx, u.id)).toMatchObject({ class: 'kecil', annualSales: 3000 * JUTA, lastRecordDate: null });
    expect(await yearsOf(ctx, u.id)).toEqual({});
    // Its own figures can still be edited in the registry, classed from them.
    const edited = await ctx.umkm.update(u.id, { annualSales: 1000 * JUTA });
    expect(edited).toMatchObject({ class: 'mikro', lastRecordDate: null });
    expect(await count(ctx, 'riwayat_kelas')).toBe(1);
  });

  it('records of a deleted UMKM can no longer be changed', async () => {
    const u = await registerUmkm(ctx, '2021-01-01', 1000);
    const r = await addRecord(ctx, u.id, '2022-01-01', 2500);
    await ctx.umkm.remove(u.id);
    expect((await thrown(() => ctx.progress.update(r.id, { notes: 'x' }))).fields).toEqual({ umkmId: p.umkmDeleted });
    expect((await thrown(() => ctx.progress.remove(r.id))).fields).toEqual({ umkmId: p.umkmDeleted });
    expect((await thrown(() => ctx.progress.timeline(u.id))).code).toBe('NOT_FOUND');
  });
});

describe('umkm:update corrects the latest record', () => {
  it('sales across a threshold: the latest record is corrected (no new year) and the class changes at once', async () => {
    const u = await registerUmkm(ctx, '2021-01-01', 1000);
    const r = await addRecord(ctx, u.id, '2023-06-01', 1500, { certifications: ['halal'], source: 'laporan_mandiri' });
    const before = await count(ctx, 'riwayat_kelas');
    const edited = ok<Umkm>(await dispatch('umkm:update', { id: u.id, changes: { annualSales: '2.000.000.001', employees: 6 } }, ctx.core, adminSession(ctx)));
    expect(edited).toMatchObject({ class: 'kecil', annualSales: 2_000_000_001, employees: 6, lastRecordDate: '2023-06-01' });
    expect(await count(ctx, 'riwayat_kelas')).toBe(before);
    expect(await ctx.progress.getRecord(r.id)).toMatchObject({
      date: '2023-06-01',
      annualSales: 2_000_000_001,
      employees: 6,
      class: 'kecil',
      certifications: ['halal'],
      source: 'laporan_mandiri',
    });
    // The first record is untouched, so the correction shows as a move up.
    expect((await ctx.progress.timeline(u.id)).records[0]).toMatchObject({ annualSales: 1000 * JUTA, class: 'mikro' });
    expect((await movesOf(ctx, u.id)).map((m) => [m.date, `${m.fromClass}->${m.toClass}`])).toEqual([['2023-06-01', 'mikro->kecil']]);
    expect((await yearsOf(ctx, u.id))[2023]).toBe('kecil');
  });

  it('the latest record is the one of the latest date, not the one entered last', async () => {
    const u = await registerUmkm(ctx, '2021-01-01', 1000);
    const late = await addRecord(ctx, u.id, '2024-01-01', 1200);
    const early = await addRecord(ctx, u.id, '2022-01-01', 1100);
    await ctx.umkm.update(u.id, { annualSales: 3000 * JUTA });
    expect((await ctx.progress.getRecord(late.id)).annualSales).toBe(3000 * JUTA);
    expect((await ctx.progress.getRecord(early.id)).annualSales).toBe(1100 * JUTA);
  });

  it('market reach is one of the figures; other fields leave the records alone', async () => {
    const u = await registerUmkm(ctx, '2021-01-01', 1000);
    const [first] = (await ctx.progress.timeline(u.id)).records;
    await call(ctx, 'umkm:update', { id: u.id, changes: { phone: '0812-1111-2222', businessName: 'Nama Baru' } });
    expect(await ctx.progress.getRecord(first!.id)).toEqual(first);
    await ctx.umkm.update(u.id, { marketReach: 'nasional' });
    expect((await ctx.progress.getRecord(first!.id)).marketReach).toBe('nasional');
    expect((await ctx.umkm.get(u.id)).marketReach).toBe('nasional');
  });

  it('a refused edit changes neither the UMKM nor its records', async () => {
    const u = await registerUmkm(ctx, '2021-01-01', 1000);
    const [first] = (await ctx.progress.timeline(u.id)).records;
    const r = await dispatch('umkm:update', { id: u.id, changes: { annualSales: 3000 * JUTA, nik: '123' } }, ctx.core, adminSession(ctx));
    expect(!r.ok && r.error.code).toBe('VALIDATION');
    expect(await ctx.progress.getRecord(first!.id)).toEqual(first);
    expect(await umkmRow(ctx, u.id)).toMatchObject({ class: 'mikro', annualSales: 1000 * JUTA });
  });
});

describe('progress:overview when the year has turned', () => {
  it('carries each UMKM not written since into this year at its last known class, once', async () => {
    const a = await registerUmkm(ctx, '2021-01-01', 3000);
    const b = await registerUmkm(ctx, '2022-01-01', 1000);
    // As if both were last written a year ago: their yearly rows stop at last year.
    await queryRows(ctx.db, `DELETE FROM kelas_tahunan WHERE year = ?`, [thisYear]);
    expect((await yearsOf(ctx, a.id))[thisYear]).toBeUndefined();
    const o = ok<{ classByYear: Array<Record<string, number>> }>(await dispatch('progress:overview', {}, ctx.core, adminSession(ctx)));
    expect(o.classByYear.at(-1)).toEqual({ year: thisYear, mikro: 1, kecil: 1, menengah: 0, besar: 0 });
    expect(await yearsOf(ctx, a.id)).toEqual(yearsFrom(2021, { 2021: 'kecil' }));
    expect(await yearsOf(ctx, b.id)).toEqual(yearsFrom(2022, { 2022: 'mikro' }));
    const rows = await count(ctx, 'kelas_tahunan');
    await dispatch('progress:overview', {}, ctx.core, adminSession(ctx));
    expect(await count(ctx, 'kelas_tahunan')).toBe(rows);
  });

  it('leaves deleted UMKM out of every figure', async () => {
    const a = await registerUmkm(ctx, '2021-01-01', 3000, { marketReach: 'nasional' });
    await addRecord(ctx, a.id, '2022-01-01', 1000);
    const b = await registerUmkm(ctx, '2021-01-01', 1000);
    await ctx.umkm.remove(a.id);
    const o = ok<{ classByYear: Array<Record<string, number>>; movesByYear: unknown[]; marketReach: Record<string, number> }>(
      await dispatch('progress:overview', {}, ctx.core, adminSession(ctx)),
    );
    expect(o.classByYear[0]).toEqual({ year: 2021, mikro: 1, kecil: 0, menengah: 0, besar: 0 });
    expect(o.movesByYear).toEqual([]);
    expect(o.marketReach).toEqual({ lokal: 1, regional: 0, nasional: 0, internasional: 0 });
    expect(b.id).toBeGreaterThan(0);
  });
});
