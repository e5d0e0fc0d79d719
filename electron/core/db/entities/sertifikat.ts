import type { SertifikatKind, SertifikatRoute, SertifikatStatus } from '../../../../shared/domain/sertifikat';
import { col, defineEntity, timestamps, versioned, type Row } from './define';

/** One licence or certificate of a UMKM, from its plan to its issue (or refusal). Kedaluwarsa is derived, never stored. */
export const SertifikatEntity = defineEntity('Sertifikat', 'sertifikat', {
  id: col.id(),
  umkmId: col.int({ name: 'umkm_id' }),
  kind: col.text<SertifikatKind>(),
  kindOther: col.nullable(col.text({ name: 'kind_other' })),
  number: col.nullable(col.text()),
  issuer: col.nullable(col.text()),
  issuedAt: col.nullable(col.date({ name: 'issued_at' })),
  validUntil: col.nullable(col.date({ name: 'valid_until' })),
  status: col.text<SertifikatStatus>(),
  submittedAt: col.nullable(col.date({ name: 'submitted_at' })),
  route: col.nullable(col.text<SertifikatRoute>()),
  programme: col.nullable(col.text()),
  programmeYear: col.nullable(col.int({ name: 'programme_year' })),
  companion: col.nullable(col.text()),
  refusalReason: col.nullable(col.longText({ name: 'refusal_reason' })),
  notes: col.nullable(col.longText()),
  ...timestamps,
  ...versioned,
});
export type SertifikatRow = Row<typeof SertifikatEntity>;
