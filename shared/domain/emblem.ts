import type { EmblemType } from '../contract/office';

// The first bytes of each accepted image type: a renamed file is refused before it reaches a report,
// by the form as soon as it is picked and by main on every save.
const SIGNATURES: [EmblemType, number[]][] = [
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['image/jpeg', [0xff, 0xd8, 0xff]],
];

/** The image type the bytes really are (a PNG saved as .jpg is still a PNG), or null. */
export function emblemTypeOf(bytes: Uint8Array): EmblemType | null {
  return SIGNATURES.find(([, sig]) => bytes.length > sig.length && sig.every((b, i) => bytes[i] === b))?.[0] ?? null;
}
