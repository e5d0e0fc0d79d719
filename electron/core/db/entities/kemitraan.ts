import type { KemitraanStatus, PartnershipPattern } from '../../../../shared/domain/partnership';
import type { KemitraanOutcome, ReviewMonths } from '../../../../shared/domain/monev';
import { col, defineEntity, timestamps, versioned, type Row } from './define';

/** An agreement between a partner and either a UMKM or a community (never both). */
export const KemitraanEntity = defineEntity('Kemitraan', 'kemitraan', {
  id: col.id(),
  number: col.text(),
  mitraId: col.int({ name: 'mitra_id' }),
  umkmId: col.nullable(col.int({ name: 'umkm_id' })),
  komunitasId: col.nullable(col.int({ name: 'komunitas_id' })),
  signedAt: col.nullable(col.date({ name: 'signed_at' })),
  startDate: col.date({ name: 'start_date' }),
  endDate: col.nullable(col.date({ name: 'end_date' })),
  pattern: col.text<PartnershipPattern>(),
  status: col.text<KemitraanStatus>(),
  kegiatanId: col.nullable(col.int({ name: 'kegiatan_id' })),
  notes: col.nullable(col.longText()),
  /** The day it was finished (status selesai), as the clerk gave it; null in every other status. */
  finishedAt: col.nullable(col.date({ name: 'finished_at' })),
  /** Monev cadence in months (3 or 6); null: no review (migration Monev). */
  reviewMonths: col.nullable(col.int<ReviewMonths>({ name: 'review_months' })),
  /** What became of it, asked when an active agreement was finished or cancelled. */
  outcome: col.nullable(col.text<KemitraanOutcome>()),
  outcomeNotes: col.nullable(col.longText({ name: 'outcome_notes' })),
  ...timestamps,
  ...versioned,
});
export type KemitraanRow = Row<typeof KemitraanEntity>;
