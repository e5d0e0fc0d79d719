import crypto from 'node:crypto';
import type { ImportTarget } from '../../../../shared/contract/excel';
import type { Scope } from '../../scope';

// A file "of the same shape" has the same header texts (case and spacing aside), in any order.
const norm = (h: string) => h.trim().toLocaleLowerCase('id').replace(/\s+/g, ' ');

function settingKey(target: ImportTarget, headers: string[]): string {
  const shape = headers.map(norm).filter(Boolean).sort().join('\u0000');
  return `import.mapping.${target}.${crypto.createHash('sha256').update(shape).digest('hex').slice(0, 24)}`;
}

/** The mapping the clerk confirmed for this shape, as field -> column index of these headers. */
export async function recallMapping(ctx: Scope, target: ImportTarget, headers: string[]): Promise<Record<string, number> | null> {
  const saved = await ctx.settings.get(settingKey(target, headers));
  if (!saved) return null;
  let byHeader: Record<string, string>;
  try {
    byHeader = JSON.parse(saved) as Record<string, string>;
  } catch {
    return null;
  }
  const index = new Map(headers.map((h, i) => [norm(h), i]));
  const out: Record<string, number> = {};
  for (const [field, header] of Object.entries(byHeader)) {
    const i = index.get(norm(header));
    if (i !== undefined) out[field] = i;
  }
  return Object.keys(out).length ? out : null;
}

export async function rememberMapping(ctx: Scope, target: ImportTarget, headers: string[], mapping: Record<string, number>): Promise<void> {
  const byHeader = Object.fromEntries(Object.entries(mapping).map(([field, i]) => [field, headers[i] ?? '']));
  await ctx.settings.set(settingKey(target, headers), JSON.stringify(byHeader));
}
