import { classify } from '../../../../shared/domain/classification';
import { KECAMATAN } from '../../../../shared/domain/regions';
import type { MarketReach, Sector } from '../../../../shared/domain/sectors';
import type { UmkmRow } from '../../db/entities/umkm';
import { BRAND_STYLES, FAMILY_NAMES, FIRST_NAMES_F, FIRST_NAMES_M, PRODUCTS, STREETS } from './names';
import { logUniform, pick, seededRandom, weighted, type Rng } from './random';

// The UMKM as registered now; its last record's date comes with the demo records (demoProgress).
export type DemoUmkm = Omit<UmkmRow, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'lastRecordDate' | 'version' | 'updatedBy'>;

const SECTOR_WEIGHTS: Record<Sector, number> = {
  kuliner: 40, fesyen: 10, kriya: 12, jasa: 12, perdagangan: 12, industri_pengolahan: 6, pertanian_perikanan: 5, lainnya: 3,
};
// Sales ranges per intended class, in rupiah; the class itself is computed from the figure.
const SALES_RANGE = {
  mikro: [60_000_000, 1_900_000_000],
  kecil: [2_100_000_000, 14_000_000_000],
  menengah: [16_000_000_000, 48_000_000_000],
  besar: [52_000_000_000, 90_000_000_000],
} as const;
const CLASS_WEIGHTS = { mikro: 70, kecil: 21, menengah: 8, besar: 1 } as const;
const REACH_BY_CLASS: Record<keyof typeof SALES_RANGE, Record<MarketReach, number>> = {
  mikro: { lokal: 75, regional: 20, nasional: 5, internasional: 0 },
  kecil: { lokal: 35, regional: 40, nasional: 22, internasional: 3 },
  menengah: { lokal: 10, regional: 30, nasional: 45, internasional: 15 },
  besar: { lokal: 0, regional: 20, nasional: 50, internasional: 30 },
};

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** A valid NIK, unique per index: birth date from a bijection of i, sequence from i's block. */
export function demoNik(i: number, kecamatanDigit: number, female: boolean): string {
  const day0 = (i * 7919) % 16000; // 7919 is prime, so i -> day0 is one-to-one within a block
  const seq = Math.floor(i / 16000) + 1;
  const birth = new Date(Date.UTC(1960, 0, 1) + day0 * 86_400_000);
  const dd = birth.getUTCDate() + (female ? 40 : 0);
  return `6471${pad(kecamatanDigit, 2)}${pad(dd, 2)}${pad(birth.getUTCMonth() + 1, 2)}${pad(birth.getUTCFullYear() % 100, 2)}${pad(seq, 4)}`;
}

function businessName(rng: Rng, product: string, ownerFirst: string, female: boolean, kelurahan: string): string {
  const short = ownerFirst.split(' ').pop()!;
  const style = pick(rng, BRAND_STYLES).replace(female ? 'Pak' : 'Bu', female ? 'Bu' : 'Pak');
  return style.replace('{p}', product).replace('{n}', short).replace('{k}', kelurahan);
}

function registrationDate(rng: Rng, foundedYear: number): string {
  const year = Math.max(foundedYear, 2018) + Math.floor(rng() * (2024 - Math.max(foundedYear, 2018) + 1));
  return `${Math.min(year, 2024)}-${pad(1 + Math.floor(rng() * 12), 2)}-${pad(1 + Math.floor(rng() * 28), 2)}`;
}

/** The deterministic demo registry: the same n UMKM for the same n, spread over all six kecamatan. */
export function* demoUmkm(n: number, seed = 20230523): Generator<DemoUmkm> {
  const rng = seededRandom(seed);
  for (let i = 0; i < n; i++) {
    const kec = KECAMATAN[i % KECAMATAN.length]!;
    const kel = pick(rng, kec.kelurahan);
    const female = rng() < 0.62; // most of the department's binaan are run by women
    const first = pick(rng, female ? FIRST_NAMES_F : FIRST_NAMES_M);
    const ownerName = `${first} ${pick(rng, FAMILY_NAMES)}`;
    const sector = weighted(rng, SECTOR_WEIGHTS);
    const intended = weighted(rng, CLASS_WEIGHTS);
    const [lo, hi] = SALES_RANGE[intended];
    const hasSales = rng() < 0.9;
    const annualSales = hasSales ? logUniform(rng, lo, hi) : null;
    const capital = logUniform(rng, lo / 3, hi / 4);
    const c = classify({ annualSales, capital })!;
    const foundedYear = 1995 + Math.floor(rng() * 29);
    const employees = intended === 'mikro' ? 1 + Math.floor(rng() * 4) : intended === 'kecil' ? 5 + Math.floor(rng() * 15) : 20 + Math.floor(rng() * 80);
    const product = pick(rng, PRODUCTS[sector]);
    yield {
      businessName: businessName(rng, product, first, female, kel.name),
      ownerName,
      nik: demoNik(i, Number(kec.code.slice(-2)), female),
      nib: rng() < 0.7 ? `9120${pad(i, 9)}` : null,
      npwp: rng() < 0.3 ? `0${pad(100000000000000 + i * 13, 15)}`.slice(0, 16) : null,
      address: `${pick(rng, STREETS)} No. ${1 + Math.floor(rng() * 150)}, RT ${pad(1 + Math.floor(rng() * 40), 3)}`,
      kecamatan: kec.code,
      kelurahan: kel.code,
      sector,
      kbli: null,
      kbliVersion: null,
      phone: `+62812${pad(Math.floor(rng() * 100_000_000), 8)}`,
      email: rng() < 0.4 ? `${first.toLowerCase().replace(/[^a-z]/g, '')}${i}@contoh.id` : null,
      foundedYear,
      employees,
      capital,
      annualSales,
      assets: Math.round((capital * (1.2 + rng())) / 1_000_000) * 1_000_000,
      products: product,
      marketReach: weighted(rng, REACH_BY_CLASS[intended]),
      status: rng() < 0.95 ? 'aktif' : 'tidak_aktif',
      notes: null,
      registeredAt: registrationDate(rng, foundedYear),
      class: c.class,
      classBasis: c.basis,
    };
  }
}
