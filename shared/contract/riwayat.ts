import { z } from 'zod';
import type { BantuanKind } from '../domain/bantuan';
import type { FundSource } from '../domain/funding';
import type { MonevMethod, MonevSales } from '../domain/monev';
import type { KegiatanKind } from '../domain/kegiatan';
import type { KemitraanStatus, PartnershipPattern } from '../domain/partnership';
import { RIWAYAT_KINDS, type RiwayatKind, type SertifikatStep } from '../domain/riwayat';
import type { SertifikatKind } from '../domain/sertifikat';
import { messages } from '../i18n';
import { disclosed, entry, read } from './entry';
import type { ExportResult } from './excel';
import { id, isoDate } from './fields';
import type { Support } from './kemitraan';

// One history per UMKM and the figures of the office's coaching and facilitation (issue 15).

const kinds = z
  .array(z.enum(RIWAYAT_KINDS))
  .max(RIWAYAT_KINDS.length)
  .transform((xs) => [...new Set(xs)]);

/** A UMKM's history, every kind unless some are chosen. */
export const RiwayatQuery = z.strictObject({ umkmId: id, kinds: kinds.optional() });
export type RiwayatQuery = z.input<typeof RiwayatQuery>;

/** A period of the figures (the dashboard's year, the report's period). */
export const PembinaanQuery = z.strictObject({ from: isoDate, to: isoDate }).superRefine((q, ctx) => {
  if (q.to < q.from) ctx.addIssue({ code: 'custom', path: ['to'], message: messages.riwayatText.rangeReversed });
});
export type PembinaanQuery = z.input<typeof PembinaanQuery>;

interface ItemBase {
  kind: RiwayatKind;
  /** The day it happened (yyyy-mm-dd). */
  date: string;
  /** The record's id in its own register (a certificate, an activity, an assistance, an agreement, a visit). */
  id: number;
}

/** A certificate submitted, issued or refused on `date`. */
export interface SertifikatEvent extends ItemBase {
  kind: 'sertifikat';
  step: SertifikatStep;
  certKind: SertifikatKind;
  kindOther: string | null;
  number: string | null;
  issuer: string | null;
  programme: string | null;
  validUntil: string | null;
  refusalReason: string | null;
}

/** An activity the UMKM attended (present on at least one day); `date` is its first day. */
export interface KegiatanEvent extends ItemBase {
  kind: 'kegiatan';
  activityKind: KegiatanKind;
  name: string;
  venue: string;
  endDate: string | null;
}

/** Assistance handed over on `date`; one not yet handed over stands on 1 January of its year (`handed` false). */
export interface BantuanEvent extends ItemBase {
  kind: 'bantuan';
  bantuanKind: BantuanKind;
  item: string;
  value: number | null;
  fundSource: FundSource;
  programme: string | null;
  year: number;
  handoverNumber: string | null;
  handed: boolean;
}

/** An agreement, direct or through a community, dated by its signing (else its start), with what it gives. */
export interface KemitraanEvent extends ItemBase {
  kind: 'kemitraan';
  number: string;
  partnerName: string;
  komunitasName: string | null;
  status: KemitraanStatus;
  pattern: PartnershipPattern;
  startDate: string;
  endDate: string | null;
  supports: Support[];
}

/** A monitoring visit of one of its agreements, with how each product sold. */
export interface MonevEvent extends ItemBase {
  kind: 'monev';
  kemitraanId: number;
  kemitraanNumber: string;
  partnerName: string;
  method: MonevMethod;
  officer: string | null;
  nextStep: string | null;
  products: Array<{ product: string; sales: MonevSales | null }>;
}

export type RiwayatItem = SertifikatEvent | KegiatanEvent | BantuanEvent | KemitraanEvent | MonevEvent;

export interface UmkmRiwayat {
  umkmId: number;
  businessName: string;
  /** Newest first. */
  items: RiwayatItem[];
  /** Items of each kind in the whole history (the filter's counts), whatever kinds were asked. */
  counts: Record<RiwayatKind, number>;
}

/** What a UMKM received between two of its records (the naik kelas timeline's move). */
export interface MoveSupport {
  certificates: SertifikatEvent[];
  activities: KegiatanEvent[];
  assistance: BantuanEvent[];
}

/** The office's coaching and facilitation over a period: the dashboard's and the mayor's report's figures. */
export interface PembinaanFigures {
  from: string;
  to: string;
  /** Certificates submitted (facilitated) and issued in the period, per year and kind; rows with both zero left out. */
  certificates: Array<{ year: number; certKind: SertifikatKind; submitted: number; issued: number }>;
  /** Distinct UMKM present at a pelatihan or pendampingan activity held in the period: each counted once. */
  trained: number;
  /** Assistance handed over in the period by source of funds: how many, and their value. */
  assistance: Record<FundSource, { count: number; value: number }>;
  /** Agreements with at least one monitoring visit in the period. */
  reviewed: number;
  /** Products at the latest visit in the period of each agreement, by how they sell. */
  products: Record<MonevSales, number>;
}

export const riwayatEntries = {
  'riwayat:list': entry<UmkmRiwayat>()(RiwayatQuery, read()),
  /** One UMKM's history as a workbook (personal data leaves as a file: one audit row). */
  'riwayat:export': entry<ExportResult>()(RiwayatQuery, disclosed()),
  'pembinaan:figures': entry<PembinaanFigures>()(PembinaanQuery, read()),
};
