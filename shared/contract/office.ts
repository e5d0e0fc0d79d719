import { z } from 'zod';
import { messages } from '../i18n';
import { digitsOnly } from '../domain/identifiers';
import { entry, read, write } from './entry';
import { optionalText, requiredText } from './fields';

const o = messages.office;

/** The emblem's file as the clerk picked it: PNG or JPEG, at most 1 MB (a kop prints it about 2 cm wide). */
export const EMBLEM_MAX_BYTES = 1024 * 1024;
export const EMBLEM_TYPES = ['image/png', 'image/jpeg'] as const;

const base64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/, { error: o.emblemUnreadable });

export const Emblem = z.strictObject({
  mime: z.enum(EMBLEM_TYPES, { error: o.emblemType }),
  /** The image's bytes, base64; checked against the type's own signature in main. */
  base64: base64.max(Math.ceil(EMBLEM_MAX_BYTES / 3) * 4, { error: o.emblemTooLarge }),
});
export type Emblem = z.infer<typeof Emblem>;

/** NIP: 18 digits (birth date, appointment month, sex, serial), typed with or without spaces. */
const nip = z.preprocess(
  (x) => (typeof x === 'string' ? (x.trim() === '' ? undefined : digitsOnly(x)) : x),
  z.string().regex(/^\d{18}$/, { error: o.nipInvalid }).optional(),
);

/**
 * The office's letterhead and the report's signatory, set once by an administrator. Every report,
 * printed or exported, reads them; nothing is bundled that the city has not given (the emblem is
 * the clerk's own file).
 */
export const OfficeSettingsInput = z.strictObject({
  government: requiredText(120),
  officeName: requiredText(160),
  /** Street, district, postcode: one printed line each. */
  addressLines: z.array(requiredText(160)).max(3).default([]),
  phone: optionalText(60),
  email: optionalText(120),
  website: optionalText(120),
  /** Where the sign-off says it was signed ("Balikpapan, 7 Desember 2026"). */
  city: requiredText(60),
  emblem: Emblem.nullable().default(null),
  signatoryPosition: requiredText(160),
  signatoryName: optionalText(120),
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
  'office:set': entry<OfficeSettings>()(OfficeSettingsInput, write('database', 'settings_update', ['admin'])),
};
