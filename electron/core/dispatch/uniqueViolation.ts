import { messages } from '../../../shared/i18n';
import { AppError } from '../errors';

const t = messages.takenKeys;

/**
 * The unique keys a clerk types, by the database's name for them: PostgreSQL names the index
 * (constraint), SQLite the table and column ("UNIQUE constraint failed: umkm.nik").
 */
const KEYS: ReadonlyArray<{ index: string; column: string; field: 'nik' | 'nib' | 'number' | 'username' }> = [
  { index: 'ux_umkm_nik_active', column: 'umkm.nik', field: 'nik' },
  { index: 'ux_umkm_nib_active', column: 'umkm.nib', field: 'nib' },
  { index: 'ux_kemitraan_number', column: 'kemitraan.number', field: 'number' },
  { index: 'ux_pengguna_username', column: 'pengguna.username', field: 'username' },
];

/**
 * A write a unique index refused, as the clerk's DUPLICATE at the field it names; null for any
 * other error. Each service checks a key before it writes it, so this is the rare save that lost a
 * race: on the shared PostgreSQL registry two clerks registering the same NIK at the same moment
 * both pass the check, and the index lets only the first in (23505, unique_violation). Never an
 * INTERNAL: nothing was written, and the clerk can see why.
 */
export function uniqueViolation(err: unknown): AppError | null {
  const e = err as { code?: unknown; constraint?: unknown; message?: unknown; driverError?: { code?: unknown; constraint?: unknown; message?: unknown } } | undefined;
  const code = String(e?.code ?? e?.driverError?.code ?? '');
  let key: (typeof KEYS)[number] | undefined;
  if (code === '23505') {
    const index = String(e?.constraint ?? e?.driverError?.constraint ?? '');
    key = KEYS.find((k) => k.index === index);
  } else if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    const columns = /UNIQUE constraint failed: (.+)$/.exec(String(e?.message ?? e?.driverError?.message ?? ''))?.[1];
    key = KEYS.find((k) => k.column === columns);
  } else return null;
  if (!key) return new AppError('DUPLICATE', t.other);
  const message = t[key.field];
  return new AppError('DUPLICATE', message, { [key.field]: message });
}
