import { z } from 'zod';

// Issue 10, "One vocabulary": the id fields that named a mitra or a kegiatan by an English noun
// were renamed in 0.2. For one release an input still accepts the old name; outputs carry only the
// new one. REMOVE THIS FILE, and its uses in shared/contract, in the release after 0.2.

/** Each old name, with the name that replaced it. */
export const LEGACY_NAMES = {
  partnerId: 'mitraId',
  partnerIds: 'mitraIds',
  eventId: 'kegiatanId',
} as const;

/**
 * `x` with each old name's value moved to its new name, unless the new name is already given (it
 * wins); the old key is dropped either way, so a strict object never sees it. Anything but a plain
 * object is returned as it is, for the schema to refuse.
 */
export function renameLegacyNames(x: unknown): unknown {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return x;
  const given = x as Record<string, unknown>;
  const old = Object.keys(LEGACY_NAMES).filter((name) => Object.hasOwn(given, name)) as Array<keyof typeof LEGACY_NAMES>;
  if (old.length === 0) return x;
  const out: Record<string, unknown> = { ...given };
  for (const name of old) {
    const now = LEGACY_NAMES[name];
    if (out[now] === undefined) out[now] = out[name];
    delete out[name];
  }
  return out;
}

/**
 * `schema`, also accepting the old names of its fields (see LEGACY_NAMES). Its types are the
 * schema's own, so callers written today use the new names only.
 */
export function acceptingLegacyNames<S extends z.ZodType>(schema: S) {
  return z.preprocess((x: z.input<S>) => renameLegacyNames(x), schema);
}
