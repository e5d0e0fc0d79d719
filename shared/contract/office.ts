import { z } from 'zod';
import { messages } from '../i18n';
import { digitsOnly } from '../domain/identifiers';
import { isValidIsoDate } from '../format/date';
import { entry, read, roles, writeAs } from './entry';
import { optionalEmail, optionalText, requiredText } from './fields';

const o = messages.office;

/** The emblem's file as the clerk picked it: PNG or JPEG, at most 1 MB (a kop prints it about 2 cm wide). */
export const EMBLEM_MAX_BYTES = 1024 * 1024;
export const EMBLEM_TYPES = ['image/png', 'image/jpeg'] as const;
export type EmblemType = (typeof EMBLEM_TYPES)[number];

const base64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/, { error: o.emblemUnreadable });

export const Emblem = z.strictObject({
  mime: z.enum(EMBLEM_TYPES, { error: o.emblemType }),
  /** The image's bytes, base64; main reads the type from the bytes' own signature, not from this name. */
  base64: base64.max(Math.ceil(EMBLEM_MAX_BYTES / 3) * 4, { error: o.emblemTooLarge }),
});
export type Emblem = z.infer<typeof Emblem>;

/**
 * NIP: 18 digits — birth date (YYYYMMDD), appointment year and month (YYYYMM), sex (1 or 2),
 * serial — typed with or without spaces, dots or dashes; stored as the 18 digits.
 */
export function isNip(digits: string): boolean {
  if (!/^\d{18}$/.test(digits)) return false;
  const born = `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`;
  const month = Number(digits.slice(12, 14));
  return isValidIsoDate(born) && month >= 1 && month <= 12 && (digits[14] === '1' || digits[14] === '2');
}

const nip = z.preprocess(
  (x) => (typeof x === 'string' ? (x.trim() === '' ? undefined : digitsOnly(x)) : x === null ? undefined : x),
  z.string({ error: o.nipInvalid }).refine(isNip, { error: o.nipInvalid }).optional(),
);

/** Up to three printed lines; the blank inputs of a form are not lines. */
const addressLines = z.preprocess(
  (x) => (Array.isArray(x) ? x.filter((l) => !(typeof l === 'string' && l.trim() === '')) : x),
  z.array(requiredText(160)).max(3, { error: o.addressTooMany }).default([]),
);

/**
 * The office's letterhead and the report's signatory, set once by an administrator. Every report,
 * printed or exported, reads them; nothing is bundled that the city has not given (the emblem is
 * the clerk's own file). office:set replaces the whole setting: a caller changing some fields sends
 * the others as office:get gave them.
 */
export const OfficeSettingsInput = z.strictObject({
  government: requiredText(120),
  officeName: requiredText(160),
  /** Street, district, postcode: one printed line each. */
  addressLines,
  phone: optionalText(60),
  email: optionalEmail,
  website: optionalText(120),
  /** Where the sign-off says it was signed ("Balikpapan, 7 Desember 2026"). */
  city: requiredText(60),
  emblem: Emblem.nullable().default(null),
  signatoryPosition: requiredText(160),
  /** With academic titles, as signed ("Dr. Hj. Nama, S.E., M.Si."). */
  signatoryName: optionalText(120),
  /** Pangkat and golongan ("Pembina Utama Muda (IV/c)"). */
  signatoryRank: optionalText(120),
  signatoryNip: nip,
});
export type OfficeSettingsInput = z.input<typeof OfficeSettingsInput>;
export type OfficeSettings = z.output<typeof OfficeSettingsInput>;

/** What a fresh database prints until an administrator fills in the office's own settings. */
export const DEFAULT_OFFICE: OfficeSettings = {
  government: o.defaults.government,
  officeName: o.defaults.officeName,
  addressLines: [],
  phone: undefined,
  email: undefined,
  website: undefined,
  city: o.defaults.city,
  emblem: null,
  signatoryPosition: o.defaults.signatoryPosition,
  signatoryName: undefined,
  signatoryRank: undefined,
  signatoryNip: undefined,
};

export const officeEntries = {
  'office:get': entry<OfficeSettings>()(z.strictObject({}), read()),
  // Recorded by the service itself (settings_update on 'database'): field by field, the emblem as its type and size.
  'office:set': entry<OfficeSettings>()(OfficeSettingsInput, writeAs('self', roles.admin)),
};
