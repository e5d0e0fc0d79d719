// Kota Balikpapan (Kemendagri 64.71): 6 kecamatan, 34 kelurahan. BPS numbers kecamatan in another
// order, so these codes are never derived from BPS ones.
export interface Kelurahan {
  code: string;
  name: string;
}
export interface Kecamatan {
  code: string;
  name: string;
  kelurahan: readonly Kelurahan[];
}

function kec(code: string, name: string, list: Array<[string, string]>): Kecamatan {
  return { code, name, kelurahan: list.map(([suffix, n]) => ({ code: `${code}.${suffix}`, name: n })) };
}

export const KECAMATAN: readonly Kecamatan[] = [
  kec('64.71.01', 'Balikpapan Timur', [['1001', 'Manggar'], ['1002', 'Lamaru'], ['1003', 'Teritip'], ['1004', 'Manggar Baru']]),
  kec('64.71.02', 'Balikpapan Barat', [
    ['1001', 'Baru Ilir'], ['1002', 'Baru Tengah'], ['1003', 'Baru Ulu'], ['1004', 'Kariangau'], ['1005', 'Margo Mulyo'], ['1006', 'Marga Sari'],
  ]),
  kec('64.71.03', 'Balikpapan Utara', [
    ['1001', 'Batu Ampar'], ['1002', 'Gunung Samarinda'], ['1003', 'Karang Joang'], ['1004', 'Muara Rapak'], ['1005', 'Gunung Samarinda Baru'], ['1006', 'Graha Indah'],
  ]),
  kec('64.71.04', 'Balikpapan Tengah', [
    ['1001', 'Gunung Sari Ulu'], ['1002', 'Gunung Sari Ilir'], ['1003', 'Karang Rejo'], ['1004', 'Karang Jati'], ['1005', 'Mekar Sari'], ['1006', 'Sumber Rejo'],
  ]),
  kec('64.71.05', 'Balikpapan Selatan', [
    ['1002', 'Sepinggan'], ['1006', 'Gunung Bahagia'], ['1008', 'Sepinggan Baru'], ['1009', 'Sepinggan Raya'], ['1010', 'Sungai Nangka'], ['1011', 'Damai Baru'], ['1012', 'Damai Bahagia'],
  ]),
  kec('64.71.06', 'Balikpapan Kota', [['1001', 'Prapatan'], ['1002', 'Telaga Sari'], ['1003', 'Klandasan Ulu'], ['1004', 'Klandasan Ilir'], ['1005', 'Damai']]),
];

const kecByCode = new Map(KECAMATAN.map((k) => [k.code, k]));
const kelByCode = new Map(KECAMATAN.flatMap((k) => k.kelurahan.map((l) => [l.code, { ...l, kecamatanCode: k.code }] as const)));

/** Folds the spellings seen in real data: case, "Kec."/"Kel." prefixes, "Bpp", spaces, Lemaru. */
export function regionKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/\b(kecamatan|kelurahan|kec|kel)\b\.?/g, ' ')
    .replace(/\bbpp\b\.?/g, 'balikpapan')
    .replace(/[^a-z0-9]/g, '')
    .replace(/^lemaru$/, 'lamaru');
}

const kecByKey = new Map(KECAMATAN.map((k) => [regionKey(k.name), k]));

export function findKecamatan(input: string): Kecamatan | undefined {
  const t = input.trim();
  const byCode = kecByCode.get(t);
  if (byCode) return byCode;
  const key = regionKey(t);
  // "Selatan" alone is a common short form inside the city.
  return kecByKey.get(key) ?? kecByKey.get(`balikpapan${key}`);
}

export function findKelurahan(input: string, kecamatanCode?: string): (Kelurahan & { kecamatanCode: string }) | undefined {
  const t = input.trim();
  const byCode = kelByCode.get(t);
  if (byCode) return byCode;
  const key = regionKey(t);
  const pool = kecamatanCode ? KECAMATAN.filter((k) => k.code === kecamatanCode) : KECAMATAN;
  for (const k of pool) {
    const hit = k.kelurahan.find((l) => regionKey(l.name) === key);
    if (hit) return { ...hit, kecamatanCode: k.code };
  }
  return undefined;
}

export function kecamatanName(code: string): string {
  return kecByCode.get(code)?.name ?? code;
}

export function kelurahanName(code: string): string {
  return kelByCode.get(code)?.name ?? code;
}
