import { classify } from '../../../shared/domain/classification';
import { kecamatanName, kelurahanName } from '../../../shared/domain/regions';
import type { Umkm, UmkmData } from '../../../shared/contract';
import type { UmkmRow } from '../db/entities/umkm';
import { todayIso } from '../../../shared/format/date';

/** What a clerk's input decides; id, timestamps and the last record's date are kept by the services. */
export type UmkmColumns = Omit<UmkmRow, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'lastRecordDate'>;

/** Property -> column of the umkm table, for the services that write through prepared statements. */
export const UMKM_COLUMN_NAMES: Record<keyof UmkmRow, string> = {
  id: 'id',
  businessName: 'business_name',
  ownerName: 'owner_name',
  nik: 'nik',
  nib: 'nib',
  npwp: 'npwp',
  address: 'address',
  kecamatan: 'kecamatan',
  kelurahan: 'kelurahan',
  sector: 'sector',
  kbli: 'kbli',
  kbliVersion: 'kbli_version',
  phone: 'phone',
  email: 'email',
  foundedYear: 'founded_year',
  employees: 'employees',
  capital: 'capital',
  annualSales: 'annual_sales',
  assets: 'assets',
  products: 'products',
  marketReach: 'market_reach',
  status: 'status',
  notes: 'notes',
  registeredAt: 'registered_at',
  class: 'class',
  classBasis: 'class_basis',
  lastRecordDate: 'last_record_date',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
  deletedAt: 'deleted_at',
};

/** Every column of umkm aliased to the entity's property names (`u` is the table alias). */
export const UMKM_ROW_SELECT = Object.entries(UMKM_COLUMN_NAMES)
  .map(([prop, col]) => `u.${col} AS ${prop}`)
  .join(', ');

/** The columns a clerk's input decides, in a fixed order (for INSERT and UPDATE statements). */
export const UMKM_INPUT_COLUMNS = (Object.keys(UMKM_COLUMN_NAMES) as Array<keyof UmkmRow>).filter(
  (k): k is keyof UmkmColumns => !['id', 'createdAt', 'updatedAt', 'deletedAt', 'lastRecordDate'].includes(k),
);

export function rowToUmkm(row: UmkmRow): Umkm {
  const { deletedAt: _d, ...rest } = row;
  return { ...rest, kecamatanName: kecamatanName(row.kecamatan), kelurahanName: kelurahanName(row.kelurahan) };
}

/** The stored columns for validated input; the class is always computed here, never taken in. */
export function dataToColumns(data: UmkmData): UmkmColumns {
  const c = classify(data);
  // UmkmInput refuses a record with neither sales nor capital, so c is set.
  if (!c) throw new Error('classify: no figures');
  return {
    businessName: data.businessName,
    ownerName: data.ownerName,
    nik: data.nik,
    nib: data.nib ?? null,
    npwp: data.npwp ?? null,
    address: data.address,
    kecamatan: data.kecamatan,
    kelurahan: data.kelurahan,
    sector: data.sector,
    kbli: data.kbli ?? null,
    kbliVersion: data.kbliVersion ?? null,
    phone: data.phone ?? null,
    email: data.email ?? null,
    foundedYear: data.foundedYear ?? null,
    employees: data.employees ?? null,
    capital: data.capital ?? null,
    annualSales: data.annualSales ?? null,
    assets: data.assets ?? null,
    products: data.products ?? null,
    marketReach: data.marketReach,
    status: data.status,
    notes: data.notes ?? null,
    registeredAt: data.registeredAt ?? todayIso(),
    class: c.class,
    classBasis: c.basis,
  };
}
