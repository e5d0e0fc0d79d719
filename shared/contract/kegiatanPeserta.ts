import { z } from 'zod';
import { ATTENDANCE_STATUSES, type AttendanceStatus, type KegiatanKind } from '../domain/kegiatan';
import { messages } from '../i18n';
import { disclosed, entry, read, write } from './entry';
import { id, nik, optionalPhone, optionalText, requiredText, isoDate } from './fields';
import { fileId } from './files';
import { KegiatanListQuery } from './kegiatan';
import type { ExportResult } from './excel';

// Participants of an activity (issue 15): UMKM of the registry (kegiatan_umkm) and walk-in persons
// (kegiatan_peserta), attendance per day, certificate numbers; the UMKM's activities; import and
// export of participants, and the export of the activity list.

const blank = (x: unknown) => (typeof x === 'string' && x.trim() === '' ? undefined : x === null ? undefined : x);
const r = messages.kegiatanRules;

/** A walk-in person: NIK optional but checked when given. */
export const WalkInFields = z.strictObject({
  nik: z.preprocess(blank, nik.optional()),
  name: requiredText(200, 2),
  phone: optionalPhone,
  businessName: optionalText(200),
  certificateNumber: optionalText(100),
});
export type WalkInInput = z.input<typeof WalkInFields>;

/** One participant: a UMKM of the registry or a walk-in person, never both. */
const who = { umkmId: id.optional(), pesertaId: id.optional() };
const exactlyOne = (v: { umkmId?: number; pesertaId?: number }) => (v.umkmId === undefined) !== (v.pesertaId === undefined);
export const ParticipantRef = z.strictObject(who).refine(exactlyOne, { error: r.umkmOrPeserta });
export type ParticipantRef = z.output<typeof ParticipantRef>;

export const AddParticipantsInput = z
  .strictObject({
    id,
    umkmIds: z.array(id).max(5000).default([]),
    walkIns: z.array(WalkInFields).max(5000).default([]),
  })
  .refine((v) => v.umkmIds.length + v.walkIns.length > 0, { error: r.nothingToAdd, path: ['umkmIds'] });
export type AddParticipantsInput = z.input<typeof AddParticipantsInput>;

/** A participant's changes: the certificate number for any; the person's data and the match to a UMKM for a walk-in. */
export const ParticipantChanges = WalkInFields.partial().extend({
  /** A walk-in matched to a UMKM of the registry; null undoes the match. */
  umkmId: z.union([id, z.null()]).optional(),
});
export const UpdateParticipantInput = z
  .strictObject({ id, ...who, changes: ParticipantChanges })
  .refine(exactlyOne, { error: r.umkmOrPeserta, path: ['umkmId'] });
export type UpdateParticipantInput = z.input<typeof UpdateParticipantInput>;

export const RemoveParticipantInput = z.strictObject({ id, ...who }).refine(exactlyOne, { error: r.umkmOrPeserta, path: ['umkmId'] });
export type RemoveParticipantInput = z.input<typeof RemoveParticipantInput>;

/** Marks for one day; a status of null clears that day's mark. */
export const AttendDayInput = z.strictObject({
  id,
  day: isoDate,
  marks: z
    .array(z.strictObject({ ...who, status: z.enum(ATTENDANCE_STATUSES).nullable() }).refine(exactlyOne, { error: r.umkmOrPeserta }))
    .min(1)
    .max(5000),
});
export type AttendDayInput = z.input<typeof AttendDayInput>;

export const UmkmKegiatanInput = z.strictObject({ umkmId: id });
export const ImportParticipantsInput = z.strictObject({ id, fileId });
export const ExportParticipantsInput = z.strictObject({ id });
export const ExportKegiatanInput = z.strictObject({ query: KegiatanListQuery });

export interface Participant {
  /** 'u12' for UMKM 12, 'p5' for walk-in 5: one key across both kinds. */
  key: string;
  kind: 'umkm' | 'walkin';
  umkmId: number | null;
  pesertaId: number | null;
  name: string;
  businessName: string | null;
  nik: string | null;
  phone: string | null;
  certificateNumber: string | null;
  /** The day's mark, for the days marked. */
  attendance: Record<string, AttendanceStatus>;
  presentDays: number;
  /** For a walk-in matched to a UMKM: its business name. */
  matchedName: string | null;
}

export interface KegiatanParticipants {
  kegiatanId: number;
  kind: KegiatanKind;
  days: string[];
  quota: number | null;
  participants: Participant[];
  /** Participants present on at least one day. */
  present: number;
  overQuota: boolean;
}

/** An activity a UMKM took part in (as a UMKM, or as a walk-in matched to it). */
export interface UmkmKegiatanItem {
  kegiatanId: number;
  kind: KegiatanKind;
  name: string;
  date: string;
  endDate: string | null;
  venue: string;
  days: number;
  presentDays: number;
  /** Present on at least one day (a meeting: its mark). */
  hadir: boolean | null;
  certificateNumber: string | null;
  /** Took part as a walk-in matched later, under this name. */
  walkInName: string | null;
}

export interface ImportParticipantsResult {
  added: number;
  updated: number;
  marks: number;
}

export const kegiatanPesertaEntries = {
  'kegiatan:participants': entry<KegiatanParticipants>()(z.strictObject({ id }), read()),
  'kegiatan:addParticipants': entry<KegiatanParticipants>()(AddParticipantsInput, write('kegiatan', 'update')),
  'kegiatan:updateParticipant': entry<KegiatanParticipants>()(UpdateParticipantInput, write('kegiatan', 'update')),
  'kegiatan:removeParticipant': entry<KegiatanParticipants>()(RemoveParticipantInput, write('kegiatan', 'update')),
  'kegiatan:attend': entry<KegiatanParticipants>()(AttendDayInput, write('kegiatan', 'update')),
  'kegiatan:forUmkm': entry<UmkmKegiatanItem[]>()(UmkmKegiatanInput, read()),
  'kegiatan:importParticipants': entry<ImportParticipantsResult>()(ImportParticipantsInput, write('kegiatan', 'update')),
  'kegiatan:exportParticipants': entry<ExportResult>()(ExportParticipantsInput, disclosed()),
  'kegiatan:export': entry<ExportResult>()(ExportKegiatanInput, disclosed()),
} as const;
