// NIK layout (Dukcapil): province(2) regency(2) kecamatan(2) DDMMYY (day + 40 for women) sequence(4).
// It stays with a person who moves, so it need not start with 64.71.
const PROVINCE_CODES = new Set([
  11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93,
  94, 95, 96,
]);
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export type NikProblem = 'format' | 'province' | 'region' | 'birthDate' | 'sequence';

export function digitsOnly(text: string): string {
  return text.replace(/[\s.\-/]/g, '');
}

export function checkNik(raw: string): NikProblem | null {
  const nik = digitsOnly(raw);
  if (!/^\d{16}$/.test(nik)) return 'format';
  if (!PROVINCE_CODES.has(Number(nik.slice(0, 2)))) return 'province';
  if (nik.slice(2, 4) === '00' || nik.slice(4, 6) === '00') return 'region';
  let day = Number(nik.slice(6, 8));
  if (day > 40) day -= 40;
  const month = Number(nik.slice(8, 10));
  if (month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH[month - 1]!) return 'birthDate';
  if (nik.slice(12) === '0000') return 'sequence';
  return null;
}

export function nikSex(nik: string): 'L' | 'P' | null {
  if (checkNik(nik)) return null;
  return Number(digitsOnly(nik).slice(6, 8)) > 40 ? 'P' : 'L';
}

/** NIB from OSS: 13 digits. */
export function checkNib(raw: string): boolean {
  const nib = digitsOnly(raw);
  return /^\d{13}$/.test(nib) && !/^0+$/.test(nib);
}

/** NPWP: the old 15 digits (99.999.999.9-999.999) or the 16-digit form used since July 2024. */
export function checkNpwp(raw: string): boolean {
  return /^\d{15,16}$/.test(digitsOnly(raw));
}

export function formatNpwp(raw: string): string {
  const d = digitsOnly(raw);
  if (d.length !== 15) return d;
  return `${d.slice(0, 2)}.${d.slice(2, 5)}.${d.slice(5, 8)}.${d.slice(8, 9)}-${d.slice(9, 12)}.${d.slice(12)}`;
}

export function checkKbli(raw: string): boolean {
  return /^\d{5}$/.test(raw.trim());
}
