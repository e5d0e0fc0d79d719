// Indonesian numbers arrive as 0812-3456-7890, +62 812 3456 7890, 62812..., (0542) 123456.
// Stored as +62 followed by the national number without its leading 0.

export type PhoneProblem = 'format' | 'length';

export function normalisePhone(raw: string): { ok: true; value: string } | { ok: false; problem: PhoneProblem } {
  const compact = raw.trim().replace(/[\s\-().]/g, '');
  let national: string;
  if (/^\+62\d+$/.test(compact)) national = compact.slice(3);
  else if (/^62\d+$/.test(compact)) national = compact.slice(2);
  else if (/^0\d+$/.test(compact)) national = compact.slice(1);
  else return { ok: false, problem: 'format' };
  national = national.replace(/^0+/, '');
  if (!/^[1-9]\d+$/.test(national)) return { ok: false, problem: 'format' };
  // Mobiles are 08xx with 10-13 digits in all; landlines are an area code of 2-3 digits plus 5-8.
  const isMobile = national.startsWith('8');
  const [min, max] = isMobile ? [9, 12] : [7, 11];
  if (national.length < min || national.length > max) return { ok: false, problem: 'length' };
  return { ok: true, value: `+62${national}` };
}

/** +6281234567890 shown as 0812-3456-7890, the way clerks read it. */
export function displayPhone(stored: string): string {
  if (!stored.startsWith('+62')) return stored;
  const local = `0${stored.slice(3)}`;
  if (local.startsWith('08')) return local.replace(/^(\d{4})(\d{4})(\d+)$/, '$1-$2-$3');
  const area = /^0(21|22|24|31|61)/.test(local) ? 3 : 4;
  return `(${local.slice(0, area)}) ${local.slice(area)}`;
}
