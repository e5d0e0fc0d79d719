import type { CellValue } from './types';

const pad = (n: number) => String(n).padStart(2, '0');

/** A number as digits, never with an exponent: a 16-digit NIK read as a number must show in full. */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Number.isInteger(n)) return BigInt(n).toString();
  // Excel shows 15 significant digits; float noise (0.30000000000000004) is not data.
  const rounded = Number(n.toPrecision(15));
  const s = Math.abs(rounded) < 1e-6 ? rounded.toFixed(20).replace(/0+$/, '') : String(rounded);
  return s.replace('.', ',');
}

/** What the clerk should see for a cell: dates as DD/MM/YYYY, numbers in full, Indonesian comma decimals. */
export function cellText(v: CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numberText(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (Number.isNaN(v.getTime())) return '';
  const date = `${pad(v.getUTCDate())}/${pad(v.getUTCMonth() + 1)}/${v.getUTCFullYear()}`;
  const secs = v.getUTCHours() * 3600 + v.getUTCMinutes() * 60 + v.getUTCSeconds();
  return secs === 0 ? date : `${date} ${pad(v.getUTCHours())}:${pad(v.getUTCMinutes())}`;
}
