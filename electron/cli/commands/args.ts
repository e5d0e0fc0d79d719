import { UsageError, type CliIo } from '../io';

export function requireId(rest: string[]): number {
  const raw = rest[0];
  if (!raw || !/^\d+$/.test(raw)) throw new UsageError('ID UMKM harus berupa angka, misalnya: umkm show 12');
  return Number(raw);
}

export function intOption(values: Record<string, unknown>, name: string): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string' || !/^\d+$/.test(raw)) throw new UsageError(`--${name} harus berupa bilangan bulat.`);
  return Number(raw);
}

/** One JSON object from --data, or from standard input when --data is absent. */
export async function jsonObject(values: Record<string, unknown>, io: CliIo): Promise<Record<string, unknown>> {
  let text: string;
  if (typeof values.data === 'string') text = values.data;
  else if (!io.stdinIsTty) text = await io.readStdin();
  else throw new UsageError('Berikan data UMKM sebagai JSON lewat --data \'{...}\' atau standard input.');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new UsageError(`JSON tidak sah: ${(err as Error).message}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new UsageError('Data harus berupa satu objek JSON {...}.');
  return value as Record<string, unknown>;
}
