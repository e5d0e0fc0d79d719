import type { UmkmClass } from '../../../../shared/domain/classification';
import { col, defineEntity, type Row } from './define';

/** A UMKM's class at the end of a year (derived from its records, carried forward each year). */
export const YearClassEntity = defineEntity('KelasTahunan', 'kelas_tahunan', {
  umkmId: col.int({ name: 'umkm_id', primary: true }),
  year: col.int({ primary: true }),
  class: col.text<UmkmClass>(),
});
export type YearClassRow = Row<typeof YearClassEntity>;
