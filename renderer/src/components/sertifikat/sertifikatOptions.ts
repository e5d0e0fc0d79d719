import { SERTIFIKAT_GROUPS, SERTIFIKAT_KINDS, SERTIFIKAT_ROUTES, SERTIFIKAT_STATUSES, type SertifikatGroup } from '../../../../shared/domain/sertifikat';
import { messages } from '../../../../shared/i18n';

const e = messages.sertifikatEnums;

export const kindOptions = SERTIFIKAT_KINDS.map((k) => ({ value: k, label: e.kind[k] }));
export const statusOptions = SERTIFIKAT_STATUSES.map((s) => ({ value: s, label: e.status[s] }));
export const routeOptions = SERTIFIKAT_ROUTES.map((r) => ({ value: r, label: e.route[r] }));

/** The queue's group colours: waiting amber, missing papers orange, issued green, expired and refused red. */
export const GROUP_COLOR: Record<SertifikatGroup, string> = {
  rencana: 'default',
  diajukan: 'gold',
  berkas_kurang: 'orange',
  terbit: 'green',
  kedaluwarsa: 'volcano',
  ditolak: 'red',
};
export { SERTIFIKAT_GROUPS };
