// Issue 10, "One vocabulary": a caller still written with the old id names (partnerId,
// partnerIds, eventId) is served for one release, through the same dispatch the IPC, HTTP and CLI
// adapters use; every answer, and the audit trail, names the fields mitraId, mitraIds, kegiatanId.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Channel, OutputOf } from '../../shared/contract';
import { LEGACY_NAMES } from '../../shared/contract/legacyNames';
import type { Scope } from '../../electron/core/scope';
import { dispatch } from '../../electron/core/dispatch/dispatch';
import { adminSession } from '../support/auth';
import { call } from '../support/call';
import { tempContext } from '../support/tempDb';
import { addMitra, addUmkm } from '../support/partnerships';

let t: Awaited<ReturnType<typeof tempContext>>;
let ctx: Scope;

beforeEach(async () => {
  // The names callers use are under test, not the engine: SQLite (integration-pg leaves this file out).
  t = await tempContext({}, 'sqlite');
  ctx = t.ctx;
});
afterEach(async () => {
  await t.cleanup();
});

const OLD = Object.keys(LEGACY_NAMES);

/** Every key anywhere in `value` (objects and arrays, at any depth). */
function keysIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysIn);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [k, ...keysIn(v)]);
  return [];
}

/** A call as an adapter makes it, with an input typed as an old caller wrote it; its answer holds no old name. */
async function old<C extends Channel>(channel: C, input: Record<string, unknown>): Promise<OutputOf<C>> {
  const r = await dispatch(channel, input, ctx.core, adminSession(ctx));
  if (!r.ok) throw new Error(`${channel} refused: ${JSON.stringify(r.error)}`);
  expect(keysIn(r.value).filter((k) => OLD.includes(k)), `${channel} answered with an old name`).toEqual([]);
  return r.value as OutputOf<C>;
}

describe('old id names on input, new names on output', () => {
  it('kegiatan invitations and attendance, mitra suggest, kemitraan propose, create, update and list filters', async () => {
    const hotel = await addMitra(ctx, { name: 'Hotel Sepinggan', interestSectors: ['kuliner'], offers: ['pemasaran'], targetClasses: ['mikro'] });
    const bank = await addMitra(ctx, { name: 'Bank Klandasan', kind: 'bank' });
    const a = await addUmkm(ctx, { businessName: 'Amplang Sepinggan', sector: 'kuliner' });
    const b = await addUmkm(ctx, { businessName: 'Kue Lapis Klandasan', sector: 'kuliner' });

    const meeting = await old('kegiatan:create', { name: 'Temu Kemitraan UMKM', date: '2023-05-23', venue: 'Balai Kota', partnerIds: [hotel.id] });
    expect(meeting.partners.map((p) => p.id)).toEqual([hotel.id]);
    const invited = await old('kegiatan:update', { id: meeting.id, changes: { partnerIds: [hotel.id, bank.id] } });
    expect(invited.partners.map((p) => p.id).sort()).toEqual([hotel.id, bank.id].sort());
    const marked = await old('kegiatan:setAttendance', {
      id: meeting.id,
      umkm: [
        { umkmId: a.id, hadir: true },
        { umkmId: b.id, hadir: true },
      ],
      partners: [
        { partnerId: hotel.id, hadir: true },
        { partnerId: bank.id, hadir: false },
      ],
    });
    expect(marked.partners.map((p) => [p.id, p.hadir])).toEqual([
      [bank.id, false],
      [hotel.id, true],
    ]);

    const suggested = await old('mitra:suggest', { partnerId: hotel.id, eventId: meeting.id });
    expect(suggested.map((s) => s.umkm.id).sort()).toEqual([a.id, b.id].sort());

    const proposed = await old('kemitraan:propose', { partnerId: hotel.id, umkmId: a.id, eventId: meeting.id });
    expect(proposed).toMatchObject({ mitraId: hotel.id, umkmId: a.id, kegiatanId: meeting.id, startDate: '2023-05-23' });

    const created = await old('kemitraan:create', {
      partnerId: bank.id,
      umkmId: b.id,
      eventId: meeting.id,
      startDate: '2023-06-01',
      pattern: 'rantai_pasok',
      supports: [{ kind: 'permodalan', description: 'Kredit usaha' }],
    });
    expect(created).toMatchObject({ mitraId: bank.id, kegiatanId: meeting.id });
    // '' clears a field, as the form sends it: the agreement leaves the meeting.
    const moved = await old('kemitraan:update', { id: created.id, changes: { partnerId: hotel.id, eventId: '' } });
    expect(moved).toMatchObject({ mitraId: hotel.id, kegiatanId: null });

    const byHotel = await old('kemitraan:list', { partnerId: hotel.id });
    expect(byHotel.items.map((k) => k.id).sort()).toEqual([proposed.id, created.id].sort());
    const byMeeting = await old('kemitraan:list', { eventId: meeting.id });
    expect(byMeeting.items.map((k) => k.id)).toEqual([proposed.id]);
    expect((await old('kemitraan:list', { eventId: meeting.id, partnerId: bank.id })).total).toBe(0);
    // Old and new callers see the same list.
    expect(await old('kemitraan:list', { partnerId: hotel.id, eventId: meeting.id })).toEqual(await call(ctx, 'kemitraan:list', { mitraId: hotel.id, kegiatanId: meeting.id }));

    // The trail records the writes by the new names too.
    const trail = await call(ctx, 'audit:list', { pageSize: 500 });
    expect(trail.items.some((e) => e.entity === 'kemitraan' && e.changes.mitraId !== undefined)).toBe(true);
    expect(keysIn(trail.items.map((e) => e.changes)).filter((k) => OLD.includes(k))).toEqual([]);
  });
});
