import type { Emblem, OfficeSettings } from '../../../../shared/contract';
import { groupNipTyping } from '../../../../shared/format/nip';

/** The form shows three address inputs, blank ones included. */
export const ADDRESS_INPUTS = 3;

/** What the form edits: every text as typed ('' for none), the NIP grouped, the emblem as stored. */
export interface OfficeFormValues {
  government: string;
  officeName: string;
  addressLines: string[];
  phone: string;
  email: string;
  website: string;
  city: string;
  emblem: Emblem | null;
  signatoryPosition: string;
  signatoryName: string;
  signatoryRank: string;
  signatoryNip: string;
}

export function officeToForm(s: OfficeSettings): OfficeFormValues {
  return {
    government: s.government,
    officeName: s.officeName,
    addressLines: Array.from({ length: ADDRESS_INPUTS }, (_, i) => s.addressLines[i] ?? ''),
    phone: s.phone ?? '',
    email: s.email ?? '',
    website: s.website ?? '',
    city: s.city,
    emblem: s.emblem,
    signatoryPosition: s.signatoryPosition,
    signatoryName: s.signatoryName ?? '',
    signatoryRank: s.signatoryRank ?? '',
    signatoryNip: groupNipTyping(s.signatoryNip ?? ''),
  };
}
