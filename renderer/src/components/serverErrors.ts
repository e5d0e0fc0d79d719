import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../api/client';

/**
 * Puts a refused save where the clerk looks: each field error (ApiError.data.fields, paths such as
 * "supports.0.value") at its field, and the message above the form.
 */
export function showServerErrors<T extends FieldValues>(err: unknown, setError: UseFormSetError<T>): void {
  if (err instanceof ApiError && err.data.fields) {
    for (const [name, msg] of Object.entries(err.data.fields)) setError(name as Path<T>, { type: 'server', message: msg }, { shouldFocus: true });
  }
  setError('root.server' as Path<T>, { type: 'server', message: err instanceof Error ? err.message : String(err) });
}
