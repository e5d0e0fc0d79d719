import type { z } from 'zod';
import { classify } from '../../../shared/domain/classification';
import { kecamatanName, kelurahanName } from '../../../shared/domain/regions';
import { UMKM_INPUT_FIELDS, type Umkm, type UmkmData, type UmkmFields, type UmkmListItem } from '../../../shared/contract';
import type { UmkmRow } from '../db/entities/umkm';
import { todayIso } from '../../../shared/format/date';
import { withoutNulls } from './queryHelpers';

/** What a clerk's input decides; id, timestamps, version, who changed it and the last record's date are kept by the services. */
export type UmkmColumns = Omit<UmkmRow, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt' | 'lastRecordDate' | 'version' | 'updatedBy'>;

/** The columns of a registry list row (UmkmListItem without the names of the codes). */
export const UMKM_LIST_COLUMNS = [
  'id',
  'businessName',
  'ownerName',
  'nik',
  'nib',
  'kecamatan',
  'kelurahan',
  'sector',
  'class',
  'classBasis',
  'annualSales',
  'capital',
  'status',
  'registeredAt',
] as const satisfies ReadonlyArray<keyof UmkmRow>;
export type UmkmListRow = Pick<UmkmRow, (typeof UMKM_LIST_COLUMNS)[number]>;

export function rowToUmkm(row: UmkmRow): Umkm {
  const { deletedAt: _d, ...rest } = row;
  return { ...rest, kecamatanName: kecamatanName(row.kecamatan), kelurahanName: kelurahanName(row.kelurahan) };
}

export function toUmkmListItem(row: UmkmListRow): UmkmListItem {
  const item = {} as Record<string, unknown>;
  for (const k of UMKM_LIST_COLUMNS) item[k] = row[k];
  return { ...(item as UmkmListRow), kecamatanName: kecamatanName(row.kecamatan), kelurahanName: kelurahanName(row.kelurahan) };
}

/** The stored fields of a UMKM as the contract reads them (no value: absent), for an edit's changes to merge over. */
export function storedFields(row: UmkmRow): z.output<typeof UmkmFields> {
  const fields = Object.fromEntries(UMKM_INPUT_FIELDS.map((k) => [k, row[k]]));
  return withoutNulls(fields) as z.output<typeof UmkmFields>;
}

/** The stored columns for checked input; the class is always computed here, never taken in. */
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
