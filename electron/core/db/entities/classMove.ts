import type { UmkmClass } from '../../../../shared/domain/classification';
import type { MoveDirection } from '../../../../shared/domain/progress';
import { col, defineEntity, type Row } from './define';

/** A change of class between two consecutive days of a UMKM's records (derived, never typed). */
export const ClassMoveEntity = defineEntity('KelasPerpindahan', 'kelas_perpindahan', {
  umkmId: col.int({ name: 'umkm_id', primary: true }),
  toRecordId: col.int({ name: 'to_record_id', primary: true }),
  fromRecordId: col.int({ name: 'from_record_id' }),
  fromDate: col.date({ name: 'from_date' }),
  date: col.date(),
  fromClass: col.text<UmkmClass>({ name: 'from_class' }),
  toClass: col.text<UmkmClass>({ name: 'to_class' }),
  direction: col.text<MoveDirection>(),
});
export type ClassMoveRow = Row<typeof ClassMoveEntity>;
