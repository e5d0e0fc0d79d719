import type { ImportTarget } from '../../../../../shared/contract/excel';
import { komunitasOps } from './komunitasOps';
import { mitraOps } from './mitraOps';
import { progressOps } from './progressOps';
import type { TargetOps } from './types';
import { umkmOps } from './umkmOps';

export const TARGET_OPS: Record<ImportTarget, TargetOps> = { umkm: umkmOps, mitra: mitraOps, komunitas: komunitasOps, progress: progressOps };
