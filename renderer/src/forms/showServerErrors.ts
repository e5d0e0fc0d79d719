import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError, errorMessage } from '../api/client';

/**
 * Puts a refused save where the clerk looks: each field error (ApiError.data.fields, paths such as
 * "supports.0.value") at its field, and the message above the form. Given the fields the form
 * shows, a refusal at another one (the UMKM of a record, deleted meanwhile) is that message instead.
 */
export function showServerErrors<T extends FieldValues>(err: unknown, setError: UseFormSetError<T>, shown?: readonly string[]): void {
  const fields = err instanceof ApiError ? Object.entries(err.data.fields ?? {}) : [];
  for (const [name, message] of fields) setError(name as Path<T>, { type: 'server', message }, { shouldFocus: true });
  const elsewhere = shown ? fields.filter(([k]) => !shown.includes(k)) : [];
  const message = elsewhere.length ? elsewhere.map(([, msg]) => msg).join(' ') : errorMessage(err);
  setError('root.server' as Path<T>, { type: 'server', message });
}
