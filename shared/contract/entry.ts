import type { z } from 'zod';

export interface Entry<I extends z.ZodType, O> {
  input: I;
  /** Phantom: carries the result type only. */
  output?: O;
}
export const entry =
  <O>() =>
  <I extends z.ZodType>(input: I): Entry<I, O> => ({ input });
