// Small builders for the partnership tests: UMKM with distinct NIKs, partners, agreements, and a
// way to catch the AppError a service throws (the partnership services are synchronous).
import type { Kemitraan, Mitra, Umkm } from '../../shared/contract';
import type { AppContext } from '../../electron/core/context';
import { AppError } from '../../electron/core/errors';
import { validUmkm } from './tempDb';

let nikSeq = 0;

/** A UMKM with a NIK of its own (same birth date, next sequence). */
export async function addUmkm(ctx: AppContext, overrides: Record<string, unknown> = {}): Promise<Umkm> {
  nikSeq = (nikSeq % 9998) + 1;
  const nik = `647105450688${String(nikSeq).padStart(4, '0')}`;
  return ctx.umkm.create(validUmkm({ nik, businessName: `UMKM ${nikSeq}`, ...overrides }));
}

export function validMitra(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Hotel Contoh Balikpapan',
    kind: 'hotel',
    sector: 'Perhotelan',
    kecamatan: '64.71.06',
    contactName: 'Rina Kartika',
    phone: '(0542) 731234',
    interestSectors: ['kuliner'],
    offers: ['pemasaran'],
    targetClasses: ['mikro'],
    ...overrides,
  };
}

export function addMitra(ctx: AppContext, overrides: Record<string, unknown> = {}): Mitra {
  return ctx.mitra.create(validMitra(overrides));
}

export function agreementInput(partnerId: number, party: { umkmId?: number; komunitasId?: number }, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    partnerId,
    ...party,
    startDate: '2023-06-01',
    pattern: 'rantai_pasok',
    supports: [{ kind: 'pemasaran', description: 'Etalase produk di lobi' }],
    ...overrides,
  };
}

export function addAgreement(ctx: AppContext, partnerId: number, party: { umkmId?: number; komunitasId?: number }, overrides: Record<string, unknown> = {}): Kemitraan {
  return ctx.kemitraan.create(agreementInput(partnerId, party, overrides));
}

/** An agreement brought to `status` through the allowed transitions. */
export function agreementIn(ctx: AppContext, status: Kemitraan['status'], partnerId: number, party: { umkmId?: number; komunitasId?: number }, overrides: Record<string, unknown> = {}): Kemitraan {
  const k = addAgreement(ctx, partnerId, party, overrides);
  if (status === 'diusulkan') return k;
  if (status === 'dibatalkan') return ctx.kemitraan.setStatus({ id: k.id, status: 'dibatalkan' });
  const active = ctx.kemitraan.setStatus({ id: k.id, status: 'aktif', signedAt: '2023-05-30' });
  return status === 'aktif' ? active : ctx.kemitraan.setStatus({ id: k.id, status: 'selesai' });
}

/** The AppError `fn` throws; fails if it returns or throws something else. */
export function thrown(fn: () => unknown): AppError {
  try {
    fn();
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('expected an AppError');
}

export const count = (ctx: AppContext, table: string): number => (ctx.db.raw.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n;
