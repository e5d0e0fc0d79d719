import type { z } from 'zod';

/** The fields of `S`, with a default for each key of `D`. */
export type WithDefaults<S extends z.ZodRawShape, D> = { -readonly [K in keyof S]: K extends keyof D ? z.ZodDefault<S[K]> : S[K] };

/**
 * A new record's schema: its fields (which carry no defaults, so that an update's changes,
 * `Fields.partial()`, never fill in a value the clerk did not name) with the defaults a new record
 * takes for the fields not given.
 */
export function withDefaults<S extends z.core.$ZodLooseShape, K extends keyof S & string>(
  fields: z.ZodObject<S, z.core.$strict>,
  defaults: { [P in K]: z.output<S[P]> },
) {
  const shape = Object.fromEntries(Object.entries(defaults).map(([key, value]) => [key, (fields.shape[key] as unknown as z.ZodType).default(value as never)]));
  return fields.extend(shape as { [P in K]: z.ZodDefault<S[P]> });
}
