import { classify } from '../../../shared/domain/classification';
import { kecamatanName, kelurahanName } from '../../../shared/domain/regions';
import type { Umkm, UmkmData } from '../../../shared/contract';
import type { UmkmRow } from '../db/entities/umkm';
import { todayIso } from '../../../shared/format/date';

export function rowToUmkm(row: UmkmRow): Umkm {
  const { deletedAt: _d, ...rest } = row;
  return { ...rest, kecamatanName: kecamatanName(row.kecamatan), kelurahanName: kelurahanName(row.kelurahan) };
}

/** The stored columns for validated input; the class is always computed here, never taken in. */
export function dataToColumns(data: UmkmData): Omit<UmkmRow, 'id' | 'createdAt' | 'updatedAt' | 'deletedAt'> {
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
