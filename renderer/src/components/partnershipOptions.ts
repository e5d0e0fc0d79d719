import { UMKM_CLASSES } from '../../../shared/domain/classification';
import { KEMITRAAN_STATUS, MITRA_KINDS, MITRA_STATUS, PARTNERSHIP_PATTERNS, SUPPORT_KINDS } from '../../../shared/domain/partnership';
import { messages } from '../../../shared/i18n';

// Select options for the partnership pages, from the domain lists, labelled from the message table.
const e = messages.kemitraanEnums;
export const mitraKindOptions = MITRA_KINDS.map((k) => ({ value: k, label: e.mitraKind[k] }));
export const mitraStatusOptions = MITRA_STATUS.map((s) => ({ value: s, label: e.mitraStatus[s] }));
export const patternOptions = PARTNERSHIP_PATTERNS.map((p) => ({ value: p, label: e.pattern[p] }));
export const supportOptions = SUPPORT_KINDS.map((s) => ({ value: s, label: e.support[s] }));
export const kemitraanStatusOptions = KEMITRAAN_STATUS.map((s) => ({ value: s, label: e.status[s] }));
/** A partner targets UMKM classes: besar is not a UMKM. */
export const targetClassOptions = UMKM_CLASSES.filter((c) => c !== 'besar').map((c) => ({ value: c, label: messages.enums.class[c] }));
