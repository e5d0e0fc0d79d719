import type { BantuanKind, BantuanWarningCode } from '../../../../shared/domain/bantuan';
import type { FundSource } from '../../../../shared/domain/funding';
import { todayIso } from '../../../../shared/format/date';
import type { Tx } from '../../db/database';
import { BantuanEntity, UmkmEntity, type BantuanRow } from '../../db/entities';
import { pick, seededRandom, weighted } from './random';

// Demo assistance (issue 15) over the last four years, so the page shows real totals by source of
// funds: about one UMKM in three of the first few hundred received help, some twice, a few of them
// the same kind from the same source within two years (saved with the warning confirmed).

/** What each kind of help is, with its usual value range in rupiah (whole hundred thousands). */
const ITEMS: Record<BantuanKind, Array<[string, number, number]>> = {
  peralatan: [
    ['Mesin sealer kemasan', 1_500_000, 4_000_000],
    ['Etalase kaca', 2_000_000, 5_000_000],
    ['Kompor gas dua tungku', 800_000, 2_000_000],
    ['Mesin pengering (oven)', 4_000_000, 12_000_000],
    ['Freezer box', 3_000_000, 6_000_000],
    ['Mesin jahit portabel', 2_500_000, 5_500_000],
  ],
  modal: [
    ['Modal kerja bahan baku', 2_000_000, 10_000_000],
    ['Bantuan modal usaha mikro', 1_200_000, 2_400_000],
  ],
  kemasan: [
    ['Standing pouch bercetak merek', 750_000, 3_000_000],
    ['Desain dan cetak label halal', 500_000, 1_500_000],
    ['Kemasan kotak oleh-oleh', 1_000_000, 3_500_000],
  ],
  sewa_stand: [
    ['Sewa stan Pameran Balikpapan Fair', 1_500_000, 3_000_000],
    ['Sewa stan bazar Ramadan', 500_000, 1_500_000],
  ],
  lainnya: [
    ['Pendampingan foto produk', 500_000, 1_500_000],
    ['Pelatihan pemasaran daring', 750_000, 2_000_000],
  ],
};
const PROGRAMMES: Record<FundSource, string[]> = {
  apbd: ['Bantuan Sarana Usaha Mikro', 'Penguatan UMKM Naik Kelas'],
  apbn_dak: ['DAK Non Fisik PK-UMKM', 'Banpres Produktif Usaha Mikro'],
  csr_mitra: ['CSR Pertamina RU V', 'CSR Bank Kaltimtara'],
  bank_indonesia: ['Program UMKM Binaan BI Balikpapan'],
  lainnya: ['Hibah Dekranasda'],
};
const KIND_WEIGHTS: Record<BantuanKind, number> = { peralatan: 40, modal: 20, kemasan: 22, sewa_stand: 12, lainnya: 6 };
const SOURCE_WEIGHTS: Record<FundSource, number> = { apbd: 45, apbn_dak: 15, csr_mitra: 25, bank_indonesia: 10, lainnya: 5 };

const roundTo = (n: number, step: number) => Math.round(n / step) * step;
const two = (n: number) => String(n).padStart(2, '0');

/** Writes the demo assistance for the first demo UMKM; answers how many. */
export async function loadDemoBantuan(tx: Tx, now: string, today = todayIso(), seed = 20250314): Promise<number> {
  const { em, sql } = tx;
  const rng = seededRandom(seed);
  const umkm = await em.find(UmkmEntity, { select: { id: true, class: true, status: true }, order: { id: 'ASC' }, take: 400 });
  const lastYear = Number(today.slice(0, 4));
  const rows: Array<Partial<BantuanRow>> = [];
  let bast = 0;
  for (const u of umkm) {
    if (u.class === 'besar' || u.status !== 'aktif' || rng() > 0.34) continue;
    const times = rng() < 0.25 ? 2 : 1;
    let previous: Partial<BantuanRow> | null = null;
    for (let i = 0; i < times; i++) {
      // A second help repeats the first's kind and source now and then: the warning's case.
      const repeat = previous !== null && rng() < 0.4;
      const kind = repeat ? previous!.kind! : weighted(rng, KIND_WEIGHTS);
      const fundSource = repeat ? previous!.fundSource! : weighted(rng, SOURCE_WEIGHTS);
      const year = previous ? Math.min(lastYear, previous.year! + 1 + Math.floor(rng() * 2)) : lastYear - 3 + Math.floor(rng() * 4);
      const [item, lo, hi] = pick(rng, ITEMS[kind]);
      // This year's help may not be handed over yet; earlier years' all were.
      const handed = year < lastYear || rng() < 0.6;
      let handedAt: string | null = handed ? `${year}-${two(3 + Math.floor(rng() * 9))}-${two(1 + Math.floor(rng() * 28))}` : null;
      if (handedAt && handedAt > today) handedAt = today;
      const confirmedWarnings: BantuanWarningCode[] = repeat && year - previous!.year! < 2 ? ['repeat'] : [];
      bast++;
      const row: Partial<BantuanRow> = {
        umkmId: u.id,
        kind,
        item,
        value: rng() < 0.08 ? null : roundTo(lo + rng() * (hi - lo), 100_000),
        fundSource,
        programme: pick(rng, PROGRAMMES[fundSource]),
        year,
        handedAt,
        handoverNumber: handedAt ? `BAST/${String(bast).padStart(3, '0')}/DKUMKMP/${year}` : null,
        notes: null,
        confirmedWarnings,
        createdAt: now,
        updatedAt: now,
      };
      rows.push(row);
      previous = row;
    }
  }
  if (rows.length) await sql.bulk.insert(em, BantuanEntity, rows);
  return rows.length;
}
