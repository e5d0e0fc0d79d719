import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Result, UmkmTimeline } from '../../shared/contract';
import type { Scope } from '../../electron/core/scope';
import { dispatch } from '../../electron/core/dispatch/dispatch';
import { adminSession } from '../support/auth';
import { call } from '../support/call';
import { tempContext } from '../support/tempDb';
import { addMitra, addUmkm, agreementIn } from '../support/partnerships';
import { addRecord, registerUmkm } from '../support/progress';

let t: Awaited<ReturnType<typeof tempContext>>;
let ctx: Scope;

beforeEach(async () => {
  t = await tempContext();
  ctx = t.ctx;
});
afterEach(async () => {
  await t.cleanup();
});

const timeline = async (umkmId: number) => {
  const r: Result<unknown> = await dispatch('progress:timeline', { id: umkmId }, ctx.core, adminSession(ctx));
  if (!r.ok) throw new Error(r.error.message);
  return r.value as UmkmTimeline;
};

describe('progress:timeline', () => {
  it('links each move to the agreements active between its two records, direct or through a community', async () => {
    // Records: 2022-06-01 mikro (registration), 2023-06-01 mikro twice (a same-day correction),
    // 2024-06-01 kecil: one move up, from 2023-06-01 to 2024-06-01.
    const u = await registerUmkm(ctx, '2022-06-01', 900);
    await addRecord(ctx, u.id, '2023-06-01', 1200);
    const corrected = await addRecord(ctx, u.id, '2023-06-01', 1300, { notes: 'Koreksi' });
    const up = await addRecord(ctx, u.id, '2024-06-01', 2600, { certifications: ['halal'] });
    const other = await addUmkm(ctx);
    const group = await call(ctx, 'komunitas:create', { name: 'Komunitas Amplang Manggar', memberIds: [u.id, other.id] });
    const elsewhere = await call(ctx, 'komunitas:create', { name: 'Kelompok Lain', memberIds: [other.id] });

    const p = await addMitra(ctx, { name: 'Hotel Platinum Balikpapan' });
    const q = await addMitra(ctx, { name: 'Pertamina RU V' });
    // Linked: active, open-ended, started inside the window.
    const direct = await agreementIn(ctx, 'aktif', p.id, { umkmId: u.id }, { startDate: '2023-07-01', supports: [{ kind: 'pemasaran', description: 'Etalase di lobi', value: 5_000_000 }] });
    // Linked: through the community, finished, ended after the window opened.
    const viaGroup = await agreementIn(ctx, 'selesai', q.id, { komunitasId: group.id }, { startDate: '2022-01-01', endDate: '2023-06-15' });
    // Not linked: started after the move, ended before the window, proposed, cancelled.
    const after = await agreementIn(ctx, 'aktif', q.id, { umkmId: u.id }, { startDate: '2024-07-01' });
    const before = await agreementIn(ctx, 'selesai', p.id, { umkmId: u.id }, { startDate: '2021-01-01', endDate: '2023-05-31' });
    const proposed = await agreementIn(ctx, 'diusulkan', q.id, { umkmId: u.id }, { startDate: '2023-08-01' });
    const cancelled = await agreementIn(ctx, 'dibatalkan', p.id, { umkmId: u.id }, { startDate: '2023-08-01' });
    // Not the UMKM's at all: another UMKM's, and a community it is not in.
    await agreementIn(ctx, 'aktif', p.id, { umkmId: other.id }, { startDate: '2023-07-01' });
    await agreementIn(ctx, 'aktif', q.id, { komunitasId: elsewhere.id }, { startDate: '2023-07-01' });

    const tl = await timeline(u.id);
    expect(tl.umkmId).toBe(u.id);
    expect(tl.records.map((r) => [r.date, r.class])).toEqual([
      ['2022-06-01', 'mikro'],
      ['2023-06-01', 'mikro'],
      ['2023-06-01', 'mikro'],
      ['2024-06-01', 'kecil'],
    ]);
    expect(tl.moves).toHaveLength(1);
    const move = tl.moves[0]!;
    expect(move).toMatchObject({
      direction: 'naik',
      fromClass: 'mikro',
      toClass: 'kecil',
      fromDate: '2023-06-01',
      date: '2024-06-01',
      fromRecordId: corrected.id,
      toRecordId: up.id,
    });
    expect(move.agreements.map((a) => a.id).sort()).toEqual([direct.id, viaGroup.id].sort());
    const linked = move.agreements.find((a) => a.id === direct.id)!;
    expect(linked).toEqual({
      id: direct.id,
      number: direct.number,
      partnerName: 'Hotel Platinum Balikpapan',
      status: 'aktif',
      startDate: '2023-07-01',
      endDate: null,
      supports: [{ id: expect.any(Number), kind: 'pemasaran', description: 'Etalase di lobi', value: 5_000_000 }],
    });
    expect(move.agreements.find((a) => a.id === viaGroup.id)).toMatchObject({ status: 'selesai', partnerName: 'Pertamina RU V', endDate: '2023-06-15' });

    // All its agreements, whatever their status, by start date; the community's named.
    expect(tl.agreements.map((a) => a.id)).toEqual([before.id, viaGroup.id, direct.id, proposed.id, cancelled.id, after.id]);
    expect(tl.agreements.find((a) => a.id === viaGroup.id)!.komunitasName).toBe('Komunitas Amplang Manggar');
    expect(tl.agreements.find((a) => a.id === direct.id)!.komunitasName).toBeNull();
  });

  it('an agreement is linked to a move down too, and unlinked when an edit moves the records apart', async () => {
    const u = await registerUmkm(ctx, '2022-01-01', 3000);
    const down = await addRecord(ctx, u.id, '2023-01-01', 1000);
    const p = await addMitra(ctx);
    const a = await agreementIn(ctx, 'aktif', p.id, { umkmId: u.id }, { startDate: '2022-06-01', endDate: '2023-06-30' });
    let tl = await timeline(u.id);
    expect(tl.moves.map((m) => [m.direction, m.agreements.map((x) => x.id)])).toEqual([['turun', [a.id]]]);
    // The fall is now dated in 2021, before the agreement began.
    await ctx.progress.update(down.id, { date: '2021-01-01' });
    tl = await timeline(u.id);
    expect(tl.moves.map((m) => [m.direction, m.fromDate, m.date, m.agreements])).toEqual([['naik', '2021-01-01', '2022-01-01', []]]);
  });

  it('a UMKM with one record has no move; an unknown or deleted UMKM is NOT_FOUND', async () => {
    const u = await registerUmkm(ctx, '2022-01-01', 3000);
    expect((await timeline(u.id)).moves).toEqual([]);
    const missing = await dispatch('progress:timeline', { id: 999 }, ctx.core, adminSession(ctx));
    expect(!missing.ok && missing.error.code).toBe('NOT_FOUND');
    await ctx.umkm.remove(u.id);
    const gone = await dispatch('progress:timeline', { id: u.id }, ctx.core, adminSession(ctx));
    expect(!gone.ok && gone.error.code).toBe('NOT_FOUND');
  });
});
