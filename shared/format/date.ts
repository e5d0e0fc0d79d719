// Dates cross the contract as ISO calendar dates ("2023-05-23") and show as 23/05/2023.
export const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const dt = new Date(Date.UTC(y, mo - 1, d));
  return dt.getUTCFullYear() === y && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d;
}

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '–';
  const m = ISO_DATE.exec(iso.slice(0, 10));
  if (!m) return iso;
  return `${m[3]}/${m[2]}/${m[1]}`;
}

/** Today's calendar date on the clerk's clock (local time, not UTC). */
export function todayIso(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '–';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** "07/12/2026 14.05": a moment on this computer's clock, as a sentence says it (the time with a dot). */
export function formatMoment(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} ${p(d.getHours())}.${p(d.getMinutes())}`;
}

const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'] as const;

/** "7 Desember 2026": the date of a letter or a sign-off. */
export function formatLongDate(iso: string | null | undefined): string {
  if (!iso) return '–';
  const m = ISO_DATE.exec(iso.slice(0, 10));
  if (!m) return iso;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

/**
 * Text written with ISO dates inside (a status note or an audit line written before they were
 * written as 23/05/2023), each valid date shown as 23/05/2023. A date that is part of something
 * else (a file name "kemitraan-2024-05-01-101500", an instant "2024-05-01T…") stays as it is.
 */
export function formatDatesIn(text: string): string {
  return text.replace(/(?<![\w\-/.:])\d{4}-\d{2}-\d{2}(?![\w\-/:])/g, (iso: string) => (isValidIsoDate(iso) ? formatDate(iso) : iso));
}
