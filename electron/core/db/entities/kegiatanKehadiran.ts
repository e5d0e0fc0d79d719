import type { AttendanceStatus } from '../../../../shared/domain/kegiatan';
import { col, defineEntity, type Row } from './define';

/** One day's attendance mark of a participant (a UMKM or a walk-in) at an activity (issue 15). */
export const KegiatanKehadiranEntity = defineEntity('KegiatanKehadiran', 'kegiatan_kehadiran', {
  id: col.id(),
  kegiatanId: col.int({ name: 'kegiatan_id' }),
  day: col.date(),
  umkmId: col.nullable(col.int({ name: 'umkm_id' })),
  pesertaId: col.nullable(col.int({ name: 'peserta_id' })),
  status: col.text<AttendanceStatus>(),
});
export type KegiatanKehadiranRow = Row<typeof KegiatanKehadiranEntity>;
