import { dictionary as common } from '@zxcvbn-ts/language-common';
import { dictionary as indonesian } from '@zxcvbn-ts/language-id';

// Words anyone at the department would guess first: the city, the province, the office, the app.
const LOCAL = [
  'bismillah', 'indonesia', 'balikpapan', 'kaltim', 'kalimantan', 'kalimantantimur', 'borneo', 'beruang', 'beruangmadu',
  'umkm', 'dkumkmp', 'koperasi', 'diskop', 'diskopukm', 'dinas', 'pemkot', 'pemkotbpp', 'bpp', 'balikpapankota',
  'kemitraan', 'kemitraanumkm', 'mitra', 'admin', 'admin123', 'administrator', 'operator', 'pimpinan', 'kadis',
  'katasandi', 'sandi', 'rahasia', 'rahasiaku', 'merdeka', 'garuda', 'pancasila', 'jakarta', 'samarinda', 'nusantara',
  'ikn', 'alhamdulillah', 'insyaallah', 'assalamualaikum', 'sayang', 'cinta', 'sayangku', 'cintaku', 'kopi', 'masuk',
];

let words: Set<string> | null = null;

/**
 * Every word refused as a password, lower case: zxcvbn's 49,233 most common passwords, its
 * Indonesian common words, names and Wikipedia words, and the local ones above. Built on first use
 * (about 85,000 words, a few MB), and kept.
 */
export function commonWords(): Set<string> {
  if (words) return words;
  const all = new Set<string>();
  const lists = [common['passwords-common'], indonesian['commonWords-id'], indonesian['names-id'], indonesian['wikipedia-id'], LOCAL];
  for (const list of lists) for (const w of list ?? []) all.add(String(w).toLowerCase());
  words = all;
  return all;
}
