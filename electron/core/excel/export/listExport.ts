import type { z } from 'zod';
import type { ExportListInput } from '../../../../shared/contract';
import type { Scope } from '../../scope';
import { exportKemitraanList } from './kemitraanExport';
import { exportMitraList } from './mitraExport';
import { exportProgressList } from './progressExport';
import { exportUmkmList } from './umkmExport';
import { exportBantuanList } from './bantuanExport';
import { exportSertifikatList } from './sertifikatExport';
import { exportMonevList } from './monevExport';

/** Writes the list named by the input to `file`; returns the number of rows written. */
export function exportList(file: string, input: z.output<typeof ExportListInput>, ctx: Scope, opts: { today?: string } = {}): Promise<number> {
  switch (input.list) {
    case 'umkm':
      return exportUmkmList(file, ctx.tx.em, ctx.umkm, input.query, opts);
    case 'mitra':
      return exportMitraList(file, ctx.mitra, input.query, opts);
    case 'kemitraan':
      return exportKemitraanList(file, ctx.kemitraan, input.query, opts);
    case 'progress':
      return exportProgressList(file, ctx.progressReport, ctx.umkm, input.query, opts);
    case 'bantuan':
      return exportBantuanList(file, ctx.bantuan, input.query, opts);
    case 'sertifikat':
      return exportSertifikatList(file, ctx.tx.em, input.query, opts);
    case 'monev':
      return exportMonevList(file, ctx.monev, input.query, opts);
  }
}
