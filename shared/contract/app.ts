import { z } from 'zod';
import type { UmkmClass } from '../domain/classification';
import type { KemitraanStatus } from '../domain/partnership';

export interface AppInfo {
  version: string;
  databaseFile: string;
  schemaVersion: string;
  /** True until the clerk has chosen demo data or an empty start. */
  firstRunPending: boolean;
}

export const SeedDemoInput = z.strictObject({
  umkm: z.number().int().min(1).max(500_000).default(60),
});
export type SeedDemoInput = z.input<typeof SeedDemoInput>;

export interface SeedDemoResult {
  umkm: number;
  /** The temu kemitraan of 23 May 2023, loaded with 60 UMKM or more (else all 0). */
  komunitas: number;
  mitra: number;
  kegiatan: number;
  kemitraan: number;
}

export const EmptyInput = z.strictObject({}).optional();

export interface Stats {
  umkm: number;
  byClass: Record<UmkmClass, number>;
  byKecamatan: Record<string, number>;
  komunitas: number;
  mitra: number;
  kemitraan: Record<KemitraanStatus, number>;
}
