import type { ClassBasis, UmkmClass } from '../../../../shared/domain/classification';
import type { Certification, FigureSource, MarketReach, SalesChannel } from '../../../../shared/domain/sectors';
import { col, defineEntity, timestamps, versioned, type Row } from './define';

/** A dated record of a UMKM's figures ("riwayat kelas"), with the class they give. */
export const ClassRecordEntity = defineEntity('RiwayatKelas', 'riwayat_kelas', {
  id: col.id(),
  umkmId: col.int({ name: 'umkm_id' }),
  date: col.date(),
  annualSales: col.nullable(col.money({ name: 'annual_sales' })),
  capital: col.nullable(col.money()),
  assets: col.nullable(col.money()),
  employees: col.nullable(col.int()),
  marketReach: col.nullable(col.text<MarketReach>({ name: 'market_reach' })),
  certifications: col.json<Certification[]>(),
  channels: col.json<SalesChannel[]>(),
  source: col.text<FigureSource>(),
  notes: col.nullable(col.longText()),
  class: col.text<UmkmClass>(),
  classBasis: col.text<ClassBasis>({ name: 'class_basis' }),
  ...timestamps,
  ...versioned,
});
export type ClassRecordRow = Row<typeof ClassRecordEntity>;
