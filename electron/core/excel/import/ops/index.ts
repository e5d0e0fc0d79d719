import type { ImportTarget } from '../../../../../shared/contract/excel';
import { komunitasOps } from './komunitasOps';
import { mitraOps } from './mitraOps';
import { progressOps } from './progressOps';
import type { TargetOps } from './types';
import { umkmOps } from './umkmOps';
import { monevOps } from './monevOps';
import { bantuanOps } from './bantuanOps';
import { sertifikatOps } from './sertifikatOps';

export const TARGET_OPS: Record<ImportTarget, TargetOps> = { umkm: umkmOps, mitra: mitraOps, komunitas: komunitasOps, progress: progressOps, monev: monevOps, bantuan: bantuanOps, sertifikat: sertifikatOps };
