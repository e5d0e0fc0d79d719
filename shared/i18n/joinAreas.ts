/** Top-level keys that two of the areas both define. */
type DuplicateKeys<T extends readonly object[], Seen extends PropertyKey = never> = T extends readonly [infer H, ...infer R extends readonly object[]]
  ? (keyof H & Seen) | DuplicateKeys<R, Seen | keyof H>
  : never;

type Joined<T extends readonly object[]> = T extends readonly [infer H, ...infer R extends readonly object[]] ? H & Joined<R> : unknown;

/**
 * The message table of every area, as one object whose top-level keys are the areas' namespaces.
 * Two areas that define the same namespace do not compile (a spread would silently keep the last).
 */
export function joinAreas<T extends readonly object[]>(...areas: T & ([DuplicateKeys<T>] extends [never] ? unknown : { duplicateNamespace: DuplicateKeys<T> })): Joined<T> {
  return Object.assign({}, ...(areas as readonly object[])) as Joined<T>;
}
