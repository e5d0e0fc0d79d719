import type { FundSource } from '../../../../shared/domain/funding';
import type { KegiatanKind } from '../../../../shared/domain/kegiatan';
import { col, defineEntity, timestamps, versioned, type Row } from './define';

/** An activity of the department: the partnership meeting (temu kemitraan) or another kind (issue 15). */
export const KegiatanEntity = defineEntity('Kegiatan', 'kegiatan', {
  id: col.id(),
  name: col.text(),
  theme: col.nullable(col.text()),
  date: col.date(),
  venue: col.text(),
  organizer: col.nullable(col.text()),
  notes: col.nullable(col.longText()),
  ...timestamps,
  ...versioned,
  kind: col.text<KegiatanKind>({ default: 'temu_kemitraan' }),
  /** The last day (NULL: one day, `date`). */
  endDate: col.nullable(col.date({ name: 'end_date' })),
  speakers: col.nullable(col.text()),
  quota: col.nullable(col.int()),
  fundSource: col.nullable(col.text<FundSource>({ name: 'fund_source' })),
  budget: col.nullable(col.money()),
});
export type KegiatanRow = Row<typeof KegiatanEntity>;
