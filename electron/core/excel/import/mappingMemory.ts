import crypto from 'node:crypto';
import type { ImportTarget } from '../../../../shared/contract/excel';
import { fill, messages } from '../../../../shared/i18n';
import type { Caller } from '../../auth/caller';
import type { Scope } from '../../scope';
import { IMPORT_TARGET_DEFS } from './targets';

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

/**
 * Remembers the mapping the clerk confirmed for this shape of file, for the next file like it. A
 * change of what is remembered is a setting written: it is recorded in the audit trail (the
 * columns before and after, as "field ← header"), in the import's transaction. The same mapping
 * again writes nothing.
 */
export async function rememberMapping(
  ctx: Scope,
  caller: Caller,
  remember: { target: ImportTarget; headers: string[]; mapping: Record<string, number>; fileName: string },
): Promise<void> {
  const { target, headers, mapping, fileName } = remember;
  const key = settingKey(target, headers);
  const byHeader = Object.fromEntries(Object.entries(mapping).map(([field, i]) => [field, headers[i] ?? '']));
  const text = JSON.stringify(byHeader);
  const saved = await ctx.settings.get(key);
  if (saved === text) return;
  await ctx.settings.set(key, text);
  const what = messages.importPages.targets[target];
  await ctx.audit.record({
    caller,
    action: 'settings_update',
    entity: 'database',
    summary: fill(messages.auditSummary.importMapping, { target: what, file: fileName }),
    changes: { importTarget: [null, what], importMapping: [saved ? inWords(target, parsed(saved)) : null, inWords(target, byHeader)] },
  });
}

function parsed(saved: string): Record<string, string> {
  try {
    return JSON.parse(saved) as Record<string, string>;
  } catch {
    return {};
  }
}

/** "Nama usaha ← Nama Usaha" for each field, in the target's field order: how the trail shows a mapping. */
function inWords(target: ImportTarget, byHeader: Record<string, string>): string[] {
  return IMPORT_TARGET_DEFS[target].fields.filter((f) => byHeader[f.key] !== undefined).map((f) => `${f.label} ← ${byHeader[f.key]}`);
}
