import { EMBLEM_MAX_BYTES, type Emblem } from '../../../../shared/contract';
import { emblemTypeOf } from '../../../../shared/domain/emblem';
import { messages } from '../../../../shared/i18n';

const o = messages.office;

/** Bytes as base64, a chunk at a time (a 1 MB image in one String.fromCharCode call overflows the stack). */
function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * The file the clerk picked, read in the window: refused at once when it is too large or its bytes
 * are not a PNG or JPEG (main checks again on save); its type comes from the bytes, not the name.
 */
export async function readEmblem(file: File): Promise<{ emblem: Emblem } | { error: string }> {
  if (file.size > EMBLEM_MAX_BYTES) return { error: o.emblemTooLarge };
  const bytes = new Uint8Array(await file.arrayBuffer());
  const mime = emblemTypeOf(bytes);
  if (!mime) return { error: /\.(png|jpe?g)$/i.test(file.name) ? o.emblemUnreadable : o.emblemType };
  return { emblem: { mime, base64: toBase64(bytes) } };
}

export const emblemSrc = (e: Emblem) => `data:${e.mime};base64,${e.base64}`;
