import type { ImportTarget } from '../../../../../shared/contract/excel';
import type { BuiltTargetDef } from './build';
import { komunitasTarget } from './komunitas';
import { mitraTarget } from './mitra';
import { progressTarget } from './progress';
import type { ImportTargetDef } from './types';
import { umkmTarget } from './umkm';
import { monevTarget } from './monev';
import { bantuanTarget } from './bantuan';
import { sertifikatTarget } from './sertifikat';

export type { ImportFieldDef, ImportTargetDef } from './types';

export const IMPORT_TARGET_DEFS: Record<ImportTarget, ImportTargetDef> = {
  umkm: umkmTarget,
  mitra: mitraTarget,
  komunitas: komunitasTarget,
  progress: progressTarget,
  monev: monevTarget,
  bantuan: bantuanTarget,
  sertifikat: sertifikatTarget,
};

/** The same, with each field's reader (for the template's examples and the tests). */
export const IMPORT_TARGET_SPECS: Record<ImportTarget, BuiltTargetDef> = {
  umkm: umkmTarget,
  mitra: mitraTarget,
  komunitas: komunitasTarget,
  progress: progressTarget,
  monev: monevTarget,
  bantuan: bantuanTarget,
  sertifikat: sertifikatTarget,
};
