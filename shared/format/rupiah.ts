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
    if (Math.abs(n) >= size) {
      const v = Math.round((n / size) * 10) / 10;
      return `Rp ${String(v).replace('.', ',')} ${label}`;
    }
  }
  return formatRupiah(n);
}

/** Reads a whole-rupiah amount typed as digits with dots or spaces ("1.500.000", "Rp 2000000"). */
export function parseRupiahDigits(text: string): number | null {
  const cleaned = text.trim().replace(/^rp\.?\s*/i, '').replace(/[.\s]/g, '');
  if (!/^\d+$/.test(cleaned)) return null;
  return Number(cleaned);
}
