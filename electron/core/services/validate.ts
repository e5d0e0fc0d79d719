import type { z } from 'zod';
import { fieldErrors } from '../../../shared/contract';
import { messages } from '../../../shared/i18n';
import { AppError } from '../errors';

/** Parses with a contract schema; a failure becomes the contract's VALIDATION error. */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const r = schema.safeParse(value);
  if (!r.success) throw new AppError('VALIDATION', messages.errors.validation, fieldErrors(r.error));
  return r.data;
}
