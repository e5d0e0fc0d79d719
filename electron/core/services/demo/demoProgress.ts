import { CAPITAL_BOUNDS, classify, SALES_BOUNDS, type UmkmClass } from '../../../../shared/domain/classification';
import { MARKET_REACH, type Certification, type FigureSource, type MarketReach, type SalesChannel } from '../../../../shared/domain/sectors';
import type { ClassRecordRow } from '../../db/entities';
import type { DemoUmkm } from './demoRegistry';
import { seededRandom, weighted, type Rng } from './random';
import { todayIso } from '../../../../shared/format/date';

// Three to five yearly records per demo UMKM, about mid-year, ending in the latest year whose
// mid-year has passed (demoBaseYear), so the demo looks current whenever it is loaded. The last
// record carries the UMKM's own figures (so its stored class is the latest record's); the earlier
// ones are worked backwards from it: most UMKM grew slowly, some crossed a class bound on the way
// up (mikro -> kecil, kecil -> menengah), a few came down. Certifications and channels are gained
// over the years. Deterministic per UMKM index, and independent of the registry's own stream.

/** The figures of one demo record as they are written (its class is computed from them). */
export type DemoRecord = Omit<ClassRecordRow, 'id' | 'umkmId' | 'class' | 'classBasis' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'version' | 'updatedBy'>;

const JUTA = 1_000_000;
const LOWER_BOUND: Partial<Record<UmkmClass, number>> = { kecil: SALES_BOUNDS.mikro, menengah: SALES_BOUNDS.kecil, besar: SALES_BOUNDS.menengah };
const UPPER_BOUND: Partial<Record<UmkmClass, number>> = { mikro: SALES_BOUNDS.mikro, kecil: SALES_BOUNDS.kecil };
/** How many years before the base year a UMKM's latest record is: most are recent. (Not integer
 *  keys, which objects reorder: this order keeps each UMKM's draw as it was.) */
const LAST_YEAR_WEIGHTS = { 'base-2': 5, 'base-1': 15, 'base-0': 80 } as const;
/** Records fall in May to August; from September this year's have all passed. */
const RECORDS_DONE_BY_MONTH = 9;

/** The year of the newest demo records: this year from September, else last year. */
export function demoBaseYear(today: string = todayIso()): number {
  const year = Number(today.slice(0, 4));
  return Number(today.slice(5, 7)) >= RECORDS_DONE_BY_MONTH ? year : year - 1;
}
const SOURCE_WEIGHTS: Record<FigureSource, number> = { survei: 45, laporan_mandiri: 35, dokumen: 20 };
/** Chance that a UMKM of this class (today) rose into it during its records. */
const ROSE: Record<UmkmClass, number> = { mikro: 0, kecil: 0.35, menengah: 0.4, besar: 0.4 };
/** Chance that a UMKM of this class came down into it. */
const FELL: Record<UmkmClass, number> = { mikro: 0.02, kecil: 0.03, menengah: 0, besar: 0 };
/** Certifications in the order a UMKM usually gains them (food businesses first need PIRT and halal). */
const CERT_ORDER_FOOD: Certification[] = ['nib', 'pirt', 'halal', 'label_gizi', 'bpom', 'hki', 'sni'];
const CERT_ORDER_OTHER: Certification[] = ['nib', 'hki', 'sni', 'halal', 'pirt', 'bpom', 'label_gizi'];
const CERTS_BY_CLASS: Record<UmkmClass, [number, number]> = { mikro: [0, 3], kecil: [1, 4], menengah: [2, 6], besar: [3, 7] };

const pad = (n: number) => String(n).padStart(2, '0');
const roundJuta = (v: number) => Math.max(JUTA, Math.round(v / JUTA) * JUTA);
const between = (rng: Rng, lo: number, hi: number) => lo + rng() * (hi - lo);

