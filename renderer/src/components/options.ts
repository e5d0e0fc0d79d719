import { UMKM_CLASSES } from '../../../shared/domain/classification';
import { KECAMATAN } from '../../../shared/domain/regions';
import { MARKET_REACH, SECTORS, UMKM_STATUS } from '../../../shared/domain/sectors';
import { messages } from '../../../shared/i18n';

// Select options built from the domain lists in shared/, labelled from the message table.
const e = messages.enums;
export const kecamatanOptions = KECAMATAN.map((k) => ({ value: k.code, label: k.name }));
export const kelurahanOptions = (kecamatan: string | undefined) =>
  (KECAMATAN.find((k) => k.code === kecamatan)?.kelurahan ?? []).map((l) => ({ value: l.code, label: l.name }));
export const sectorOptions = SECTORS.map((s) => ({ value: s, label: e.sector[s] }));
export const classOptions = UMKM_CLASSES.map((c) => ({ value: c, label: e.class[c] }));
export const statusOptions = UMKM_STATUS.map((s) => ({ value: s, label: e.status[s] }));
export const marketReachOptions = MARKET_REACH.map((m) => ({ value: m, label: e.marketReach[m] }));
