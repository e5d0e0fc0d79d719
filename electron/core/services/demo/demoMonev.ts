import { In } from 'typeorm';
import { addDays, addMonths, MONEV_METHODS, MONEV_SALES, type KemitraanOutcome, type MonevSales } from '../../../../shared/domain/monev';
import { todayIso } from '../../../../shared/format/date';
import type { Tx } from '../../db/database';
import { KemitraanEntity, MonevKunjunganEntity, MonevProdukEntity, type KemitraanRow, type MonevProdukRow } from '../../db/entities';
import { pick, seededRandom } from './random';

// Demo monitoring of the demo agreements (issue 15), relative to today so the "monev jatuh tempo"
// list always shows something real: of the active agreements one in three is overdue, one due
// within the fortnight, one reviewed lately; each has its visits every few months since it began,
// with the products placed in the partner's outlets. Closed agreements get their outcome.

const OFFICERS = ['Rina Kartika', 'Syamsul Hidayat', 'Andi Fatimah', 'Fajar Pratama'];
const PRODUCTS = ['Amplang Kepiting 250 g', 'Kerupuk Ikan Tenggiri 200 g', 'Lempok Durian', 'Madu Kelulut 250 ml', 'Abon Ikan 100 g', 'Keripik Pisang Sale', 'Kopi Robusta Kaltim 200 g', 'Sasirangan Selendang'];
const OUTLETS = ['Lobi hotel', 'Gerai oleh-oleh lantai 1', 'Rak produk lokal', 'Kafe hotel', 'Minimarket gerai utama', 'Stan pameran'];
const FEEDBACK: Record<MonevSales, string[]> = {
  laku: ['Tamu sering membeli untuk oleh-oleh', 'Minta tambah stok menjelang libur', 'Kemasan disukai pembeli'],
  kurang_laku: ['Harga dinilai agak tinggi', 'Perlu kemasan lebih kecil', 'Penjualan naik hanya akhir pekan'],
  tidak_laku: ['Tanggal kedaluwarsa terlalu dekat', 'Pembeli belum kenal mereknya', 'Letak rak kurang terlihat'],
};
const NEXT_STEPS = ['Tambah stok sebelum akhir bulan', 'Perbaiki label dan tanggal kedaluwarsa', 'Usulkan harga baru ke mitra', 'Ikutkan kurasi produk berikutnya', 'Lanjutkan, tinjau lagi sesuai jadwal'];
const OUTCOMES_DONE: KemitraanOutcome[] = ['berlanjut_mandiri', 'diperpanjang', 'tidak_berlanjut'];

/** The day an agreement began to run: the later of its start and its signing. */
const began = (k: KemitraanRow) => (k.signedAt !== null && k.signedAt > k.startDate ? k.signedAt : k.startDate);

/**
 * Sets the demo agreements' cadence and outcomes and writes their visits; answers how many visits.
 * Bulk inserts within the demo's write transaction; a few UPDATEs by cadence and outcome.
 */
export async function loadDemoMonev(tx: Tx, now: string, today = todayIso(), seed = 20240501): Promise<number> {
  const { em, sql } = tx;
  const rng = seededRandom(seed);
  const all = await em.find(KemitraanEntity, { order: { id: 'ASC' } });
  const open = all.filter((k) => k.status === 'aktif' || k.status === 'diusulkan');
  // Every third open agreement is reviewed every 3 months, the others every 6.
  const cadence = new Map(open.map((k, i) => [k.id, (i % 3 === 2 ? 3 : 6) as 3 | 6]));
  for (const months of [3, 6] as const) {
    const ids = open.filter((k) => cadence.get(k.id) === months).map((k) => k.id);
    if (ids.length) await em.update(KemitraanEntity, { id: In(ids) }, { reviewMonths: months });
  }
  // Finished ones went on, were renewed or ended; cancelled after running (signed), they failed.
  const closed = all.filter((k) => k.status === 'selesai' || (k.status === 'dibatalkan' && k.signedAt !== null));
  for (const [i, k] of closed.entries()) {
    const outcome: KemitraanOutcome = k.status === 'dibatalkan' ? 'gagal' : OUTCOMES_DONE[i % OUTCOMES_DONE.length]!;
    await em.update(KemitraanEntity, { id: k.id }, { reviewMonths: 6, outcome });
  }

  const visits: Array<{ kemitraanId: number; date: string; began: string }> = [];
  const active = open.filter((k) => k.status === 'aktif');
  for (const [i, k] of active.entries()) {
    const months = cadence.get(k.id)!;
    // The last visit: long overdue, due within the fortnight, or lately.
    const scenario = i % 3;
    let last = scenario === 0 ? addDays(addMonths(today, -months), -(12 + 9 * i)) : scenario === 1 ? addDays(addMonths(today, -months), 6 + (i % 5)) : addDays(today, -(15 + i));
    if (last > today) last = today;
    const dates: string[] = [];
    for (let d = last; d >= began(k); d = addMonths(d, -months)) dates.unshift(d);
    for (const date of dates) visits.push({ kemitraanId: k.id, date, began: began(k) });
  }
  if (visits.length === 0) return 0;
  const ids = await sql.bulk.insert(
    em,
    MonevKunjunganEntity,
    visits.map((v, i) => ({
      kemitraanId: v.kemitraanId,
      date: v.date,
      officer: OFFICERS[i % OFFICERS.length]!,
      method: i % 4 === 3 ? MONEV_METHODS[1 + (i % 3)]! : 'kunjungan_lapangan',
      nextStep: pick(rng, NEXT_STEPS),
      notes: null,
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
      version: 1,
      updatedBy: null,
    })),
  );
  const products: Array<Partial<MonevProdukRow>> = [];
  for (const [i, v] of visits.entries()) {
    const count = 1 + Math.floor(rng() * 3);
    for (let j = 0; j < count; j++) {
      const sales = MONEV_SALES[Math.min(2, Math.floor(rng() * rng() * 3.2))]!;
      products.push({
        kunjunganId: ids[i]!,
        product: PRODUCTS[(i + j * 3) % PRODUCTS.length]!,
        outlet: pick(rng, OUTLETS),
        since: [addDays(v.date, -(20 + Math.floor(rng() * 60))), v.began].sort().at(-1)!,
        price: (15 + Math.floor(rng() * 20)) * 2_500,
        sales,
        stockOut: sales === 'laku' && rng() < 0.35,
        feedback: pick(rng, FEEDBACK[sales]),
      });
    }
  }
  await sql.bulk.insert(em, MonevProdukEntity, products);
  return visits.length;
}
