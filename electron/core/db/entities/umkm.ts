import { EntitySchema } from 'typeorm';
import type { ClassBasis, UmkmClass } from '../../../../shared/domain/classification';
import type { KbliVersion, MarketReach, Sector, UmkmStatus } from '../../../../shared/domain/sectors';
import { bigintNumber, timestamps } from './columns';

export interface UmkmRow {
  id: number;
  businessName: string;
  ownerName: string;
  nik: string;
  nib: string | null;
  npwp: string | null;
  address: string;
  kecamatan: string;
  kelurahan: string;
  sector: Sector;
  kbli: string | null;
  kbliVersion: KbliVersion | null;
  phone: string | null;
  email: string | null;
  foundedYear: number | null;
  employees: number | null;
  capital: number | null;
  annualSales: number | null;
  assets: number | null;
  products: string | null;
  marketReach: MarketReach;
  status: UmkmStatus;
  notes: string | null;
  registeredAt: string;
  class: UmkmClass;
  classBasis: ClassBasis;
  /** Date of the latest class record (derived, kept by the progress service). */
  lastRecordDate: string | null;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
}

// EntitySchema with explicit types: esbuild-based tools emit no decorator metadata.
export const UmkmEntity = new EntitySchema<UmkmRow>({
  name: 'Umkm',
  tableName: 'umkm',
  columns: {
    id: { type: 'integer', primary: true, generated: 'increment' },
    businessName: { type: 'varchar', name: 'business_name' },
    ownerName: { type: 'varchar', name: 'owner_name' },
    nik: { type: 'varchar', length: 16 },
    nib: { type: 'varchar', length: 13, nullable: true },
    npwp: { type: 'varchar', length: 16, nullable: true },
    address: { type: 'varchar' },
    kecamatan: { type: 'varchar', length: 8 },
    kelurahan: { type: 'varchar', length: 13 },
    sector: { type: 'varchar' },
    kbli: { type: 'varchar', length: 5, nullable: true },
    kbliVersion: { type: 'varchar', length: 4, name: 'kbli_version', nullable: true },
    phone: { type: 'varchar', nullable: true },
    email: { type: 'varchar', nullable: true },
    foundedYear: { type: 'integer', name: 'founded_year', nullable: true },
    employees: { type: 'integer', nullable: true },
    capital: { ...bigintNumber, nullable: true },
    annualSales: { ...bigintNumber, name: 'annual_sales', nullable: true },
    assets: { ...bigintNumber, nullable: true },
    products: { type: 'text', nullable: true },
    marketReach: { type: 'varchar', name: 'market_reach' },
    status: { type: 'varchar' },
    notes: { type: 'text', nullable: true },
    registeredAt: { type: 'varchar', length: 10, name: 'registered_at' },
    class: { type: 'varchar' },
    classBasis: { type: 'varchar', name: 'class_basis' },
    lastRecordDate: { type: 'varchar', length: 10, name: 'last_record_date', nullable: true },
    ...timestamps,
  },
});
