import { z } from 'zod';
import type { UmkmClass } from '../domain/classification';

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
}

export const EmptyInput = z.strictObject({}).optional();

export interface Stats {
  umkm: number;
  byClass: Record<UmkmClass, number>;
  byKecamatan: Record<string, number>;
}
