import type { MonevMethod, MonevSales } from '../../../../shared/domain/monev';
import { col, defineEntity, timestamps, versioned, type Row } from './define';

/** One monitoring visit (or call, online meeting, partner's report) of an agreement. */
export const MonevKunjunganEntity = defineEntity('MonevKunjungan', 'monev_kunjungan', {
  id: col.id(),
  kemitraanId: col.int({ name: 'kemitraan_id' }),
  date: col.date(),
  officer: col.text(),
  method: col.text<MonevMethod>(),
  nextStep: col.nullable(col.longText({ name: 'next_step' })),
  notes: col.nullable(col.longText()),
  ...timestamps,
  ...versioned,
});
export type MonevKunjunganRow = Row<typeof MonevKunjunganEntity>;

/** A product placed with the partner, as one visit saw it. */
export const MonevProdukEntity = defineEntity('MonevProduk', 'monev_produk', {
  id: col.id(),
  kunjunganId: col.int({ name: 'kunjungan_id' }),
  product: col.text(),
  outlet: col.nullable(col.text()),
  since: col.nullable(col.date()),
  price: col.nullable(col.money()),
  sales: col.text<MonevSales>(),
  stockOut: col.flag({ name: 'stock_out' }),
  feedback: col.nullable(col.longText()),
});
export type MonevProdukRow = Row<typeof MonevProdukEntity>;