/** The records of the demo UMKM at `index`, oldest first; the last one has the UMKM's figures. */
export function demoRecords(u: DemoUmkm, index: number, seed = 20230523, baseYear = demoBaseYear(), count?: number): DemoRecord[] {
  const rng = seededRandom((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  // Drawn even when the count is given, so the rest of the history is the same either way.
  const drawn = 3 + Math.floor(rng() * 3);
  const n = count ?? drawn;
  const lastYear = baseYear - Number(weighted(rng, LAST_YEAR_WEIGHTS).slice(5));
  const years = Array.from({ length: n }, (_, i) => lastYear - n + 1 + i);

  // Sales (or capital, for a UMKM classed by capital), newest first, then reversed.
  const bySales = u.annualSales !== null;
  const current = bySales ? u.annualSales! : u.capital!;
  const cls = classify(u)!.class;
  const r = rng();
  const kind = bySales && r < ROSE[cls] ? 'rose' : bySales && r < ROSE[cls] + FELL[cls] ? 'fell' : 'steady';
  // The move happens at record `at` (1..n-1): records before it are in the other class.
  const at = 1 + Math.floor(rng() * (n - 1));
  const main: number[] = [current];
  for (let i = n - 2; i >= 0; i--) {
    const next = main[0]!;
    let v = next / (1 + between(rng, -0.03, 0.14));
    if (kind === 'rose' && i < at) v = i === at - 1 ? LOWER_BOUND[cls]! * between(rng, 0.7, 0.97) : next / (1 + between(rng, 0.02, 0.12));
    else if (kind === 'rose') v = Math.max(v, LOWER_BOUND[cls]! * 1.01);
    if (kind === 'fell' && i < at) v = i === at - 1 ? UPPER_BOUND[cls]! * between(rng, 1.05, 1.4) : next / (1 + between(rng, -0.08, 0));
    else if (kind === 'fell') v = Math.min(v, UPPER_BOUND[cls]! * 0.99);
    if (!bySales && v > CAPITAL_BOUNDS.menengah * 2) v = CAPITAL_BOUNDS.menengah * 2;
    main.unshift(roundJuta(v));
  }

  // The other figures follow the main one, more slowly.
  const ratio = (i: number) => main[i]! / current;
  const soften = (i: number) => Math.min(1, 0.5 + 0.5 * ratio(i));

  const reachIndex = MARKET_REACH.indexOf(u.marketReach);
  const reachUpAt = reachIndex > 0 && rng() < 0.45 ? 1 + Math.floor(rng() * (n - 1)) : 0;

  const order = u.sector === 'kuliner' ? CERT_ORDER_FOOD : CERT_ORDER_OTHER;
  const [lo, hi] = CERTS_BY_CLASS[cls];
  let finalCerts = order.slice(0, lo + Math.floor(rng() * (hi - lo + 1)));
  if (u.nib && !finalCerts.includes('nib')) finalCerts = ['nib', ...finalCerts];
  if (!u.nib) finalCerts = finalCerts.filter((c) => c !== 'nib');
  const marketplaceAt = reachIndex >= 1 || rng() < 0.5 ? Math.floor(rng() * n) : n;
  const exportAt = u.marketReach === 'internasional' ? n - 1 - Math.floor(rng() * Math.min(2, n)) : n;

  return years.map((year, i) => {
    const last = i === n - 1;
    const month = 5 + Math.floor(rng() * 4);
    const day = 1 + Math.floor(rng() * 28);
    const held = last ? finalCerts : finalCerts.slice(0, Math.round((finalCerts.length * (i + 1)) / n));
    const channels: SalesChannel[] = ['offline'];
    if (i >= marketplaceAt) channels.push('marketplace');
    if (i >= exportAt) channels.push('ekspor');
    const reach: MarketReach = i < reachUpAt ? MARKET_REACH[reachIndex - 1]! : u.marketReach;
    const figure = (v: number | null, f: number) => (v === null ? null : last ? v : roundJuta(v * f));
    return {
      date: `${year}-${pad(month)}-${pad(day)}`,
      annualSales: bySales ? main[i]! : null,
      capital: bySales ? figure(u.capital, soften(i)) : main[i]!,
      assets: figure(u.assets, soften(i)),
      employees: u.employees === null ? null : last ? u.employees : Math.max(1, Math.round(u.employees * soften(i))),
      marketReach: reach,
      certifications: held,
      channels,
      source: last && rng() < 0.5 ? 'survei' : weighted(rng, SOURCE_WEIGHTS),
      notes: null,
    };
  });
}
