// Rupiah as Indonesians write it: "Rp 1.500.000". Built by hand rather than Intl so the output
// does not depend on the ICU data of the runtime (Node, Electron and Chromium differ).
export function groupThousands(n: number): string {
  const sign = n < 0 ? '-' : '';
  const digits = String(Math.trunc(Math.abs(n)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

export function formatRupiah(n: number | null | undefined): string {
  if (n == null) return '–';
  return `Rp ${groupThousands(n)}`;
}

/** Short form for charts and cards: "Rp 1,5 M", "Rp 750 jt". */
export function formatRupiahShort(n: number): string {
  const units: Array<[number, string]> = [
    [1e12, 'T'],
    [1e9, 'M'],
    [1e6, 'jt'],
    [1e3, 'rb'],
  ];
  for (const [size, label] of units) {
    // Rounded before the unit is chosen, so 999.960.000 reads "Rp 1 M", not "Rp 1000 jt".
    const v = Math.round((n / size) * 10) / 10;
    if (Math.abs(v) >= 1) return `Rp ${String(v).replace('.', ',')} ${label}`;
  }
  return formatRupiah(n);
}

/** Reads a whole-rupiah amount typed as digits with dots or spaces ("1.500.000", "Rp 2000000"). */
export function parseRupiahDigits(text: string): number | null {
  const t = text.trim().replace(/^rp\.?\s*/i, '');
  // Dots and spaces only as thousand separators: "1.5" is not fifteen rupiah.
  if (!/^\d+$/.test(t) && !/^\d{1,3}([.\s]\d{3})+$/.test(t)) return null;
  return Number(t.replace(/[.\s]/g, ''));
}
