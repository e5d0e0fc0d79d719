// The register of licences and certificates (issue 15): pure rules shared by main, the pages and
// the command line, so the queue, the lists and the yearly record say the same thing.
import type { Certification } from './sectors';

export const SERTIFIKAT_KINDS = ['nib', 'pirt', 'halal', 'bpom_md', 'bpom_ml', 'sni', 'hki', 'label_gizi', 'sertifikat_standar', 'lainnya'] as const;
export type SertifikatKind = (typeof SERTIFIKAT_KINDS)[number];

/** What a clerk sets. Kedaluwarsa is never stored: it is an issued certificate past its valid-until day. */
export const SERTIFIKAT_STATUSES = ['rencana', 'diajukan', 'berkas_kurang', 'terbit', 'ditolak'] as const;
export type SertifikatStatus = (typeof SERTIFIKAT_STATUSES)[number];

/** The status as the queue groups it: the stored one, or kedaluwarsa for an issued one past its day. */
export const SERTIFIKAT_GROUPS = ['rencana', 'diajukan', 'berkas_kurang', 'terbit', 'kedaluwarsa', 'ditolak'] as const;
export type SertifikatGroup = (typeof SERTIFIKAT_GROUPS)[number];

export const SERTIFIKAT_ROUTES = ['self_declare', 'reguler'] as const;
export type SertifikatRoute = (typeof SERTIFIKAT_ROUTES)[number];

/** Days ahead the expiring list looks. */
export const EXPIRY_WINDOWS = [30, 60, 90] as const;

/** Statuses an application waits in: its age counts from the day it was submitted. */
export const WAITING: readonly SertifikatStatus[] = ['diajukan', 'berkas_kurang'];

export interface SertifikatLike {
  kind: SertifikatKind;
  status: SertifikatStatus;
  issuedAt: string | null;
  validUntil: string | null;
}

/** The group a certificate shows in on `today` (yyyy-mm-dd). */
export function groupOf(s: Pick<SertifikatLike, 'status' | 'validUntil'>, today: string): SertifikatGroup {
  if (s.status === 'terbit' && s.validUntil !== null && s.validUntil < today) return 'kedaluwarsa';
  return s.status;
}

/** Held on `date`: issued by then and not yet past its valid-until day (NIB never expires). */
export function heldOn(s: SertifikatLike, date: string): boolean {
  return s.status === 'terbit' && (s.issuedAt === null || s.issuedAt <= date) && (s.validUntil === null || s.validUntil >= date);
}

/** Whole days from `from` to `to` (both yyyy-mm-dd). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The yearly record's tick each register kind counts as (BPOM MD and ML are both "BPOM"). */
export const TICK_OF: Partial<Record<SertifikatKind, Certification>> = {
  nib: 'nib',
  pirt: 'pirt',
  halal: 'halal',
  bpom_md: 'bpom',
  bpom_ml: 'bpom',
  sni: 'sni',
  hki: 'hki',
  label_gizi: 'label_gizi',
};

/** The register kind a yearly record's tick becomes (migration, progress import, `progress add --cert`). */
export const KIND_OF_TICK: Record<Certification, SertifikatKind> = {
  nib: 'nib',
  pirt: 'pirt',
  halal: 'halal',
  bpom: 'bpom_md',
  sni: 'sni',
  hki: 'hki',
  label_gizi: 'label_gizi',
};

const TICK_ORDER: readonly Certification[] = ['nib', 'pirt', 'halal', 'bpom', 'sni', 'hki', 'label_gizi'];

/** The ticks of the certificates held on `date`, in the order the form listed them. */
export function ticksOn(certs: readonly SertifikatLike[], date: string): Certification[] {
  const held = new Set(certs.filter((c) => heldOn(c, date)).flatMap((c) => (TICK_OF[c.kind] ? [TICK_OF[c.kind]!] : [])));
  return TICK_ORDER.filter((t) => held.has(t));
}

/**
 * When a product needs BPOM's permit (MD/ML) before a shelf takes it: processed food made by an
 * industry (sector industri_pengolahan), or products that say they are frozen, canned or packaged
 * drinks. Home-made food with PIRT is enough otherwise (PerBPOM 22/2018: PIRT does not cover
 * frozen food, canned food or packaged drinks with long shelf life).
 */
export const BPOM_WORDS = ['frozen', 'beku', 'kaleng', 'minuman kemasan', 'kemasan botol', 'susu'] as const;

export function needsBpom(u: { sector: string; products: string | null }): boolean {
  if (u.sector === 'industri_pengolahan') return true;
  const p = (u.products ?? '').toLowerCase();
  return BPOM_WORDS.some((w) => p.includes(w));
}

/** Ready for curation: NIB, PIRT and halal held today, and BPOM (MD or ML) when its products need it. */
export const READY_KINDS = ['nib', 'pirt', 'halal'] as const satisfies readonly SertifikatKind[];

export function missingForCuration(held: ReadonlySet<SertifikatKind>, u: { sector: string; products: string | null }): SertifikatKind[] {
  const missing: SertifikatKind[] = READY_KINDS.filter((k) => !held.has(k));
  if (needsBpom(u) && !held.has('bpom_md') && !held.has('bpom_ml')) missing.push('bpom_md');
  return missing;
}
