import type { ClassBasis, UmkmClass } from '../../../../shared/domain/classification';
import type { KbliVersion, MarketReach, Sector, UmkmStatus } from '../../../../shared/domain/sectors';
import { col, defineEntity, timestamps, versioned, type Row } from './define';

export const UmkmEntity = defineEntity('Umkm', 'umkm', {
  id: col.id(),
  businessName: col.text({ name: 'business_name' }),
  ownerName: col.text({ name: 'owner_name' }),
  nik: col.text({ length: 16 }),
  nib: col.nullable(col.text({ length: 13 })),
  npwp: col.nullable(col.text({ length: 16 })),
  address: col.text(),
  kecamatan: col.text({ length: 8 }),
  kelurahan: col.text({ length: 13 }),
  sector: col.text<Sector>(),
  kbli: col.nullable(col.text({ length: 5 })),
  kbliVersion: col.nullable(col.text<KbliVersion>({ length: 4, name: 'kbli_version' })),
  phone: col.nullable(col.text()),
  email: col.nullable(col.text()),
  foundedYear: col.nullable(col.int({ name: 'founded_year' })),
  employees: col.nullable(col.int()),
  capital: col.nullable(col.money()),
  annualSales: col.nullable(col.money({ name: 'annual_sales' })),
  assets: col.nullable(col.money()),
  products: col.nullable(col.longText()),
  marketReach: col.text<MarketReach>({ name: 'market_reach' }),
  status: col.text<UmkmStatus>(),
  notes: col.nullable(col.longText()),
  registeredAt: col.date({ name: 'registered_at' }),
  class: col.text<UmkmClass>(),
  classBasis: col.text<ClassBasis>({ name: 'class_basis' }),
  /** Date of the latest class record (derived, kept by the progress service). */
  lastRecordDate: col.nullable(col.date({ name: 'last_record_date' })),
  ...timestamps,
  ...versioned,
});
export type UmkmRow = Row<typeof UmkmEntity>;
