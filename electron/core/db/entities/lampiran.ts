import type { LampiranCategory, LampiranMime, LampiranOwner } from '../../../../shared/domain/lampiran';
import { col, defineEntity, timestamps, type Row } from './define';

/**
 * One attachment: what the clerk sees of a scan or photo on a record (any kind: owner_kind and
 * owner_id). Its bytes are named by sha256 and kept apart (db/lampiranStore.ts).
 */
export const LampiranEntity = defineEntity('Lampiran', 'lampiran', {
  id: col.id(),
  ownerKind: col.text<LampiranOwner>({ name: 'owner_kind' }),
  ownerId: col.int({ name: 'owner_id' }),
  category: col.text<LampiranCategory>(),
  fileName: col.text({ name: 'file_name' }),
  mime: col.text<LampiranMime>(),
  size: col.int(),
  sha256: col.text({ length: 64 }),
  caption: col.nullable(col.text()),
  createdBy: col.nullable(col.text({ name: 'created_by' })),
  /** Who deleted or restored it last (the recycle bin), and when. */
  updatedBy: col.nullable(col.text({ name: 'updated_by' })),
  ...timestamps,
});
export type LampiranRow = Row<typeof LampiranEntity>;
