// Small builders for the partnership tests: UMKM with distinct NIKs, partners, agreements (each
// written through its channel, as a clerk's call is), and a way to catch the AppError a call throws.
import { countRows } from './dbQuery';
import type { Kemitraan, KemitraanInput, Mitra, MitraInput, Umkm, UmkmInput } from '../../shared/contract';
import type { Scope } from '../../electron/core/scope';
import { AppError } from '../../electron/core/errors';
import { call } from './call';
import { validUmkm } from './tempDb';

let nikSeq = 0;

/** A UMKM with a NIK of its own (same birth date, next sequence). */
export async function addUmkm(ctx: Scope, overrides: Record<string, unknown> = {}): Promise<Umkm> {
  nikSeq = (nikSeq % 9998) + 1;
  const nik = `647105450688${String(nikSeq).padStart(4, '0')}`;
  return call(ctx, 'umkm:create', validUmkm({ nik, businessName: `UMKM ${nikSeq}`, ...overrides }) as UmkmInput);
}

/** A partner's input as a clerk types it; `overrides` may be wrong on purpose. */
export function validMitra(overrides: Record<string, unknown> = {}): MitraInput {
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
  } as MitraInput;
}

export function addMitra(ctx: Scope, overrides: Record<string, unknown> = {}): Promise<Mitra> {
  return call(ctx, 'mitra:create', validMitra(overrides));
}

/** An agreement's input as a clerk types it; `overrides` may be wrong on purpose. */
export function agreementInput(mitraId: number, party: { umkmId?: number; komunitasId?: number }, overrides: Record<string, unknown> = {}): KemitraanInput {
  return {
    mitraId,
    ...party,
    startDate: '2023-06-01',
    pattern: 'rantai_pasok',
    supports: [{ kind: 'pemasaran', description: 'Etalase produk di lobi' }],
    ...overrides,
  } as KemitraanInput;
}

export function addAgreement(ctx: Scope, mitraId: number, party: { umkmId?: number; komunitasId?: number }, overrides: Record<string, unknown> = {}): Promise<Kemitraan> {
  return call(ctx, 'kemitraan:create', agreementInput(mitraId, party, overrides));
}

/** An agreement brought to `status` through the allowed transitions. */
export async function agreementIn(
  ctx: Scope,
  status: Kemitraan['status'],
  mitraId: number,
  party: { umkmId?: number; komunitasId?: number },
  overrides: Record<string, unknown> = {},
): Promise<Kemitraan> {
  const k = await addAgreement(ctx, mitraId, party, overrides);
  if (status === 'diusulkan') return k;
  if (status === 'dibatalkan') return call(ctx, 'kemitraan:setStatus', { id: k.id, status: 'dibatalkan' });
  const active = await call(ctx, 'kemitraan:setStatus', { id: k.id, status: 'aktif', signedAt: '2023-05-30' });
  return status === 'aktif' ? active : call(ctx, 'kemitraan:setStatus', { id: k.id, status: 'selesai' });
}

/** The AppError `fn` throws (or its promise rejects with); fails if it succeeds or fails otherwise. */
export function thrown(fn: () => Promise<unknown>): Promise<AppError>;
export function thrown(fn: () => unknown): AppError;
export function thrown(fn: () => unknown): AppError | Promise<AppError> {
  const appError = (err: unknown): AppError => {
    if (err instanceof AppError) return err;
    throw err;
  };
  const fail = (): never => {
    throw new Error('expected an AppError');
  };
  let result: unknown;
  try {
    result = fn();
  } catch (err) {
    return appError(err);
  }
  if (result instanceof Promise) return result.then(fail, appError);
  return fail();
}

export const count = (ctx: Scope, table: string): Promise<number> => countRows(ctx.db, table);
