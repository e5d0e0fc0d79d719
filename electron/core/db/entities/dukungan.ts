import type { SupportKind } from '../../../../shared/domain/partnership';
import { col, defineEntity, type Row } from './define';

/** One kind of support an agreement gives, with its value in rupiah when known. */
export const DukunganEntity = defineEntity('KemitraanDukungan', 'kemitraan_dukungan', {
  id: col.id(),
  kemitraanId: col.int({ name: 'kemitraan_id' }),
  kind: col.text<SupportKind>(),
  description: col.text(),
  value: col.nullable(col.money()),
});
export type DukunganRow = Row<typeof DukunganEntity>;
