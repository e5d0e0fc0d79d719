import { z } from 'zod';
import type { MatchReason } from '../domain/matchmaking';
import { withDefaults } from './changes';
import { id, isoDate, optionalText, requiredText, version } from './fields';
import { acceptingLegacyNames } from './legacyNames';
import type { MitraListItem } from './mitra';
import type { UmkmListItem, Versioned } from './umkm';

/** Every field of a meeting as a clerk gives it; an update's changes are any part of them. */
export const KegiatanFields = z.strictObject({
  name: requiredText(200, 3),
  theme: optionalText(300),
  date: isoDate,
  venue: requiredText(300, 2),
  organizer: optionalText(200),
  notes: optionalText(4000),
  /** Invited communities; their members make the expected UMKM attendance. */
  komunitasIds: z.array(id).max(1000),
  mitraIds: z.array(id).max(1000),
});

/** A new meeting, inviting no one unless given. A meeting has no whole-record rule. */
export const KegiatanInput = acceptingLegacyNames(withDefaults(KegiatanFields, { komunitasIds: [], mitraIds: [] }));
export type KegiatanInput = z.input<typeof KegiatanInput>;
export type KegiatanData = z.output<typeof KegiatanInput>;

/** komunitasIds / mitraIds, when given, are the new invitation lists. */
export const KegiatanChanges = acceptingLegacyNames(KegiatanFields.partial());
export type KegiatanChanges = z.output<typeof KegiatanChanges>;
export const KegiatanUpdateInput = z.strictObject({ id, changes: KegiatanChanges, version: version.optional() });
export type KegiatanUpdateInput = z.input<typeof KegiatanUpdateInput>;

/** Attendance marks; a UMKM or partner not invited is added to the meeting by its mark. */
export const AttendanceInput = z.strictObject({
  id,
  umkm: z.array(z.strictObject({ umkmId: id, hadir: z.boolean() })).max(5000).default([]),
  partners: z.array(acceptingLegacyNames(z.strictObject({ mitraId: id, hadir: z.boolean() }))).max(1000).default([]),
});
export type AttendanceInput = z.input<typeof AttendanceInput>;

export const SuggestInput = acceptingLegacyNames(
  z.strictObject({
    mitraId: id,
    /** Limits candidates to the UMKM present at (or invited to) this meeting. */
    kegiatanId: id.optional(),
    limit: z.number().int().min(1).max(200).default(20),
  }),
);
export type SuggestInput = z.input<typeof SuggestInput>;

export interface Suggestion {
  umkm: UmkmListItem;
  score: number;
  reasons: MatchReason[];
}

export interface KegiatanFigures {
  komunitasInvited: number;
  /** A community counts as present when at least one of its UMKM attended. */
  komunitasPresent: number;
  umkmExpected: number;
  umkmPresent: number;
  partnersInvited: number;
  partnersPresent: number;
  agreementsProposed: number;
  /** Proposed here and since signed (aktif or selesai). */
  agreementsSigned: number;
}

export interface Kegiatan extends Versioned {
  id: number;
  name: string;
  theme: string | null;
  date: string;
  venue: string;
  organizer: string | null;
  notes: string | null;
  komunitas: Array<{ id: number; name: string; memberCount: number }>;
  /** Expected and marked UMKM: members of invited communities plus any marked directly. */
  umkm: Array<UmkmListItem & { hadir: boolean | null; komunitasNames: string[] }>;
  partners: Array<MitraListItem & { hadir: boolean | null }>;
  figures: KegiatanFigures;
  createdAt: string;
  updatedAt: string;
}

export interface KegiatanListItem {
  id: number;
  name: string;
  theme: string | null;
  date: string;
  venue: string;
  figures: KegiatanFigures;
}
