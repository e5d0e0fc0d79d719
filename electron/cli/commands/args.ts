import { fill, messages } from '../../../shared/i18n';
import { UsageError, type CliIo } from '../io';

const t = messages.cli.args;

export function requireId(rest: string[]): number {
  const raw = rest[0];
  if (!raw || !/^\d+$/.test(raw)) throw new UsageError(fill(t.umkmId, { example: messages.cli.umkm.example }));
  return Number(raw);
}

export function intOption(values: Record<string, unknown>, name: string): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string' || !/^\d+$/.test(raw)) throw new UsageError(fill(t.integer, { name }));
  return Number(raw);
}

/** One JSON object from --data, or from standard input when --data is absent. */
export async function jsonObject(values: Record<string, unknown>, io: CliIo): Promise<Record<string, unknown>> {
  let text: string;
  if (typeof values.data === 'string') text = values.data;
  else if (!io.stdinIsTty) text = await io.readStdin();
  else throw new UsageError(t.dataNeeded);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new UsageError(fill(t.badJson, { detail: (err as Error).message }));
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UsageError(t.notObject);
  return value as Record<string, unknown>;
}
