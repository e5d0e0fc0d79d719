import { EntitySchema } from 'typeorm';
import type { ClassBasis, UmkmClass } from '../../../../shared/domain/classification';
import type { MoveDirection } from '../../../../shared/domain/progress';
import type { Certification, FigureSource, MarketReach, SalesChannel } from '../../../../shared/domain/sectors';
import { bigintNumber, timestamps } from './columns';

export interface ClassRecordRow {
  id: number;
  umkmId: number;
  date: string;
  annualSales: number | null;
  capital: number | null;
  assets: number | null;
  employees: number | null;
  marketReach: MarketReach | null;
  certifications: Certification[];
  channels: SalesChannel[];
  source: FigureSource;
  notes: string | null;
  class: UmkmClass;
  classBasis: ClassBasis;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}
export const ClassRecordEntity = new EntitySchema<ClassRecordRow>({
  name: 'RiwayatKelas',
  tableName: 'riwayat_kelas',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    umkmId: { type: 'integer', name: 'umkm_id' },
    date: { type: 'varchar', length: 10 },
    annualSales: { ...bigintNumber, name: 'annual_sales', nullable: true },
    capital: { ...bigintNumber, nullable: true },
    assets: { ...bigintNumber, nullable: true },
    employees: { type: 'integer', nullable: true },
    marketReach: { type: 'varchar', name: 'market_reach', nullable: true },
    certifications: { type: 'simple-json' },
    channels: { type: 'simple-json' },
    source: { type: 'varchar' },
    notes: { type: 'text', nullable: true },
    class: { type: 'varchar' },
    classBasis: { type: 'varchar', name: 'class_basis' },
    ...timestamps,
  },
});

export interface ClassMoveRow {
  umkmId: number;
  toRecordId: number;
  fromRecordId: number;
  fromDate: string;
  date: string;
  fromClass: UmkmClass;
  toClass: UmkmClass;
  direction: MoveDirection;
}
export const ClassMoveEntity = new EntitySchema<ClassMoveRow>({
  name: 'KelasPerpindahan',
  tableName: 'kelas_perpindahan',
  columns: {
    umkmId: { type: 'integer', name: 'umkm_id', primary: true },
    toRecordId: { type: 'integer', name: 'to_record_id', primary: true },
    fromRecordId: { type: 'integer', name: 'from_record_id' },
    fromDate: { type: 'varchar', length: 10, name: 'from_date' },
    date: { type: 'varchar', length: 10 },
    fromClass: { type: 'varchar', name: 'from_class' },
    toClass: { type: 'varchar', name: 'to_class' },
    direction: { type: 'varchar' },
  },
});

export interface YearClassRow {
  umkmId: number;
  year: number;
  class: UmkmClass;
}
export const YearClassEntity = new EntitySchema<YearClassRow>({
  name: 'KelasTahunan',
  tableName: 'kelas_tahunan',
  columns: {
    umkmId: { type: 'integer', name: 'umkm_id', primary: true },
    year: { type: 'integer', primary: true },
    class: { type: 'varchar' },
  },
});
