import { col, defineEntity, timestamps, versioned, type Row } from './define';

/** A partnership meeting (temu kemitraan). */
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
});
export type KegiatanRow = Row<typeof KegiatanEntity>;
