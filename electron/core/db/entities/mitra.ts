import type { UmkmClass } from '../../../../shared/domain/classification';
import type { MitraKind, MitraStatus, SupportKind } from '../../../../shared/domain/partnership';
import type { Sector } from '../../../../shared/domain/sectors';
import { col, defineEntity, timestamps, versioned, type Row } from './define';

/** A partner company ("bapak angkat"), with what matchmaking reads: sectors, offers, classes. */
export const MitraEntity = defineEntity('Mitra', 'mitra', {
  id: col.id(),
  name: col.text(),
  kind: col.text<MitraKind>(),
  sector: col.nullable(col.text()),
  address: col.nullable(col.text()),
  kecamatan: col.nullable(col.text({ length: 8 })),
  contactName: col.nullable(col.text({ name: 'contact_name' })),
  phone: col.nullable(col.text()),
  email: col.nullable(col.text()),
  nib: col.nullable(col.text({ length: 13 })),
  npwp: col.nullable(col.text({ length: 16 })),
  status: col.text<MitraStatus>(),
  interestSectors: col.json<Sector[]>({ name: 'interest_sectors' }),
  offers: col.json<SupportKind[]>(),
  targetClasses: col.json<UmkmClass[]>({ name: 'target_classes' }),
  notes: col.nullable(col.longText()),
  ...timestamps,
  ...versioned,
});
export type MitraRow = Row<typeof MitraEntity>;
