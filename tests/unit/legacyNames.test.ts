// Issue 10, "One vocabulary": the id fields partnerId, partnerIds and eventId became mitraId,
// mitraIds and kegiatanId. For one release (until the release after 0.2) every input schema still
// accepts the old names, and what it hands the services carries only the new ones.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  AttendanceInput,
  contract,
  fieldErrors,
  KegiatanInput,
  KegiatanUpdateInput,
  KemitraanInput,
  KemitraanListQuery,
  KemitraanUpdateInput,
  ProposeInput,
  SuggestInput,
} from '../../shared/contract';
import { LEGACY_NAMES, renameLegacyNames } from '../../shared/contract/legacyNames';
import { fill, messages } from '../../shared/i18n';

const OLD = Object.keys(LEGACY_NAMES);

/** Every key anywhere in `value` (objects and arrays, at any depth). */
function keysIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysIn);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [k, ...keysIn(v)]);
  return [];
}

/** The parsed input; fails the test, with the field errors, if it was refused. */
function parsed<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const r = schema.safeParse(input);
  if (!r.success) throw new Error(`expected success, got ${JSON.stringify(fieldErrors(r.error))}`);
  expect(keysIn(r.data).filter((k) => OLD.includes(k)), 'an old name reached the service').toEqual([]);
  return r.data;
}

const AGREEMENT = { umkmId: 4, startDate: '2023-06-01', pattern: 'rantai_pasok', supports: [{ kind: 'pemasaran', description: 'Etalase produk' }] };

describe('the old id names, accepted on input for one release', () => {
  it('kemitraan:create: partnerId and eventId become mitraId and kegiatanId', () => {
    expect(parsed(KemitraanInput, { ...AGREEMENT, partnerId: 3, eventId: 7 })).toMatchObject({ mitraId: 3, kegiatanId: 7, umkmId: 4 });
    // The new name wins when both are given; the old key is dropped either way.
    expect(parsed(KemitraanInput, { ...AGREEMENT, mitraId: 5, partnerId: 3 })).toMatchObject({ mitraId: 5 });
    // The same channel parse the IPC, HTTP and CLI adapters use.
    expect(parsed(contract['kemitraan:create'].input, { ...AGREEMENT, partnerId: '3' })).toMatchObject({ mitraId: 3 });
  });

  it('kemitraan:create refuses a missing or bad mitra at the new name, whichever name was sent', () => {
    const missing = KemitraanInput.safeParse(AGREEMENT);
    expect(!missing.success && Object.keys(fieldErrors(missing.error))).toEqual(['mitraId']);
    const bad = KemitraanInput.safeParse({ ...AGREEMENT, partnerId: 'x' });
    expect(!bad.success && Object.keys(fieldErrors(bad.error))).toEqual(['mitraId']);
    // Still a strict object: a name that was never a field is refused.
    const typo = KemitraanInput.safeParse({ ...AGREEMENT, mitraId: 3, partnerID: 3 });
    expect(!typo.success && fieldErrors(typo.error)).toEqual({ _: fill(messages.validation.unknownKey, { key: 'partnerID' }) });
  });

  it('kemitraan:update changes and kemitraan:propose', () => {
    expect(parsed(KemitraanUpdateInput, { id: 1, changes: { partnerId: 3, eventId: 9 } })).toEqual({ id: 1, changes: { mitraId: 3, kegiatanId: 9 } });
    expect(parsed(ProposeInput, { partnerId: 3, umkmId: 4, eventId: 9 })).toEqual({ mitraId: 3, umkmId: 4, kegiatanId: 9 });
  });

  it('kemitraan:list filters (and the export of that list)', () => {
    expect(parsed(KemitraanListQuery, { partnerId: 3, eventId: 9, status: 'aktif' })).toMatchObject({ mitraId: 3, kegiatanId: 9, status: 'aktif', page: 1 });
    expect(parsed(contract['kemitraan:list'].input, { partnerId: '3' })).toMatchObject({ mitraId: 3 });
    expect(parsed(contract['export:list'].input, { list: 'kemitraan', query: { partnerId: 3 } })).toMatchObject({ query: { mitraId: 3 } });
  });

  it('kegiatan: invitations (partnerIds) on create and update, attendance (partners[].partnerId)', () => {
    expect(parsed(KegiatanInput, { name: 'Temu Kemitraan', date: '2023-05-23', venue: 'Balai Kota', partnerIds: [3, 4] })).toMatchObject({ mitraIds: [3, 4], komunitasIds: [] });
    expect(parsed(KegiatanUpdateInput, { id: 2, changes: { partnerIds: [5] } })).toEqual({ id: 2, changes: { mitraIds: [5] } });
    expect(
      parsed(AttendanceInput, {
        id: 2,
        umkm: [{ umkmId: 4, hadir: true }],
        partners: [
          { partnerId: 3, hadir: true },
          { mitraId: 5, hadir: false },
        ],
      }),
    ).toEqual({
      id: 2,
      umkm: [{ umkmId: 4, hadir: true }],
      partners: [
        { mitraId: 3, hadir: true },
        { mitraId: 5, hadir: false },
      ],
    });
  });

  it('mitra:suggest: partnerId and eventId', () => {
    expect(parsed(SuggestInput, { partnerId: 3, eventId: 9 })).toEqual({ mitraId: 3, kegiatanId: 9, limit: 20 });
    expect(parsed(contract['mitra:suggest'].input, { partnerId: '3', limit: 5 })).toEqual({ mitraId: 3, limit: 5 });
  });

  it('renameLegacyNames leaves anything but a plain object, and an object without old names, as it is', () => {
    for (const x of [undefined, null, 3, 'x', [{ partnerId: 1 }]]) expect(renameLegacyNames(x)).toBe(x);
    const same = { mitraId: 1 };
    expect(renameLegacyNames(same)).toBe(same);
    const given = { partnerId: 1, eventId: undefined };
    expect(renameLegacyNames(given)).toEqual({ mitraId: 1, kegiatanId: undefined });
    expect(given).toEqual({ partnerId: 1, eventId: undefined });
  });
});
